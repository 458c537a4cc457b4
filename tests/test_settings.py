import datetime as dt
import stat
from pathlib import Path

import pytest

from kith import settings as opts
from kith.settings import Settings


def test_defaults_round_trip_and_privacy(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "settings.json"
    s = Settings(path)
    assert s.get(opts.CLOSE_TO_TRAY) is True
    assert s.notify_time() == dt.time(9, 0)
    s.set(opts.CLOSE_TO_TRAY, False)
    s.set(opts.NOTIFY_AT, "07:30")
    again = Settings(path)
    assert again.get(opts.CLOSE_TO_TRAY) is False
    assert again.notify_time() == dt.time(7, 30)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(TypeError):
        s.set(opts.CLOSE_TO_TRAY, "yes")  # type: ignore[arg-type]


def test_bad_values_and_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"close_to_tray": "nope", "notify_at": "25:99", "future": 1}')
    s = Settings(path)
    assert s.get(opts.CLOSE_TO_TRAY) is True
    assert s.notify_time() == dt.time(9, 0)
    s.set(opts.PAUSED_ON, "2026-01-01")
    assert '"future": 1' in path.read_text()  # unknown keys are kept
    path.write_text("{ not json")
    assert Settings(path).get(opts.CLOSE_TO_TRAY) is True
    assert (tmp_path / "settings.damaged.json").read_text() == "{ not json"
