"""The desktop entry, metainfo and icons: valid, packaged, installed and removed again."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

from kith.services.desktop import autostart
from kith.services.desktop import entries as df

REPO = Path(__file__).resolve().parents[3]
RES = resources.files("kith.resources")


def entry_of(path: Path) -> dict[str, str]:
    return df.read_entry(path.read_text(encoding="utf-8"))


def parse_exec(value: str) -> list[str]:
    """An ``Exec`` value back to its arguments, as the Desktop Entry spec reads it."""
    unescaped = re.sub(
        r"\\(.)",
        lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(m[1], "\\" + m[1]),
        value,
    )
    args: list[str] = []
    current, quoted, started, i = "", False, False, 0
    while i < len(unescaped):
        c = unescaped[i]
        if quoted:
            if c == "\\" and i + 1 < len(unescaped) and unescaped[i + 1] in '"`$\\':
                current += unescaped[i + 1]
                i += 2
                continue
            if c == '"':
                quoted = False
            else:
                current += c
        elif c == '"':
            quoted = started = True
        elif c == " ":
            if current or started:
                args.append(current)
            current, started = "", False
        else:
            current += c
        i += 1
    if current or started:
        args.append(current)
    return [a if a.startswith("%") and len(a) == 2 else a.replace("%%", "%") for a in args]


def validate_desktop_file(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return
    result = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# -- the packaged files ---------------------------------------------------------------------


def test_resources_are_reachable_through_importlib_resources() -> None:
    """What a wheel installation finds: every file install() copies, plus the tray icon."""
    names = [
        ("kith.desktop",),
        (df.METAINFO_NAME,),
        ("icons", "kith.svg"),
        ("icons", "kith-tray.svg"),
        *(("icons", "hicolor", f"{n}x{n}", "apps", "kith.png") for n in df.ICON_SIZES),
    ]
    for parts in names:
        item = RES.joinpath(*parts)
        assert item.is_file(), "/".join(parts)
        assert item.read_bytes(), "/".join(parts)


def test_hicolor_pngs_exist_at_their_sizes_and_are_not_blank() -> None:
    from PySide6.QtGui import QImage

    for size in df.ICON_SIZES:
        data = RES.joinpath("icons", "hicolor", f"{size}x{size}", "apps", "kith.png").read_bytes()
        assert png_size(data) == (size, size)
        image = QImage.fromData(data)
        assert not image.isNull() and (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255, f"{size}px: the centre is transparent"
        assert image.pixelColor(0, 0).alpha() < 255, f"{size}px: the corners are not rounded"


def _load_renderer() -> ModuleType:
    path = Path(str(RES.joinpath("icons", "render_icons.py")))
    spec = importlib.util.spec_from_file_location("kith_render_icons", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_pngs_are_the_renderers_output(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Change an SVG without re-running render_icons.py and this fails."""
    from PySide6.QtGui import QImage

    renderer = _load_renderer()
    assert tuple(renderer.SIZES) == df.ICON_SIZES
    assert renderer.check() == []
    renderer.render(tmp_path)
    for size in df.ICON_SIZES:
        fmt = QImage.Format.Format_ARGB32
        fresh = QImage(str(renderer.png_path(size, tmp_path))).convertToFormat(fmt)
        committed = QImage(str(renderer.png_path(size))).convertToFormat(fmt)
        a, b = bytes(fresh.constBits()), bytes(committed.constBits())
        assert len(a) == len(b)
        mean = sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)
        assert mean < 2.0, f"{size}px differs from kith.svg (mean {mean:.1f}): run render_icons.py"


def _contrast(svg: str, size: int, background: str) -> float:
    """Share of pixels that stand out from ``background`` when the icon is drawn on it."""
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(RES.joinpath("icons", svg)))
    assert renderer.isValid(), svg
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    base = QColor(background).lightness()
    standing_out = sum(
        1
        for x in range(size)
        for y in range(size)
        if abs(image.pixelColor(x, y).lightness() - base) >= 96
    )
    return standing_out / (size * size)


@pytest.mark.parametrize("svg", ["kith-tray.svg", "kith.svg", "kith-small.svg"])
@pytest.mark.parametrize("size", [16, 22, 24, 32])
def test_icons_read_on_light_and_dark_panels(qapp, svg: str, size: int) -> None:  # type: ignore[no-untyped-def]
    for panel in ("#ffffff", "#f0f0f0", "#000000", "#303030"):
        assert _contrast(svg, size, panel) >= 0.2, f"{svg} at {size}px fades into {panel}"


def test_desktop_entry_declares_kith() -> None:
    entry = df.read_entry(RES.joinpath("kith.desktop").read_text(encoding="utf-8"))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Kith"
    assert entry["GenericName"] == "Personal relationship manager"
    assert entry["Comment"]
    assert entry["Exec"] == "kith %F"
    assert entry["Icon"] == df.ICON_NAME
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Office;ContactManagement;"
    assert {"text/vcard", "text/x-vcard", "text/directory"} <= set(entry["MimeType"].split(";"))
    # Qt's WM_CLASS class is the application name (app.setApplicationName("Kith")).
    assert entry["StartupWMClass"] == "Kith"
    assert "contacts" in entry["Keywords"].split(";")


def test_the_app_announces_the_same_desktop_file_id() -> None:
    """Wayland matches windows to entries by QGuiApplication.desktopFileName()."""
    text = (REPO / "desktop" / "kith" / "app.py").read_text(encoding="utf-8")
    stem = df.DESKTOP_ID.removesuffix(".desktop")
    assert re.search(rf"setDesktopFileName\((['\"]){re.escape(stem)}\1\)", text) or (
        "DESKTOP_ID" in text
    ), f"app.py should call setDesktopFileName({stem!r})"


def _missing(reason: str) -> None:
    """Skip locally; in CI (which installs the validators) a missing one is a failure."""
    if os.environ.get("CI"):
        pytest.fail(reason + "; .ci/run installs it")
    pytest.skip(reason)


def test_desktop_entry_passes_desktop_file_validate() -> None:
    if shutil.which("desktop-file-validate") is None:
        _missing("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    validate_desktop_file(Path(str(RES.joinpath("kith.desktop"))))


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        _missing("appstreamcli is not installed (Debian: appstream)")
    path = Path(str(RES.joinpath(df.METAINFO_NAME)))
    result = subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_app_its_launcher_and_vcards() -> None:
    root = ET.fromstring(RES.joinpath(df.METAINFO_NAME).read_bytes())
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == df.APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == df.DESKTOP_ID
    assert "text/vcard" in [m.text for m in root.iter("mediatype")]
    assert root.find("content_rating") is not None
    release = root.find("releases/release")
    assert release is not None
    assert (release.get("version"), release.get("date")) == ("0.1.0", "2026-11-25")
    image = root.findtext("screenshots/screenshot/image") or ""
    assert image.endswith("/resources/screenshots/main-window.png")


# -- install and uninstall ------------------------------------------------------------------


def test_install_writes_every_file_where_the_desktop_looks(tmp_path: Path) -> None:
    data = Path(os.environ["XDG_DATA_HOME"])
    command = [str(tmp_path / "bin" / "kith")]
    outcome = df.install(command=command)

    assert sorted(outcome.written) == sorted(df.installed_paths(data))
    entry_path = data / "applications" / "kith.desktop"
    entry = entry_of(entry_path)
    assert entry["Exec"] == f"{command[0]} %F"
    assert entry["TryExec"] == command[0]
    assert entry["Icon"] == "kith"
    assert entry["MimeType"] == "text/vcard;text/x-vcard;text/directory;"
    validate_desktop_file(entry_path)

    metainfo = data / "metainfo" / "io.github.kith.Kith.metainfo.xml"
    assert metainfo.read_bytes() == RES.joinpath(df.METAINFO_NAME).read_bytes()
    hicolor = data / "icons" / "hicolor"
    for n in df.ICON_SIZES:
        png = hicolor / f"{n}x{n}" / "apps" / "kith.png"
        assert png_size(png.read_bytes()) == (n, n)
    svg = hicolor / "scalable" / "apps" / "kith.svg"
    assert svg.read_bytes() == RES.joinpath("icons", "kith.svg").read_bytes()
    assert not list(data.rglob("*.partial"))


def test_install_by_default_runs_this_installations_kith() -> None:
    outcome = df.install()
    entry = entry_of(df.desktop_entry_path())
    assert parse_exec(entry["Exec"]) == [*outcome.command, "%F"]
    program = Path(outcome.command[0])
    assert program.is_absolute() and os.access(program, os.X_OK)


def test_install_twice_then_uninstall_removes_everything() -> None:
    df.install(command=["/usr/bin/kith"])
    df.install(command=["/opt/kith/bin/kith"])
    assert entry_of(df.desktop_entry_path())["Exec"] == "/opt/kith/bin/kith %F"

    outcome = df.uninstall()
    assert sorted(outcome.removed) == sorted(df.installed_paths())
    assert not any(path.exists() for path in df.installed_paths())
    assert df.uninstall().removed == []


def test_awkward_paths_are_quoted_as_the_spec_asks(tmp_path: Path) -> None:
    odd = tmp_path / "My Apps $HOME" / 'it\'s "kith" 100%' / "back\\slash`x`" / "kith"
    df.install(command=[str(odd), "--data-dir", "/data/with space"])
    path = df.desktop_entry_path()
    value = entry_of(path)["Exec"]
    assert parse_exec(value) == [str(odd), "--data-dir", "/data/with space", "%F"]
    validate_desktop_file(path)


def test_line_breaks_in_the_command_are_refused() -> None:
    with pytest.raises(df.DesktopFilesError):
        df.install(command=["/tmp/new\nline/kith"])
    assert not df.desktop_entry_path().exists()


def test_caches_are_refreshed_where_the_tools_exist() -> None:
    outcome = df.install(command=["/usr/bin/kith"])
    if shutil.which("update-desktop-database"):
        assert "update-desktop-database" in outcome.refreshed
        cache = (df.data_home() / "applications" / "mimeinfo.cache").read_text()
        assert "text/vcard=kith.desktop;" in cache
    if shutil.which("gtk-update-icon-cache"):
        assert "gtk-update-icon-cache" in outcome.refreshed


def test_missing_cache_tools_are_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert df.install(command=["/usr/bin/kith"]).refreshed == []
    assert df.uninstall().refreshed == []


def test_an_incomplete_installation_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    partial = tmp_path / "resources"
    partial.mkdir()
    (partial / "kith.desktop").write_bytes(RES.joinpath("kith.desktop").read_bytes())
    monkeypatch.setattr(df.resources, "files", lambda package: partial)
    with pytest.raises(df.DesktopFilesError, match="metainfo.xml is missing"):
        df.install(command=["/usr/bin/kith"])
    assert not df.desktop_entry_path().exists()


def test_relative_xdg_folders_are_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("XDG_CONFIG_HOME", "")
    assert df.data_home() == tmp_path / ".local" / "share"
    assert df.autostart_path() == tmp_path / ".config" / "autostart" / "kith.desktop"


# -- what the entry launches ----------------------------------------------------------------


def _executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def test_the_running_kith_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    running = _executable(tmp_path / "bin" / "kith")
    monkeypatch.setattr(sys, "argv", [str(running), "install-desktop-entry"])
    assert df.kith_command() == [str(running)]


def test_then_the_kith_beside_this_python_then_path_then_python_m(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "kith" / "__main__.py")])
    venv_python = _executable(tmp_path / "venv" / "bin" / "python")
    beside = _executable(tmp_path / "venv" / "bin" / "kith")
    on_path = _executable(tmp_path / "elsewhere" / "kith")
    monkeypatch.setenv("PATH", str(on_path.parent))
    monkeypatch.setattr(sys, "executable", str(venv_python))
    assert df.kith_command() == [str(beside)]

    beside.unlink()
    assert df.kith_command() == [str(on_path)]

    on_path.unlink()
    assert df.kith_command() == [str(venv_python), "-m", "kith"]


# -- autostart ------------------------------------------------------------------------------


@pytest.fixture
def no_system_autostart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    system = tmp_path / "etc-xdg"
    system.mkdir()
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(system))
    return system


def test_autostart_enable_disable_and_is_enabled(no_system_autostart: Path) -> None:
    expected = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "kith.desktop"
    assert not autostart.is_autostart_enabled()

    assert autostart.enable_autostart(command=["/opt/kith/bin/kith"]) == expected
    entry = entry_of(expected)
    assert entry["Exec"] == "/opt/kith/bin/kith --minimized"
    assert entry["Type"] == "Application"
    assert entry["Icon"] == "kith"
    assert "Hidden" not in entry
    validate_desktop_file(expected)
    assert autostart.is_autostart_enabled()

    assert autostart.disable_autostart() == expected
    assert not expected.exists()
    assert not autostart.is_autostart_enabled()
    assert autostart.disable_autostart() is None


def test_autostart_uses_this_installations_kith_and_extra_arguments(
    no_system_autostart: Path,
) -> None:
    path = autostart.enable_autostart(extra_args=["--data-dir", "/home/me/Kith data"])
    args = parse_exec(entry_of(path)["Exec"])
    assert args[0] == df.kith_command()[0]
    assert args[-3:] == ["--data-dir", "/home/me/Kith data", "--minimized"]


def test_a_system_wide_entry_is_masked_for_this_user(no_system_autostart: Path) -> None:
    system_entry = no_system_autostart / "autostart" / "kith.desktop"
    system_entry.parent.mkdir()
    system_entry.write_text("[Desktop Entry]\nType=Application\nName=Kith\nExec=kith --minimized\n")
    assert autostart.is_autostart_enabled()

    user_entry = autostart.disable_autostart()
    assert user_entry == df.autostart_path()
    assert entry_of(df.autostart_path())["Hidden"] == "true"
    assert not autostart.is_autostart_enabled()
    assert system_entry.exists()

    autostart.enable_autostart(command=["/usr/bin/kith"])
    assert autostart.is_autostart_enabled()


def test_gnome_switched_off_entry_counts_as_disabled(no_system_autostart: Path) -> None:
    path = autostart.enable_autostart(command=["/usr/bin/kith"])
    path.write_text(path.read_text().replace("Autostart-enabled=true", "Autostart-enabled=false"))
    assert not autostart.is_autostart_enabled()


def test_uninstall_also_removes_the_login_entry(no_system_autostart: Path) -> None:
    df.install(command=["/usr/bin/kith"])
    login = autostart.enable_autostart(command=["/usr/bin/kith"])
    assert login in df.uninstall().removed
    assert not autostart.is_autostart_enabled()


# -- packaging ------------------------------------------------------------------------------


NETWORK_TROUBLE = re.compile(
    r"No matching distribution|Could not find a version|NewConnectionError|Network is unreachable"
    r"|Temporary failure in name resolution|ProxyError|Failed to establish a new connection",
    re.IGNORECASE,
)


def test_the_wheel_ships_the_desktop_files(tmp_path: Path) -> None:
    """Built from a copy of the sources, so the working tree gets no build/ folder."""
    source = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    for name in ("desktop", "resources"):
        shutil.copytree(REPO / name, source / name, ignore=ignore)
    out = tmp_path / "wheels"
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(out)],
        capture_output=True, text=True, env=env, timeout=600,
    )
    if result.returncode != 0 and NETWORK_TROUBLE.search(result.stdout + result.stderr):
        pytest.skip("building a wheel needs setuptools from a package index, unreachable here")
    assert result.returncode == 0, result.stdout + result.stderr

    (wheel,) = out.glob("kith_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "kith/resources/kith.desktop",
        f"kith/resources/{df.METAINFO_NAME}",
        "kith/resources/icons/kith.svg",
        "kith/resources/icons/kith-tray.svg",
        *(f"kith/resources/icons/hicolor/{n}x{n}/apps/kith.png" for n in df.ICON_SIZES),
        "kith/services/desktop/entries.py",
        "kith/cli/desktop.py",
    }
    assert expected <= names, sorted(expected - names)
