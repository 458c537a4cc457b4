"""What the DAV client says when the server cannot be used: each message says what to do."""

from __future__ import annotations

import http.server
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kith.services.sync import dav
from tests.sync.conftest import Radicale, free_port, vcard


@contextmanager
def tiny_server(handler: type[http.server.BaseHTTPRequestHandler],
                tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """A local HTTP(S) server on a free port, in a thread; yields its root URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        scheme = "https" if tls else "http"
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class Quiet(http.server.BaseHTTPRequestHandler):
    def log_message(self, *_: object) -> None:
        pass


def redirecting_to(target: str, status: int = 308) -> type[http.server.BaseHTTPRequestHandler]:
    class Redirect(Quiet):
        def _go(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self.send_response(status)
            self.send_header("Location", target.rstrip("/") + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_PROPFIND = do_REPORT = _go

    return Redirect


def test_a_wrong_password_says_so_and_never_shows_it(radicale):
    wrong = "Wr0ng-Horse-Battery-99"
    client = dav.DavClient(radicale.url, radicale.user, wrong)
    with pytest.raises(dav.AuthFailed) as caught:
        client.discover()
    message = str(caught.value)
    assert "refused the user name or password" in message
    assert "app password" in message
    assert wrong not in message and wrong not in repr(client)
    assert radicale.password not in message


@pytest.mark.parametrize("url", ["http://dav.example.com/", "http://192.168.1.5:5232/"])
def test_plain_http_to_another_machine_is_refused_before_any_connection(url):
    with pytest.raises(dav.InsecureUrl, match="only syncs over HTTPS"):
        dav.DavClient(url, "ana", "pw")


@pytest.mark.parametrize("url", ["ftp://dav.example.com/", "dav.example.com",
                                 "https://ana:pw@dav.example.com/"])
def test_what_is_not_a_usable_address_is_refused(url):
    with pytest.raises(dav.InsecureUrl):
        dav.DavClient(url, "ana", "pw")


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "[::1]", "localhost"])
def test_plain_http_to_this_machine_is_allowed(host):
    assert dav.DavClient(f"http://{host}:5232/", "ana", "pw").url


def test_a_book_that_does_not_exist_is_not_found(radicale):
    radicale.phone.make_addressbook("contacts")
    client = dav.DavClient(f"{radicale.url}{radicale.user}/nosuch/", radicale.user,
                           radicale.password)
    with pytest.raises(dav.NotFound, match="Check the address"):
        client.discover()


def test_a_server_that_never_answers_times_out_with_a_message():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)  # accepts connections (the kernel does) and never answers
    try:
        port = listener.getsockname()[1]
        client = dav.DavClient(f"http://127.0.0.1:{port}/", "ana", "pw", timeout=0.3)
        with pytest.raises(dav.Unreachable, match="did not answer within 0.3 seconds"):
            client.discover()
    finally:
        listener.close()


def test_a_refused_connection_says_to_check_the_address():
    client = dav.DavClient(f"http://127.0.0.1:{free_port()}/", "ana", "pw", timeout=2)
    with pytest.raises(dav.Unreachable, match="could not reach 127.0.0.1 .*refused.*Check"):
        client.discover()


def test_a_server_restarted_between_requests_is_used_again(radicale: Radicale):
    book = radicale.phone.make_addressbook("contacts")
    radicale.phone.put_card("contacts", "ana.vcf", vcard("Ana Silva"))
    client = dav.DavClient(radicale.url, radicale.user, radicale.password, timeout=5)
    assert len(client.list_etags(book)) == 1

    radicale.stop()
    with pytest.raises(dav.Unreachable):
        client.list_etags(book)
    radicale.start()

    assert len(client.list_etags(book)) == 1


def test_a_redirect_to_another_server_is_refused_and_names_the_address(radicale):
    """Following it would send the password to a server the person never entered (the
    security review's F1); the message names the address to enter instead."""
    radicale.phone.make_addressbook("contacts")
    with tiny_server(redirecting_to(radicale.url)) as front:
        with pytest.raises(dav.InsecureUrl) as caught:
            dav.DavClient(front + f"{radicale.user}/", radicale.user,
                          radicale.password).discover()
    assert f"add the account with the address {radicale.url}{radicale.user}/ instead" \
        in str(caught.value)


class Endless(Quiet):
    """Redirects every request one step further (/a -> /ax -> /axx ...), or to itself."""

    def do_GET(self) -> None:
        self.send_response(302)
        self.send_header("Location", self.path if self.path.endswith("self") else self.path + "x")
        self.send_header("Content-Length", "0")
        self.end_headers()


def test_redirects_that_never_end_stop_with_a_message():
    with tiny_server(Endless) as url:
        client = dav.DavClient(url, "ana", "pw")
        with pytest.raises(dav.BadResponse, match="redirected more than 5 times"):
            client.get(url + "a.vcf")
        with pytest.raises(dav.BadResponse, match="redirected in a loop"):
            client.get(url + "self")


def test_a_server_error_says_try_later():
    class Failing(Quiet):
        def do_PROPFIND(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()

    with tiny_server(Failing) as url:
        with pytest.raises(dav.ServerError, match=r"HTTP 503.*Try again later"):
            dav.DavClient(url + "ana/", "ana", "pw").discover()


def test_a_certificate_that_cannot_be_verified_is_a_tls_error(tmp_path: Path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with tiny_server(Quiet, tls=context) as url:
        with pytest.raises(dav.TlsError, match="certificate of 127.0.0.1 could not be verified"):
            dav.DavClient(url, "ana", "pw", timeout=5).discover()


def test_the_password_never_reaches_the_log(radicale, caplog):
    import base64
    import logging

    book = radicale.phone.make_addressbook("contacts")
    caplog.set_level(logging.DEBUG)
    good = dav.DavClient(radicale.url, radicale.user, radicale.password)
    good.discover()
    good.put(book + "a.vcf", vcard("Ana Silva"), etag=None, content_type="text/vcard")
    with pytest.raises(dav.AuthFailed):
        dav.DavClient(radicale.url, radicale.user, "Wrong-Log-Secret").discover()

    assert "PROPFIND" in caplog.text  # the log names the requests...
    encoded = base64.b64encode(f"{radicale.user}:{radicale.password}".encode()).decode()
    for secret in (radicale.password, "Wrong-Log-Secret", encoded):
        assert secret not in caplog.text  # ...never the credentials
