"""A real Radicale for the sync tests, and a second client that plays the phone.

``radicale`` starts Radicale (pip-installed, in the test extra) in a subprocess on
127.0.0.1 with a random free port, a temporary storage folder and htpasswd
authentication on. It yields a ``Radicale`` with ``.url`` (the server root), ``.user``,
``.password``, ``.stop()`` / ``.start()`` (same port, same storage: "the server
restarted") and ``.phone``, a plain-HTTP client (urllib, independent of Kith's own
client) that creates, edits and deletes cards on the server as a phone would.

``keyring_backend`` points the ``keyring`` package at a plain-text file keyring in a
temporary folder (keyrings.alt), so no test touches a real keyring; it is autouse here.
"""

from __future__ import annotations

import base64
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

USER = "ana"
PASSWORD = "s3cret-Pa55phrase-71"  # distinctive: the leak tests grep for it


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Phone:
    """A second CardDAV client over plain urllib: what a phone does to the server."""

    def __init__(self, url: str, user: str, password: str) -> None:
        self.url = url.rstrip("/")
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        self._auth = f"Basic {token}"
        self.user = user

    def request(
        self, method: str, path: str, body: str | bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], str]:
        url = path if path.startswith("http") else self.url + path
        data = body.encode() if isinstance(body, str) else body
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header("Authorization", self._auth)
        for key, value in (headers or {}).items():
            req.add_header(key, value)
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, dict(resp.headers), resp.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), exc.read().decode("utf-8", "replace")

    def book_path(self, name: str) -> str:
        return f"/{self.user}/{name}/"

    def make_addressbook(self, name: str = "contacts", display: str | None = None) -> str:
        """Create an address book; returns its absolute URL."""
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">'
            "<D:set><D:prop><D:resourcetype><D:collection/><C:addressbook/></D:resourcetype>"
            f"<D:displayname>{display or name}</D:displayname></D:prop></D:set></D:mkcol>"
        )
        status, _, text = self.request("MKCOL", self.book_path(name), body,
                                       {"Content-Type": "application/xml"})
        assert status == 201, (status, text)
        return self.url + self.book_path(name)

    def make_calendar(self, name: str = "calendar") -> str:
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
            f"<D:set><D:prop><D:displayname>{name}</D:displayname></D:prop></D:set>"
            "</C:mkcalendar>"
        )
        status, _, text = self.request("MKCALENDAR", self.book_path(name), body,
                                       {"Content-Type": "application/xml"})
        assert status == 201, (status, text)
        return self.url + self.book_path(name)

    def put_card(self, book: str, name: str, text: str, etag: str | None = None) -> str:
        """Create or replace ``name`` (e.g. ``ana.vcf``) in ``book``; returns the new ETag."""
        headers = {"Content-Type": "text/vcard; charset=utf-8"}
        if etag:
            headers["If-Match"] = etag
        status, resp_headers, body = self.request(
            "PUT", self.book_path(book) + name, text.replace("\r\n", "\n").replace("\n", "\r\n"),
            headers)
        assert status in (201, 204), (status, body)
        return resp_headers.get("ETag", "")

    def get_card(self, book: str, name: str) -> tuple[int, str]:
        status, _, body = self.request("GET", self.book_path(book) + name)
        return status, body

    def delete_card(self, book: str, name: str) -> int:
        return self.request("DELETE", self.book_path(book) + name)[0]

    def card_names(self, book: str) -> list[str]:
        body = '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><D:getetag/>' \
               "</D:prop></D:propfind>"
        status, _, text = self.request("PROPFIND", self.book_path(book), body, {"Depth": "1"})
        assert status == 207, (status, text)
        import xml.etree.ElementTree as ET

        names = []
        for href in ET.fromstring(text).iter("{DAV:}href"):
            path = (href.text or "").rstrip("/")
            if path != self.book_path(book).rstrip("/"):
                names.append(path.rsplit("/", 1)[-1])
        return sorted(names)


def vcard(name: str, uid: str | None = None, **extra: str) -> str:
    """A small vCard 3.0 for ``name`` ("Ana Silva"), with extra PROPERTY=value lines."""
    given, _, family = name.partition(" ")
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid or uuid.uuid4()}", f"FN:{name}",
             f"N:{family};{given};;;"]
    lines += [f"{key.replace('_', '-')}:{value}" for key, value in extra.items()]
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


@dataclass
class Radicale:
    root: Path
    port: int
    user: str = USER
    password: str = PASSWORD
    process: subprocess.Popen[bytes] | None = None
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.root / "radicale.log"
        (self.root / "storage").mkdir(exist_ok=True)
        (self.root / "users").write_text(f"{self.user}:{self.password}\n")
        (self.root / "config").write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {self.root / 'users'}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0\n"
            "[rights]\n"
            "type = owner_only\n"
            "[storage]\n"
            f"filesystem_folder = {self.root / 'storage'}\n"
            "[web]\n"
            "type = none\n"
            "[logging]\n"
            "level = warning\n"
            "mask_passwords = True\n"
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def phone(self) -> Phone:
        return Phone(self.url, self.user, self.password)

    def start(self) -> None:
        assert self.process is None, "already running"
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(self.root / "config")],
                stdout=log, stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Radicale exited: {self.log.read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)  # polling a subprocess's port: no event to wait on
        raise RuntimeError("Radicale did not start listening within 30 s")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


@pytest.fixture
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    server = Radicale(tmp_path_factory.mktemp("radicale"), free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def keyring_backend(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A plain-text keyring in a temporary folder: no test touches the real keyring."""
    folder = tmp_path_factory.mktemp("keyring")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    _reset_keyring()
    yield folder / "python_keyring" / "keyring_pass.cfg"
    _reset_keyring()


def keyring_holds(keyring_file: Path, password: str) -> bool:
    """Whether the test keyring's file holds ``password`` (PlaintextKeyring base64-encodes)."""
    if not keyring_file.exists():
        return False
    return base64.b64encode(password.encode()).decode() in keyring_file.read_text()


def _reset_keyring() -> None:
    """keyring caches its chosen backend; make it read the environment again."""
    try:
        import keyring.core
    except ImportError:
        return
    keyring.core._keyring_backend = None  # type: ignore[attr-defined]
