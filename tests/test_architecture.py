"""The design's import rules (``[tool.importlinter]`` in pyproject.toml) hold.

Imports run one way (command line -> app -> platform -> ui -> services ->
store/vcard), the core never imports Qt, and only the tests use vobject.
"""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_import_contracts_are_kept() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter), "--no-cache"], cwd=REPO, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "3 kept, 0 broken" in result.stdout
