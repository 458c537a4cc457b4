"""Opening the window loads neither the sync's HTTP client nor the import pipeline: they
cost about 70 ms of a start-up measured against a bare window (tests/benchmarks), and
a person with no sync account or no import that day never needs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("kith.services.sync.dav", "kith.services.sync.local", "kith.services.sync.engine",
         "kith.services.cards.commit", "kith.services.cards.plan", "http.client", "ssl")


def test_the_window_opens_without_the_sync_client_or_the_import(tmp_path: Path) -> None:
    script = (
        "import sys, atexit\n"
        f"sys.argv = ['kith', '--data-dir', {str(tmp_path / 'data')!r}, '--exit-after-start']\n"
        "atexit.register(lambda: print('LOADED', ' '.join(sorted(sys.modules))))\n"
        "from kith.__main__ import main\n"
        "main()\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KITH_DATA_DIR", None)
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, timeout=120)
    assert "ready in" in out.stdout + out.stderr, out.stderr
    loaded = set(out.stdout.split("LOADED", 1)[1].split())
    assert "kith.ui.main_window" in loaded  # the window really opened
    assert [m for m in HEAVY if m in loaded] == []
