"""One Kith per profile: a second ``kith`` hands its arguments to the running one.

The running instance listens on a QLocalServer at a full path in a folder
only the user can enter (``Dirs.instance_socket``: ``$XDG_RUNTIME_DIR/kith``
or the data folder, never the shared temporary folder). A second start checks
that the socket and its folder are the user's own and that the process
answering is the user's (``SO_PEERCRED``), sends its file arguments as one
line of JSON and waits for ``ok``; the first checks the caller the same way,
comes to the front or opens the import for those files.

The message is at most ``MAX_MESSAGE`` bytes and names at most ``MAX_FILES``
files; anything else is answered with an ``error:`` line and the connection
is closed. Only ``ok`` counts as handed over.
"""

from __future__ import annotations

import json
import logging
import os
import socket as sockets
import struct
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from kith.dirs import is_own_socket, make_private_dir

log = logging.getLogger(__name__)
TIMEOUT_MS = 2000
MAX_MESSAGE = 1 << 20  # bytes, the newline included
MAX_FILES = 1000
MAX_REPLY = 1024
CLIENT_TIMEOUT_MS = 10_000  # a caller that sends nothing is not kept waiting on forever


class HandOverRefused(Exception):
    """A Kith is running on this profile but did not take the files (its reason is the text)."""


def _peer_is_me(socket: QLocalSocket) -> bool:
    """Whether the process at the other end of ``socket`` runs as this user (Linux:
    SO_PEERCRED; elsewhere the socket file's owner and folder are what is checked)."""
    peercred = getattr(sockets, "SO_PEERCRED", None)
    if peercred is None or not hasattr(os, "getuid"):
        return True
    descriptor = int(socket.socketDescriptor())
    if descriptor < 0:
        return False
    try:
        with sockets.fromfd(descriptor, sockets.AF_UNIX, sockets.SOCK_STREAM) as peer:
            _pid, uid, _gid = struct.unpack(
                "3i", peer.getsockopt(sockets.SOL_SOCKET, peercred, struct.calcsize("3i")))
    except OSError:
        return False
    return bool(uid == os.getuid())


def hand_over(path: str | os.PathLike[str], files: list[str]) -> bool:
    """Send ``files`` to the Kith listening at ``path``; True if it took them.

    False if none is running there (or the socket is not the user's own).
    Raises ``HandOverRefused`` if one is running and answered anything but ``ok``.
    """
    if not is_own_socket(Path(path)):
        return False
    socket = QLocalSocket()
    socket.connectToServer(os.fspath(path))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    if not _peer_is_me(socket):
        log.warning("single instance: %s is answered by another user; not handing over", path)
        socket.abort()
        return False
    payload = json.dumps({"files": [os.path.abspath(f) for f in files]}).encode() + b"\n"
    socket.write(QByteArray(payload))
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    reply = b""
    while b"\n" not in reply and len(reply) < MAX_REPLY:
        # The answer may come with the close, when waitForReadyRead says False: look.
        if socket.bytesAvailable() <= 0:
            socket.waitForReadyRead(TIMEOUT_MS)
            if socket.bytesAvailable() <= 0:
                break
        reply += bytes(socket.read(MAX_REPLY).data())
    socket.disconnectFromServer()
    line, end, _ = reply.partition(b"\n")
    if line == b"ok" and end:
        return True
    reason = line.decode("utf-8", "replace").removeprefix("error:").strip()
    raise HandOverRefused("".join(c for c in reason if c.isprintable())[:200] or "no answer")


def parse_message(raw: bytes) -> list[str]:
    """The file names in one hand-over message; ValueError with the reason if it is not
    ``{"files": [names]}`` with at most ``MAX_FILES`` names."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        raise ValueError("the message is not JSON") from None
    files = data.get("files", []) if isinstance(data, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise ValueError('the message must be {"files": [file names]}')
    if len(files) > MAX_FILES:
        raise ValueError(f"too many files at once (at most {MAX_FILES})")
    return files


class InstanceServer(QObject):
    """Listens for later starts.

    Signals:
        activated(list): a later start asked to come to the front, with its files.
    """

    activated = Signal(list)

    def __init__(self, path: str | os.PathLike[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connection)
        self._buffers: dict[int, bytearray] = {}

    def listen(self) -> bool:
        if not make_private_dir(self.path.parent):
            log.warning("single instance: %s is not a private folder; not listening",
                        self.path.parent)
            return False
        name = os.fspath(self.path)
        if self.server.listen(name):
            return True
        # A socket left behind by a crashed Kith: nobody answered hand_over, so remove it.
        QLocalServer.removeServer(name)
        ok = self.server.listen(name)
        if not ok:
            log.warning("single instance: cannot listen on %s: %s", name,
                        self.server.errorString())
        return ok

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            if not _peer_is_me(socket):
                log.warning("single instance: refused a connection from another user")
                socket.abort()
                continue
            key = id(socket)
            self._buffers[key] = bytearray()
            socket.setReadBufferSize(MAX_MESSAGE)  # Qt buffers no more than one message
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda k=key: self._buffers.pop(k, None))
            timer = QTimer(socket)  # deleted with the socket
            timer.setSingleShot(True)
            timer.timeout.connect(lambda s=socket: self._answer(s, b"error: timed out\n"))
            timer.start(CLIENT_TIMEOUT_MS)

    def _answer(self, socket: QLocalSocket, reply: bytes) -> None:
        """Reply, forget what the caller sent, and close the connection."""
        self._buffers.pop(id(socket), None)
        socket.write(QByteArray(reply))
        socket.flush()
        socket.disconnectFromServer()

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(id(socket))
        if buffer is None:  # already answered
            socket.read(socket.bytesAvailable())
            return
        buffer += bytes(socket.read(MAX_MESSAGE + 1 - len(buffer)).data())
        end = buffer.find(b"\n")
        if end < 0:
            if len(buffer) >= MAX_MESSAGE:
                log.warning("single instance: refused a message over %d bytes", MAX_MESSAGE)
                self._answer(socket, f"error: message over {MAX_MESSAGE} bytes\n".encode())
            return
        try:
            files = parse_message(bytes(buffer[:end]))
        except ValueError as exc:
            log.warning("single instance: refused a message: %s", exc)
            self._answer(socket, f"error: {exc}\n".encode())
            return
        self._answer(socket, b"ok\n")
        self.activated.emit(files)

    def close(self) -> None:
        self.server.close()
