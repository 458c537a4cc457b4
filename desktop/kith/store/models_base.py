"""The base of every Peewee model: bound to ``kith.store.database.database``.

Part of ``kith.store.models`` (which re-exports every model): see its docstring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peewee import Model

from kith.store.database import database

if TYPE_CHECKING:
    # Peewee 4's stubs type every row of a query as a model instance, whatever
    # .tuples() or .dicts() return, and know nothing of the ``<fk>_id`` attributes:
    # for the type checker, models are untyped (their fields keep their types).
    _Model = Any
else:
    _Model = Model


class BaseModel(_Model):
    class Meta:
        database = database
        legacy_table_names = False
