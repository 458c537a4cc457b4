"""Kith as a desktop citizen: the menu entry, AppStream metainfo and icons.

Qt-free, so ``kith install-desktop-entry`` runs without starting Qt.
``kith.services.desktop.autostart`` uses the same entry format for the
"Start Kith when I log in" setting.

Where things go (XDG Base Directory, Desktop Entry and Autostart specifications):

- ``$XDG_DATA_HOME/applications/kith.desktop``: the menu entry, with ``Exec`` pointing
  at this installation's ``kith`` (a venv's ``kith`` is not on the menu's PATH);
- ``$XDG_DATA_HOME/metainfo/io.github.kith.Kith.metainfo.xml``: the AppStream data;
- ``$XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/kith.png`` and ``scalable/apps/kith.svg``;
- ``$XDG_CONFIG_HOME/autostart/kith.desktop``: ``kith --minimized`` at login.

The source files are the packaged ``kith.resources``, so an installed wheel works.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from kith.private_files import write_private

APP_ID = "io.github.kith.Kith"
"""The AppStream component id."""
DESKTOP_ID = "kith.desktop"
"""The desktop file id; matches ``QGuiApplication.setDesktopFileName("kith")``."""
ICON_NAME = "kith"
METAINFO_NAME = f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
AUTOSTART_FLAG = "--minimized"

_CACHE_TOOL_TIMEOUT = 30
# Characters that force an Exec argument into double quotes (Desktop Entry spec, "The Exec key").
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


class DesktopFilesError(Exception):
    """Something the user can act on: a missing resource, a path that cannot be written."""


@dataclass
class Outcome:
    """What an install or uninstall did, for the command line to report."""

    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    """The cache tools that ran successfully (``update-desktop-database``, ...)."""
    command: list[str] = field(default_factory=list)
    """What the installed entry launches."""


# -- where ----------------------------------------------------------------------------------


def _xdg_home(variable: str, default: str) -> Path:
    value = os.environ.get(variable, "")
    # The spec: a relative path is invalid and is ignored.
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / default


def data_home() -> Path:
    return _xdg_home("XDG_DATA_HOME", ".local/share")


def config_home() -> Path:
    return _xdg_home("XDG_CONFIG_HOME", ".config")


def config_dirs() -> list[Path]:
    """The system-wide configuration folders, most important first."""
    value = os.environ.get("XDG_CONFIG_DIRS", "") or "/etc/xdg"
    return [Path(p) for p in value.split(os.pathsep) if p and os.path.isabs(p)]


def desktop_entry_path(data: Path | None = None) -> Path:
    return (data or data_home()) / "applications" / DESKTOP_ID


def metainfo_path(data: Path | None = None) -> Path:
    return (data or data_home()) / "metainfo" / METAINFO_NAME


def icon_paths(data: Path | None = None) -> dict[str, Path]:
    """Installed icon path by hicolor folder (``16x16`` ... ``256x256``, ``scalable``)."""
    hicolor = (data or data_home()) / "icons" / "hicolor"
    paths = {f"{n}x{n}": hicolor / f"{n}x{n}" / "apps" / f"{ICON_NAME}.png" for n in ICON_SIZES}
    paths["scalable"] = hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"
    return paths


def installed_paths(data: Path | None = None) -> list[Path]:
    """Every file :func:`install` writes."""
    return [desktop_entry_path(data), metainfo_path(data), *icon_paths(data).values()]


def autostart_path(config: Path | None = None) -> Path:
    return (config or config_home()) / "autostart" / DESKTOP_ID


# -- what to launch -------------------------------------------------------------------------


def kith_command() -> list[str]:
    """How to start this installation of Kith, as an absolute argument list.

    The ``kith`` being run, then the one beside this Python (the same venv), then
    the one on PATH, and finally ``python -m kith`` with this interpreter.
    """
    argv0 = sys.argv[0] if sys.argv else ""
    if Path(argv0).name in ("kith", "kith.exe") and _is_executable(Path(argv0)):
        return [os.path.abspath(argv0)]
    if sys.executable:
        beside = Path(sys.executable).parent / ("kith.exe" if os.name == "nt" else "kith")
        if _is_executable(beside):
            return [str(beside)]
    on_path = shutil.which("kith")
    if on_path:
        return [os.path.abspath(on_path)]
    return [sys.executable or "python3", "-m", "kith"]


def _is_executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def exec_line(command: Sequence[str], *field_codes: str) -> str:
    """An ``Exec`` value running ``command`` (quoted as the spec asks) plus field codes."""
    return " ".join([*(_exec_argument(arg) for arg in command), *field_codes])


def _exec_argument(arg: str) -> str:
    if "\n" in arg or "\r" in arg:
        raise DesktopFilesError(f"Cannot put a path with a line break in a desktop entry: {arg!r}")
    arg = arg.replace("%", "%%")
    if not arg or any(c in _EXEC_RESERVED for c in arg):
        arg = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    # Then the escaping every desktop entry string gets: a backslash is written twice.
    return arg.replace("\\", "\\\\")


def _string_value(text: str) -> str:
    if "\n" in text or "\r" in text:
        raise DesktopFilesError(f"Cannot put a path with a line break in a desktop entry: {text!r}")
    return text.replace("\\", "\\\\")


# -- desktop entries ------------------------------------------------------------------------


def read_entry(text: str) -> dict[str, str]:
    """The keys of the ``[Desktop Entry]`` group, values as written (escapes kept)."""
    values: dict[str, str] = {}
    in_group = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("["):
            in_group = stripped == "[Desktop Entry]"
            continue
        if in_group and "=" in stripped:
            key, value = stripped.split("=", 1)
            values.setdefault(key.strip(), value.strip())
    return values


def _set_keys(text: str, updates: dict[str, str]) -> str:
    """``text`` with keys of the ``[Desktop Entry]`` group replaced (or added at its end)."""
    lines = text.splitlines()
    pending = dict(updates)
    out: list[str] = []
    in_group = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("["):
            if in_group:
                out.extend(f"{k}={v}" for k, v in pending.items())
                pending.clear()
            in_group = stripped == "[Desktop Entry]"
        elif in_group and "=" in stripped:
            key = stripped.split("=", 1)[0].strip()
            if key in updates:
                if key in pending:
                    out.append(f"{key}={pending.pop(key)}")
                continue
        out.append(line)
    out.extend(f"{k}={v}" for k, v in pending.items())
    return "\n".join(out) + "\n"


def menu_entry(command: Sequence[str] | None = None) -> str:
    """The packaged ``kith.desktop``, with ``Exec`` and ``TryExec`` naming ``command``."""
    command = list(command or kith_command())
    template = _resource("kith.desktop").read_text(encoding="utf-8")
    return _set_keys(
        template,
        {"Exec": exec_line(command, "%F"), "TryExec": _string_value(command[0])},
    )


def autostart_entry(command: Sequence[str] | None = None, extra_args: Sequence[str] = ()) -> str:
    """The login entry: Kith in the tray only (``kith --minimized``)."""
    command = list(command or kith_command())
    template = _resource("kith.desktop").read_text(encoding="utf-8")
    fields = read_entry(template)
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={fields.get('Name', 'Kith')}",
        "Comment=Kith's follow-up reminders in the system tray",
        f"Exec={exec_line([*command, *extra_args, AUTOSTART_FLAG])}",
        f"TryExec={_string_value(command[0])}",
        f"Icon={fields.get('Icon', ICON_NAME)}",
        "Terminal=false",
        "NoDisplay=true",
        "X-GNOME-Autostart-enabled=true",
        # The tray icon needs the panel: KDE and LXQt can wait for it.
        "X-KDE-autostart-after=panel",
        "X-LXQt-Need-Tray=true",
    ]
    return "\n".join(lines) + "\n"


# -- install / uninstall --------------------------------------------------------------------


def install(data: Path | None = None, command: Sequence[str] | None = None) -> Outcome:
    """Put the menu entry, metainfo and icons in the user's data folder, then refresh caches."""
    data = data or data_home()
    outcome = Outcome(command=list(command or kith_command()))
    files: list[tuple[Path, bytes]] = [
        (desktop_entry_path(data), menu_entry(outcome.command).encode("utf-8")),
        (metainfo_path(data), _resource(METAINFO_NAME).read_bytes()),
    ]
    for folder, target in icon_paths(data).items():
        if folder == "scalable":
            source = _resource("icons", f"{ICON_NAME}.svg")
        else:
            source = _resource("icons", "hicolor", folder, "apps", f"{ICON_NAME}.png")
        files.append((target, source.read_bytes()))
    for target, content in files:
        write_desktop_file(target, content)
        outcome.written.append(target)
    outcome.refreshed = refresh_caches(data)
    return outcome


def uninstall(data: Path | None = None, config: Path | None = None) -> Outcome:
    """Remove what :func:`install` wrote, and the login entry, then refresh caches.

    The login entry goes too: once Kith is gone from the menu it is usually about to
    be removed, and an autostart entry naming a missing program is left behind otherwise.
    """
    data = data or data_home()
    outcome = Outcome()
    for path in [*installed_paths(data), autostart_path(config)]:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        outcome.removed.append(path)
    if any(path != autostart_path(config) for path in outcome.removed):
        outcome.refreshed = refresh_caches(data)
    return outcome


def refresh_caches(data: Path | None = None) -> list[str]:
    """Rebuild the MIME and icon caches where their tools exist; the names of those that ran.

    Missing tools or failures are ignored: desktops without the caches rescan the folders.
    """
    data = data or data_home()
    applications = data / "applications"
    hicolor = data / "icons" / "hicolor"
    if hicolor.is_dir():
        # Icon theme spec: touching the theme folder tells running desktops to look again.
        try:
            os.utime(hicolor)
        except OSError:
            pass
    ran: list[str] = []
    jobs = [
        ("update-desktop-database", ["-q", str(applications)], applications),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(hicolor)], hicolor),
    ]
    for tool, args, folder in jobs:
        program = shutil.which(tool)
        if program is None or not folder.is_dir():
            continue
        try:
            done = subprocess.run(
                [program, *args],
                capture_output=True,
                timeout=_CACHE_TOOL_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0:
            ran.append(tool)
    return ran


# -- helpers --------------------------------------------------------------------------------


def _resource(*parts: str) -> Traversable:
    item = resources.files("kith.resources").joinpath(*parts)
    if not item.is_file():
        raise DesktopFilesError(
            f"Kith's installation is incomplete: {'/'.join(parts)} is missing from kith.resources."
        )
    return item


def write_desktop_file(target: Path, content: bytes) -> None:
    """Replace ``target`` in one step (desktops watching these folders never see half a file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    write_private(target, content)
