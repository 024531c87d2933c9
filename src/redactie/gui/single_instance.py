"""One redactie per user: `redactie FILE` while it runs opens the file in the running app.

Two processes must never edit one file (each would overwrite the other's save). The first
process listens on a local socket named after the user; a later one connects, hands over its
paths and exits. QLocalSocket is a Unix socket or a Windows named pipe: nothing leaves the
machine, and a stale socket of a crashed process is removed before listening.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from redactie.core.settings import data_dir

log = logging.getLogger(__name__)
CONNECT_MS = 500  # a running app answers at once; a dead socket refuses at once


def server_name() -> str:
    """Per user, and per user data folder: a test or a second profile with its own folders
    (XDG_DATA_HOME) is a redactie of its own."""
    folder = str(data_dir())
    digest = hashlib.sha256(folder.encode("utf-8")).hexdigest()[:12]
    return f"redactie-{getpass.getuser()}-{digest}"


def hand_over(paths: list[Path], name: str | None = None) -> bool:
    """Give `paths` (possibly none: just come forward) to a running redactie; False when none
    runs. Paths go absolute: the running app has another working folder."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = json.dumps([str(p.expanduser().absolute()) for p in paths]).encode("utf-8")
    socket.write(message + b"\n")
    socket.flush()
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later processes; `requested(list[Path])` for each hand-over."""

    requested = Signal(object)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        # Python owns accepted sockets: keep them alive until their connection is done (a
        # wrapper collected mid-signal deletes the socket under Qt's feet).
        self._sockets: list[QLocalSocket] = []

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed redactie is removed first."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        listening = self.server.listen(self.name)
        if not listening:
            log.warning("cannot listen on %s: %s", self.name, self.server.errorString())
        return listening

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(sock: QLocalSocket = socket, data: bytearray = buffer) -> None:
                data.extend(bytes(sock.readAll().data()))
                if data.endswith(b"\n"):
                    self._handle(bytes(data))

            self._sockets = [
                s for s in self._sockets if s.state() != s.LocalSocketState.UnconnectedState
            ][-20:]
            self._sockets.append(socket)
            socket.readyRead.connect(read)
            if socket.bytesAvailable():
                read()

    def _handle(self, data: bytes) -> None:
        try:
            names = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            log.warning("ignored a malformed hand-over (%d bytes)", len(data))
            return
        if isinstance(names, list):
            self.requested.emit([Path(n) for n in names if isinstance(n, str)])
