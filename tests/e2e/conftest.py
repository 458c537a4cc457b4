"""A real X session for end-to-end tests: Xvfb, a tray host, and the real ``kith`` process.

Locally these tests skip with a reason when Xvfb is missing. In CI (``CI=true``)
a missing Xvfb is a failure: ``.ci/run`` installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class XSession:
    display: str

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if k not in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS")}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", KITH_LOG="info", **extra)
        return env

    def run(self, *args: str) -> str:
        return subprocess.run(
            list(args), capture_output=True, text=True, env=self.env(), timeout=30
        ).stdout

    def window_ids(self, name: str) -> list[str]:
        out = self.run("xdotool", "search", "--onlyvisible", "--name", name)
        return out.split()

    def wait_for(self, predicate, timeout: float = 20.0):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.2)
        return predicate()


def _require(tool: str, package: str) -> None:
    if shutil.which(tool) is None:
        message = f"{tool} is not installed (Debian package {package}); .ci/run installs it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def xsession() -> Iterator[XSession]:
    for tool, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool"), ("xwininfo", "x11-utils")):
        _require(tool, package)
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        # -noreset: by default Xvfb resets when its last client leaves, and a client that
        # connects during the reset is refused ("could not connect to display").
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp",
         "-noreset"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        pytest.fail("Xvfb did not report a display number")
    session = XSession(display=f":{number}")
    try:
        yield session
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


@pytest.fixture
def tray(xsession: XSession) -> Iterator[subprocess.Popen[bytes]]:
    _require("trayer", "trayer")
    proc = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "120",
         "--height", "32"],
        env=xsession.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    yield proc
    proc.terminate()
    proc.wait(timeout=10)


def start_kith(xsession: XSession, data_dir: Path, *args: str,
               env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """The real kith; its standard error goes to ``proc.log`` (a file), readable while it runs.
    ``env``: more environment variables (a test hook such as ``KITH_E2E_LIST_ROWS``)."""
    log = data_dir.parent / f"kith-{data_dir.name}-{time.monotonic_ns()}.log"
    handle = log.open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kith", "--data-dir", str(data_dir), *args],
        env=xsession.env(**(env or {})), stdout=subprocess.DEVNULL, stderr=handle, text=True,
    )
    handle.close()
    proc.log = log  # type: ignore[attr-defined]
    return proc


def output(proc: subprocess.Popen[str]) -> str:
    return proc.log.read_text()  # type: ignore[attr-defined,no-any-return]


def stop(proc: subprocess.Popen[str]) -> tuple[str, str]:
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    return "", output(proc)
