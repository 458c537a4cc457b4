"""The single-instance hand-over trusts only the user's own Kith (issue 10, items 9 and 10).

Item 9: the socket was ``kith-UID-HASH`` in the shared temporary folder, a name
anyone could compute and squat. It now lives in a folder only the user can
enter, and both ends check that the other runs as the same user.

Item 10: the running window buffered whatever a caller sent, without limit,
and a message of the wrong shape raised in the slot and left the caller
hanging. Messages are capped, checked, always answered, and forgotten.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kith import dirs
from kith.platform.single_instance import (
    MAX_FILES,
    MAX_MESSAGE,
    HandOverRefused,
    InstanceServer,
    hand_over,
)

NOBODY = 65534


def _needs_root() -> None:
    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail("this test runs as root in CI (it acts as a second local user)")
        pytest.skip("acting as a second local user needs root (CI runs it)")


FAKE_KITH = """
import socket, sys
listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
listener.bind(sys.argv[1])
listener.listen(1)
print("ready", flush=True)
conn, _ = listener.accept()
print("connected", flush=True)
conn.settimeout(10)
received = b""
while b"\\n" not in received:
    chunk = conn.recv(65536)
    if not chunk:
        break
    received += chunk
print("received", received.hex(), flush=True)
try:
    conn.sendall(bytes.fromhex(sys.argv[2]))
except OSError:
    pass
conn.close()
"""


class FakeKith:
    """Another process listening on a Unix socket: it answers ``reply`` and tells what it
    was sent (in another process, as a real Kith is: Qt's waits hold the GIL)."""

    def __init__(self, path: Path, reply: bytes) -> None:
        self.path = path
        self.process = subprocess.Popen([sys.executable, "-c", FAKE_KITH, str(path), reply.hex()],
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        assert self.process.stdout.readline() == "ready\n"
        self.connected = False
        self.received = b""

    def close(self, caller_expected: bool = True) -> None:
        """Stop listening; with ``caller_expected``, first let it finish with its caller."""
        try:
            self.process.wait(timeout=10 if caller_expected else 0)
        except subprocess.TimeoutExpired:
            self.process.kill()
        out, _ = self.process.communicate(timeout=10)
        for line in out.splitlines():
            self.connected = self.connected or line == "connected"
            if line.startswith("received "):
                self.received = bytes.fromhex(line.split(" ", 1)[1])
        self.path.unlink(missing_ok=True)


@pytest.fixture
def card(tmp_path: Path) -> Path:
    path = tmp_path / "card.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n", encoding="utf-8")
    return path


# --- item 9: where the socket is, and who may use it -------------------------------------

def test_the_socket_is_in_the_users_runtime_folder(tmp_path: Path) -> None:
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])  # 0700, set up by tests/conftest.py
    where = dirs.resolve(tmp_path / "profile")
    assert where.instance_socket.parent == runtime / "kith"
    assert where.instance_socket.parent != Path(tempfile.gettempdir())


@pytest.mark.parametrize("problem", ["unset", "relative", "group-readable", "missing"])
def test_without_a_private_runtime_folder_the_socket_goes_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, problem: str
) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    if problem == "unset":
        monkeypatch.delenv("XDG_RUNTIME_DIR")
    elif problem == "relative":
        monkeypatch.setenv("XDG_RUNTIME_DIR", "runtime")
    elif problem == "group-readable":
        runtime.chmod(0o750)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    else:
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "nowhere"))
    where = dirs.resolve(tmp_path / "profile")
    assert where.instance_socket.parent == tmp_path / "profile" / "run"


def test_a_runtime_folder_of_someone_elses_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _needs_root()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    os.chown(runtime, NOBODY, NOBODY)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert dirs.resolve(tmp_path / "profile").runtime == tmp_path / "profile" / "run"


def test_a_squatter_on_the_old_shared_name_gets_nothing(tmp_path: Path, card: Path) -> None:
    """``kith FILE.vcf`` used to hand FILE's path to whoever listened on the computable name
    in /tmp and exit 0, "handed over"; now it starts its own window."""
    profile = tmp_path / "profile"
    digest = hashlib.sha1(str(profile.resolve()).encode()).hexdigest()[:12]
    squatter = FakeKith(Path(tempfile.gettempdir()) / f"kith-{os.getuid()}-{digest}", b"ok\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    kith = subprocess.Popen([sys.executable, "-m", "kith", "--data-dir", str(profile), str(card)],
                            stderr=subprocess.PIPE, text=True, env=env)
    where = dirs.resolve(profile)
    try:
        ready = threading.Event()
        while kith.poll() is None and not ready.wait(0.05):
            if where.instance_running():
                ready.set()
        assert ready.is_set(), kith.communicate(timeout=10)[1]
    finally:
        kith.kill()
        kith.wait(timeout=30)
        squatter.close(caller_expected=False)
    assert not squatter.connected and squatter.received == b""
    assert "handed over" not in (kith.stderr.read() if kith.stderr else "")


def test_a_socket_owned_by_someone_else_is_not_handed_anything(tmp_path: Path) -> None:
    _needs_root()
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    squatter = FakeKith(folder / "instance", b"ok\n")
    os.chown(squatter.path, NOBODY, NOBODY)
    try:
        assert hand_over(squatter.path, ["/home/ana/secret.vcf"]) is False
    finally:
        squatter.close(caller_expected=False)
    assert not squatter.connected and squatter.received == b""


# A second local user (nobody) sends files to a Kith whose socket it can reach.
OTHER_USER = """
import os, socket, sys
os.setgid(65534)
os.setuid(65534)
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.settimeout(10)
s.connect(sys.argv[1])
try:
    s.sendall(b'{"files": ["/tmp/evil.vcf"]}\\n')
    print(repr(s.recv(100)))
except OSError:
    print("closed")
"""


def test_the_window_ignores_callers_of_another_user(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _needs_root()
    shared = Path(tempfile.mkdtemp(prefix="kith-test-"))  # reachable by the other user
    server = InstanceServer(shared / "private" / "instance")
    assert server.listen()
    # As if the socket were reachable by anyone (it never is: this checks the second guard).
    for path in (shared, shared / "private"):
        path.chmod(0o755)
    (shared / "private" / "instance").chmod(0o777)
    asked: list[list[str]] = []
    server.activated.connect(asked.append)
    proc = subprocess.Popen(
        [sys.executable, "-c", OTHER_USER, str(shared / "private" / "instance")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
        out, err = proc.communicate()
    finally:
        server.close()
        shutil.rmtree(shared)
    assert out.strip() in ("b''", "closed"), err  # closed without an answer
    assert asked == []


# --- item 10: what a caller may send ------------------------------------------------------

@pytest.fixture
def server(qtbot, tmp_path: Path) -> Iterator[InstanceServer]:  # type: ignore[no-untyped-def]
    server = InstanceServer(tmp_path / "run" / "instance")
    assert server.listen()
    yield server
    server.close()


def _send(path: Path, payload: bytes, replies: list[bytes]) -> threading.Thread:
    """Send ``payload`` from another thread and put what comes back in ``replies``."""

    def run() -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(15)
            s.connect(str(path))
            try:
                s.sendall(payload)
            except OSError:  # the window closed the connection before reading it all
                pass
            reply = b""
            try:
                while chunk := s.recv(4096):
                    reply += chunk
            except OSError:
                pass
            replies.append(reply)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_an_oversized_message_is_refused_and_forgotten(qtbot, server: InstanceServer) -> None:  # type: ignore[no-untyped-def]
    asked: list[list[str]] = []
    server.activated.connect(asked.append)
    replies: list[bytes] = []
    _send(server.path, b"x" * (3 * MAX_MESSAGE), replies)
    qtbot.waitUntil(lambda: bool(replies), timeout=20000)
    assert replies == [f"error: message over {MAX_MESSAGE} bytes\n".encode()]
    qtbot.waitUntil(lambda: server._buffers == {})
    # The window still takes a proper request.
    with qtbot.waitSignal(server.activated, timeout=10000) as got:
        _send(server.path, b'{"files": ["/home/ana/a.vcf"]}\n', replies)
    assert got.args == [["/home/ana/a.vcf"]]
    qtbot.waitUntil(lambda: len(replies) == 2)
    assert replies[1] == b"ok\n" and asked == [["/home/ana/a.vcf"]]


def test_a_caller_that_leaves_midway_is_forgotten(qtbot, server: InstanceServer) -> None:  # type: ignore[no-untyped-def]
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.connect(str(server.path))
        s.sendall(b'{"files": ["/half')
        qtbot.waitUntil(lambda: any(server._buffers.values()))
    qtbot.waitUntil(lambda: server._buffers == {})


@pytest.mark.parametrize("payload", [
    b'{"files": 5}\n',
    b'{"files": null}\n',
    b'{"files": [1, 2]}\n',
    b'{"files": "/home/ana/a.vcf"}\n',
    b'["/home/ana/a.vcf"]\n',
    b'"files"\n',
    b'\xff\xfe not utf-8\n',
    b"not json\n",
    b"[" * 200_000 + b"]" * 200_000 + b"\n",
    json.dumps({"files": [f"/f{i}.vcf" for i in range(MAX_FILES + 1)]}).encode() + b"\n",
])
def test_a_malformed_message_is_answered_with_an_error(
    qtbot, server: InstanceServer, payload: bytes  # type: ignore[no-untyped-def]
) -> None:
    asked: list[list[str]] = []
    server.activated.connect(asked.append)
    replies: list[bytes] = []
    _send(server.path, payload, replies)
    qtbot.waitUntil(lambda: bool(replies), timeout=20000)
    assert replies[0].startswith(b"error: ") and replies[0].endswith(b"\n")
    assert asked == []


@pytest.mark.parametrize("reply", [b"error: too many files\n", b"okay\n", b"ok", b"OK\n"])
def test_anything_but_ok_is_not_handed_over(tmp_path: Path, reply: bytes) -> None:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    fake = FakeKith(folder / "instance", reply)
    try:
        with pytest.raises(HandOverRefused):
            hand_over(fake.path, ["/home/ana/a.vcf"])
    finally:
        fake.close()
