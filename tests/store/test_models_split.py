"""The models live in one module per topic; ``kith.store.models`` still names every one of
them, and ``ALL_MODELS`` (what the schema test and the scratch databases use) is complete."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

from peewee import Model

import kith.store
from kith.store import models

TOPICS = sorted(m.name for m in pkgutil.iter_modules(kith.store.__path__)
                if m.name.startswith("models_"))


def test_every_model_of_every_topic_is_named_by_models_and_in_all_models() -> None:
    defined = []
    for name in [*TOPICS, "models"]:  # a model may still be declared in models itself
        module = importlib.import_module(f"kith.store.{name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Model) \
                    and value.__module__ == module.__name__ and value is not models.BaseModel:
                defined.append(value)
    assert len(defined) == len(models.ALL_MODELS) >= 29
    assert set(defined) == set(models.ALL_MODELS)
    for model in defined:
        assert getattr(models, model.__name__) is model
        assert model.__name__ in models.__all__


def test_a_topic_module_imported_first_still_works() -> None:
    """No import cycle: any topic module can be the first one a process imports."""
    for name in TOPICS:
        code = (f"import kith.store.{name}; from kith.store.models import ALL_MODELS, "
                f"ContactMerge; print(len(ALL_MODELS))")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=False)
        assert (done.returncode, done.stdout.strip()) == (0, str(len(models.ALL_MODELS))), \
            done.stderr
