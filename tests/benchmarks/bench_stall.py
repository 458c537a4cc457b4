"""The longest event-loop stall while the window imports and undoes a big event.

    python tests/benchmarks/bench_stall.py [--contacts 50000] [--interval 0] [--profile]

On a copy of the synthetic profile (the original is not changed), in one
process, offscreen: the real ``MainWindow`` on the Contacts page. A repeating
timer (``--interval`` ms, 0 by default) on the GUI thread records the gap
between its ticks; the longest gap is the longest time the window could not
answer a click or repaint. It measures:

1. the import of the 20,000-card file (``bench_import.vcard_file(big=True)``)
   through the window's own path: the import dialog plans it on a worker, the
   Import button commits it on a worker, then the window pushes the undo
   command and refreshes;
2. Ctrl+Z of that import (the undo on a worker, then the refresh);
3. Ctrl+Shift+Z (the import written again).

Each phase prints its wall time, the tick count, the longest gap and the five
longest. ``--profile`` prints cProfile's costliest functions on the GUI
thread (the worker is not profiled), which is where a stall comes from.
Target: no gap over 100 ms.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import ensure_profile, survive_pyside_refcount_bug  # noqa: E402


class StallMeter:
    def __init__(self, interval_ms: int) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self.gaps = []
        self._last = self.started = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self._tick()  # the time from the last tick to the end counts too
        self.timer.stop()


def run_phase(name: str, meter: StallMeter, start: Callable[[], object],
              done: Callable[[], bool], profile: bool) -> float:
    from PySide6.QtWidgets import QApplication

    profiler = cProfile.Profile() if profile else None
    t0 = time.perf_counter()
    meter.start()
    if profiler is not None:
        profiler.enable()
    start()
    while not done():
        QApplication.processEvents()
        time.sleep(0.0005)
    for _ in range(20):  # what the end of the work queued (the refresh) runs too
        QApplication.processEvents()
    if profiler is not None:
        profiler.disable()
    meter.stop()
    wall = time.perf_counter() - t0
    gaps = sorted(meter.gaps, reverse=True)
    print(f"{name}: {wall:.2f} s, {len(gaps)} ticks, longest stall {gaps[0] * 1000:.0f} ms; "
          f"next {', '.join(f'{g * 1000:.0f}' for g in gaps[1:5])} ms")
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return gaps[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=50000)
    parser.add_argument("--interval", type=int, default=0, help="timer interval in ms")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--gc-log", action="store_true",
                        help="print every garbage collection that took over 20 ms")
    parser.add_argument("--blame", action="store_true",
                        help="print where every thread was when the GIL came back late")
    parser.add_argument("--switch-ms", type=float, default=None,
                        help="override the interpreter's GIL switch interval (ms)")
    args = parser.parse_args()
    if args.switch_ms is not None:
        sys.setswitchinterval(args.switch_ms / 1000)
    source = ensure_profile(args.contacts)
    from bench_import import vcard_file

    cards = vcard_file(big=True)
    work = Path(tempfile.mkdtemp(prefix="kith-stall-"))
    try:
        shutil.copytree(source, work / "profile", ignore=shutil.ignore_patterns("backups"))
        measure(work / "profile", cards, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _log_collections(over_ms: float = 20) -> None:
    import gc
    import threading

    started: dict[int, float] = {}

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[info["generation"]] = time.perf_counter()
        else:
            took = (time.perf_counter() - started.pop(info["generation"], time.perf_counter()))
            if took * 1000 > over_ms:
                print(f"--- gc generation {info['generation']}: {took * 1000:.0f} ms, "
                      f"{info['collected']} collected, on "
                      f"{threading.current_thread().name}", file=sys.stderr)

    gc.callbacks.append(callback)


_METER: list[StallMeter | None] = [None]


def _start_blame(late_ms: float = 80) -> None:
    """A thread that wakes every 10 ms: when it wakes late, something held the GIL (a long
    call in C on some thread) or the machine was busy; print where each thread was."""
    import threading
    import traceback

    def watch() -> None:
        while True:
            start = time.perf_counter()
            time.sleep(0.01)
            late = (time.perf_counter() - start) * 1000 - 10
            meter = _METER[0]
            if meter is not None and meter.timer.isActive() \
                    and time.perf_counter() - meter._last > 0.07:
                main = sys._current_frames().get(threading.main_thread().ident)
                if main is not None:
                    print("--- GUI thread busy for "
                          f"{(time.perf_counter() - meter._last) * 1000:.0f} ms, since "
                          f"{(meter._last - meter.started) * 1000:.0f} ms into the phase: "
                          + " | ".join(
                              f"{Path(f.filename).name}:{f.lineno} {f.name}"
                              for f in traceback.extract_stack(main)[-7:]), file=sys.stderr)
            if late > late_ms:
                frames = sys._current_frames()
                print(f"--- GIL back {late:.0f} ms late", file=sys.stderr)
                for ident, frame in frames.items():
                    if ident == threading.get_ident():
                        continue
                    where = traceback.extract_stack(frame)[-4:]
                    print("  thread", ident, " | ".join(
                        f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in where),
                        file=sys.stderr)

    threading.Thread(target=watch, daemon=True).start()


def measure(profile: Path, cards: Path, args: argparse.Namespace) -> None:
    from PySide6.QtWidgets import QApplication

    survive_pyside_refcount_bug()
    app = QApplication(sys.argv[:1])
    from kith.profile import open_profile
    from kith.ui import worker
    from kith.ui.main_window import MainWindow

    open_profile(profile, daily_backup=False)
    if args.blame:
        _start_blame()
    if args.gc_log:
        _log_collections()
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.show_page("contacts")
    for _ in range(50):
        app.processEvents()
    # Start-up's first pass over the ideas (it loads the matcher's dictionaries) is not
    # part of what is measured: wait for it.
    deadline = time.perf_counter() + 60
    while (window.prompt_cache.busy() or not window.prompt_cache.computed) \
            and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    meter = StallMeter(args.interval)
    _METER[0] = meter
    stalls: dict[str, float] = {}
    stack = window.undo_stack
    before = window.contacts_page.model.rowCount()

    def start_import() -> None:
        window.open_import([str(cards)])

    def planned() -> bool:
        dialog = window.import_dialog
        return dialog is not None and dialog.model.rowCount() > 0

    stalls["plan (import dialog)"] = run_phase(
        "plan 20,000 cards in the import dialog", meter, start_import, planned, args.profile)
    dialog = window.import_dialog
    assert dialog is not None
    dialog.event_name.setText("Stall benchmark")
    stalls["commit + refresh"] = run_phase(
        "commit them (Import button) and refresh", meter, dialog.import_button.click,
        lambda: stack.count() == 1 and not dialog.isVisible(), args.profile)
    after = window.contacts_page.model.rowCount()
    print(f"  list: {before:,} -> {after:,} rows")
    stalls["undo (Ctrl+Z)"] = run_phase(
        "undo the import (Ctrl+Z) and refresh", meter, window.undo_action.trigger,
        lambda: stack.index() == 0 and not stack.busy(), args.profile)
    print(f"  list: {window.contacts_page.model.rowCount():,} rows; "
          f"status: {window.statusBar().currentMessage()}")
    stalls["redo (Ctrl+Shift+Z)"] = run_phase(
        "redo the import (Ctrl+Shift+Z) and refresh", meter, window.redo_action.trigger,
        lambda: stack.index() == 1 and not stack.busy(), args.profile)
    print(f"  list: {window.contacts_page.model.rowCount():,} rows")

    print(f"\nlongest event-loop stall, {args.contacts:,} contacts, 20,000 cards, "
          f"{args.interval} ms timer (target <= 100 ms)")
    for name, gap in stalls.items():
        print(f"  {name:<24} {gap * 1000:6.0f} ms")
    window.prompt_cache.cancel() if hasattr(window.prompt_cache, "cancel") else None
    worker.shutdown()
    window.close()


if __name__ == "__main__":
    main()
