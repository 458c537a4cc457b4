import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


class Kith:
    """Runs the real ``kith`` command (as ``python -m kith``) against one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def run(
        self, *args: str, check: bool = False, **kwargs: Any
    ) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("KITH_DATA_DIR", None)
        result = subprocess.run(
            [sys.executable, "-m", "kith", "--data-dir", str(self.data_dir), *args],
            capture_output=True, text=True, env=env, timeout=120, **kwargs,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"kith {' '.join(args)} -> {result.returncode}\n{result.stderr}")
        return result

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args, "--json", check=True).stdout)


@pytest.fixture
def kith(tmp_path: Path) -> Kith:
    return Kith(tmp_path / "profile")
