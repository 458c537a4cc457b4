"""Peak resident memory of kith started on a large profile, against a bare window.

    python tests/benchmarks/bench_memory.py [--contacts 50000] [--repeat 3]

Runs, offscreen, a bare PySide6 window, ``kith --exit-after-start`` on an
empty profile and on the synthetic profile of ``--contacts`` people, each as
a subprocess, and reads its peak resident set size (``ru_maxrss`` from
``wait4``). Kith builds only the page it opens on, so a last run also opens
every page, selects the first person (building the detail pane) and waits for
the prompts to be computed, as a session soon does. Target: under 250 MB at
50,000 contacts.
"""

from __future__ import annotations

import argparse
import sys

from common import ROOT, remove, run_child, startup_commands

# The window on the large profile with every page opened, someone selected and the
# prompts computed; prints "ready in 0 ms" (run_child wants the line) and exits.
EVERY_PAGE = """
import sys
sys.path.insert(0, {desktop!r})
from PySide6.QtWidgets import QApplication
app = QApplication(["kith"])
from kith.profile import open_profile
open_profile({profile!r}, daily_backup=False)
from kith.ui.main_window import MainWindow
window = MainWindow()
window.show()
for key in ("contacts", "events", "help", "recent", "today", "contacts"):
    window.show_page(key)
    app.processEvents()
window.contacts_page.view.selectRow(0)
app.processEvents()
window.prompt_cache.refresh()
window.prompt_cache.wait(120)
app.processEvents()
print("ready in 0 ms", file=sys.stderr)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=50000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    commands, big, profile, empty = startup_commands(args.contacts)
    every = f"{big}, every page opened"
    commands[every] = [sys.executable, "-c", EVERY_PAGE.format(
        desktop=str(ROOT / "desktop"), profile=str(profile))]
    try:
        first = run_child(commands[big])
        print(f"first kith run (makes the daily backup if due): {first.maxrss_mb:.1f} MB")
        peaks = {name: [run_child(c).maxrss_mb for _ in range(args.repeat)]
                 for name, c in commands.items()}
    finally:
        remove(empty)
    print(f"\npeak resident memory (ru_maxrss), offscreen, {args.repeat} runs each")
    for name, values in peaks.items():
        print(f"  {name:<44} {max(values):6.1f} MB  (min {min(values):.1f})")
    target = "under" if max(peaks[every]) < 250 else "OVER"
    print(f"target: under 250 MB at 50,000 contacts ({target} it here)")


if __name__ == "__main__":
    main()
