"""Starting Kith at login: the user's autostart entry (XDG Autostart specification).

``$XDG_CONFIG_HOME/autostart/kith.desktop`` runs ``kith --minimized`` at login; a
system-wide entry is masked for one user with ``Hidden=true``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kith.services.desktop.entries import (
    autostart_entry,
    autostart_path,
    config_dirs,
    config_home,
    read_entry,
    write_desktop_file,
)


def enable_autostart(
    command: Sequence[str] | None = None, extra_args: Sequence[str] = ()
) -> Path:
    """Start Kith in the tray at login; ``extra_args`` (e.g. ``--data-dir DIR``) go before
    ``--minimized``. Returns the entry written."""
    path = autostart_path()
    write_desktop_file(path, autostart_entry(command, extra_args).encode("utf-8"))
    return path


def disable_autostart() -> Path | None:
    """Stop starting Kith at login. Returns the path removed or written, or None if it was off.

    A system-wide entry (``/etc/xdg/autostart/kith.desktop``) is masked with a user entry
    saying ``Hidden=true``, which is how the Autostart spec turns one off for one user.
    """
    path = autostart_path()
    changed: Path | None = None
    try:
        path.unlink()
        changed = path
    except FileNotFoundError:
        pass
    if is_autostart_enabled():
        write_desktop_file(path, b"[Desktop Entry]\nType=Application\nName=Kith\nHidden=true\n")
        changed = path
    return changed


def is_autostart_enabled() -> bool:
    """Whether the desktop will start Kith at login (the user's entry, else a system one)."""
    for folder in (config_home(), *config_dirs()):
        path = autostart_path(folder)
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError:
            return False
        fields = read_entry(text)
        if fields.get("Hidden", "").lower() == "true":
            return False
        return fields.get("X-GNOME-Autostart-enabled", "true").lower() != "false"
    return False
