"""Spare PySide6 reading the source of every module Kith loads at start-up.

PySide6 supports ``from __feature__ import snake_case``. To know which modules
might use it, the first time an ``import`` statement names a module after
PySide6 is loaded, it reads that module's whole source (``inspect.getsource``)
looking for the word "PySide6" (PYSIDE-2029), and records the answer in its
``pyside_feature_dict``: -1 for "ignore this module". That includes every
standard-library module loaded before Qt (typing, dataclasses, json...): some
megabytes of reading, ~7 ms of Kith's start-up.

Kith never uses ``__feature__``, so it records that answer up front for the
modules already loaded and for its own. A module that does opt in
(``from __feature__ import ...``) still gets its flag: that import sets it.
If a PySide6 release drops or renames the table, this does nothing.
"""

from __future__ import annotations

import os
import sys

IGNORE = -1  # PySide6's "this module does not take part in feature switching"


def kith_modules() -> list[str]:
    """The dotted names of Kith's own modules, found on disk (nothing is imported)."""
    import kith

    root = os.path.dirname(kith.__file__)
    names = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [d for d in subfolders if d.isidentifier()]
        package = os.path.relpath(folder, os.path.dirname(root)).replace(os.sep, ".")
        names += [package if f == "__init__.py" else f"{package}.{f[:-3]}"
                  for f in files if f.endswith(".py")]
    return names


def spare_source_scans() -> int:
    """Record the no-feature answer for loaded and Kith modules; returns how many."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    before = len(table)
    for name in [*sys.modules, *kith_modules()]:
        table.setdefault(name, IGNORE)
    return len(table) - before
