"""One Kith per profile: a second ``kith`` hands its arguments to the running one.

The running instance listens on a QLocalServer whose name is derived from the
user and the data folder, with access limited to the user. A second start
connects, sends its file arguments as JSON, waits for the acknowledgement and
exits; the first comes to the front or opens the import for those files.
"""

from __future__ import annotations

import json
import logging
import os

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
TIMEOUT_MS = 2000


def hand_over(name: str, files: list[str]) -> bool:
    """Send ``files`` to a running instance; True if one took them."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    payload = json.dumps({"files": [os.path.abspath(f) for f in files]}).encode() + b"\n"
    socket.write(QByteArray(payload))
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    acknowledged = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()) == b"ok\n"
    socket.disconnectFromServer()
    return acknowledged


class InstanceServer(QObject):
    """Listens for later starts.

    Signals:
        activated(list): a later start asked to come to the front, with its files.
    """

    activated = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connection)
        self._buffers: dict[int, bytes] = {}

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        # A socket left behind by a crashed Kith: nobody answered hand_over, so remove it.
        QLocalServer.removeServer(self.name)
        ok = self.server.listen(self.name)
        if not ok:
            log.warning("single instance: cannot listen on %s: %s", self.name,
                        self.server.errorString())
        return ok

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        key = id(socket)
        self._buffers[key] = self._buffers.get(key, b"") + bytes(socket.readAll().data())
        if not self._buffers[key].endswith(b"\n"):
            return
        raw = self._buffers.pop(key)
        try:
            files = [str(f) for f in json.loads(raw.decode("utf-8")).get("files", [])]
        except (ValueError, AttributeError):
            log.warning("single instance: ignored a malformed message")
            socket.disconnectFromServer()
            return
        socket.write(QByteArray(b"ok\n"))
        socket.flush()
        self.activated.emit(files)

    def close(self) -> None:
        self.server.close()
