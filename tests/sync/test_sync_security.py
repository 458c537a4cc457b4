"""What a hostile or broken server cannot make Kith do (the security review of issue #14):
send the password to another server (F1), read or write cards outside the address book
(F2), crash on an ETag with a line break (F3), or wait and read forever (F4). Each test
runs against a small server started here, or a real Radicale."""

from __future__ import annotations

import http.server
import time
from dataclasses import replace

import pytest

from kith.services.contacts import people
from kith.services.sync import accounts, dav, dav_hrefs, dav_http
from kith.services.sync.engine import sync_account
from tests.sync.hostile_server import Hostile, card, hostile
from tests.sync.test_dav_errors import Quiet, tiny_server
from tests.sync.test_engine_sync import find, names

PASSWORD = "Zq9-LEAKME-pass"


def add(server: Hostile) -> int:
    found = dav.DavClient(server.url, "ana", PASSWORD).discover()
    return accounts.add_account(server.url, "ana", found)


# --- F1: the password goes only to the server the account was added with -------------

def test_a_redirect_to_another_port_is_refused_and_the_other_server_never_sees_the_password():
    with hostile(PASSWORD) as other, hostile(PASSWORD) as front:
        front.redirect_to = other.url.rstrip("/")
        client = dav.DavClient(front.url + "book/", "ana", PASSWORD)
        with pytest.raises(dav.InsecureUrl) as caught:
            client.discover()
        assert other.log == []
        assert f"add the account with the address {other.url}book/ instead" in str(caught.value)
        assert PASSWORD not in str(caught.value)


def test_no_request_goes_to_another_server_even_when_asked_directly():
    with hostile(PASSWORD) as other, hostile(PASSWORD) as home:
        client = dav.DavClient(home.url, "ana", PASSWORD)
        with pytest.raises(dav.InsecureUrl, match="did not send a request"):
            client.put(other.url + "book/x.vcf", card("x", "X"), etag=None,
                       content_type="text/vcard")
        assert other.log == []


def test_a_redirect_on_the_same_server_is_still_followed():
    class Moved(Quiet):
        def do_GET(self) -> None:
            moved = self.path.startswith("/old/")
            self.send_response(301 if moved else 200)
            if moved:
                self.send_header("Location", "/book/" + self.path[5:])
            self.send_header("ETag", '"7"')
            self.send_header("Content-Length", "0")
            self.end_headers()

    with tiny_server(Moved) as url:
        item = dav.DavClient(url, "ana", PASSWORD).get(url + "old/a.vcf")
    assert (item.href, item.etag) == (url + "old/a.vcf", '"7"')


# --- F2: hrefs outside the address book are ignored and reported ----------------------

def test_cards_listed_outside_the_book_or_on_another_host_are_ignored_and_reported(db):
    with hostile(PASSWORD) as other, hostile(PASSWORD) as server:
        server.cards.update({
            "/book/../etc/x.vcf": ('"1"', card("h1", "Dotdot Person")),
            "/book/%2e%2e/etc/w.vcf": ('"1"', card("h4", "Encoded Person")),
            "/other/v.vcf": ('"1"', card("h5", "Sideways Person")),
            f"{other.url}steal/y.vcf": ('"1"', card("h2", "Other Host Person")),
            "/book/ok.vcf": ('"1"', card("ok", "Ok Person")),
        })
        other.cards[f"{other.url}steal/y.vcf"] = ('"1"', card("h2", "Other Host Person"))
        account = add(server)

        report = sync_account(account, PASSWORD)

        assert names() == ["Ok Person"]
        outside = [c for c, m in report.errors if "outside the address book" in m]
        assert sorted(outside) == ["v.vcf", "w.vcf", "x.vcf", "y.vcf"]
        ok = find("Ok Person")
        people.update(ok, replace(people.load(ok), title="Boss"))
        again = sync_account(account, PASSWORD)
        assert again.uploaded == 1
        assert [p for m, p, _ in server.log if m in ("PUT", "DELETE")] == ["/book/ok.vcf"]
        assert other.log == []


def test_member_resolves_dot_segments_and_percent_encoding():
    book = "https://dav.example.com/ana/book/"
    assert dav_hrefs.member(book, "/ana/book/a%20b.vcf") == \
        "https://dav.example.com/ana/book/a%20b.vcf"
    assert dav_hrefs.member(book, "c.vcf") == "https://dav.example.com/ana/book/c.vcf"
    for bad in ("/ana/book/../x.vcf", "/ana/book/%2E%2E/x.vcf", "/ana/bookx/a.vcf",
                "https://dav.example.com:444/ana/book/a.vcf", "http://dav.example.com/ana/book/a",
                "https://evil.example/ana/book/a.vcf", "/ana/book/", "/ana/book/a\r\n.vcf"):
        assert dav_hrefs.member(book, bad) is None, bad


# --- F3: broken ETags ---------------------------------------------------------------------

def test_an_etag_with_a_line_break_is_reported_and_later_syncs_still_work(db):
    with hostile(PASSWORD) as server:
        server.cards["/book/a.vcf"] = ('"1"', card("a", "Alpha Person"))
        server.cards["/book/z.vcf"] = ('"a"b\nc"', card("z", "Etag Person"))
        account = add(server)

        first = sync_account(account, PASSWORD)

        assert names() == ["Alpha Person"]
        assert [c for c, m in first.errors if "(ETag) that is not valid" in m] == ["z.vcf"]
        alpha = find("Alpha Person")
        people.update(alpha, replace(people.load(alpha), title="CTO"))
        second = sync_account(account, PASSWORD)
        assert second.uploaded == 1 and "TITLE:CTO" in server.cards["/book/a.vcf"][1]


def test_a_header_value_with_a_line_break_is_an_error_not_a_crash():
    with hostile(PASSWORD) as server:
        client = dav.DavClient(server.url, "ana", PASSWORD)
        with pytest.raises(dav.DavError, match="not valid in a request"):
            client.put(server.url + "book/a.vcf", card("a", "A"), etag='"a"\r\nX-Evil: 1',
                       content_type="text/vcard")
        assert server.requests("PUT") == []
        assert client.put(server.url + "book/a.vcf", card("a", "A"), etag=None,
                          content_type="text/vcard")  # the connection still works


def test_valid_etag_keeps_quoted_and_weak_tags_only():
    assert dav.x.valid_etag(' "abc-1" \n') == '"abc-1"'
    assert dav.x.valid_etag('W/"7"') == 'W/"7"'
    for bad in ('"a"b\nc"', '"a\x00"', '"é"', '"a b"', ""):
        assert dav.x.valid_etag(bad) is None, bad


# --- F4: answers too large, endless or trickled ----------------------------------------

def report_handler(kind: str) -> type[http.server.BaseHTTPRequestHandler]:
    class Hostile(Quiet):
        protocol_version = "HTTP/1.1"

        def do_REPORT(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(207)
            self.send_header("Content-Type", "application/xml")
            head = b'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">'
            try:
                if kind == "huge":  # announces 400 MB
                    self.send_header("Content-Length", str(400 * 1024 * 1024))
                    self.end_headers()
                    self.wfile.write(head)
                    return
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                self.wfile.write(b"%x\r\n%s\r\n" % (len(head), head))
                # Bounded, so that a client without the fix ends instead of hanging.
                for _ in range(300 if kind == "endless" else 40):
                    data = b" " * (65536 if kind == "endless" else 1)
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                    self.wfile.flush()
                    if kind == "trickle":
                        time.sleep(0.25)  # the slow server under test: a real delay
                self.wfile.write(b"0\r\n\r\n")
            except OSError:  # Kith hung up: what the test wants
                return

    return Hostile


def test_an_endless_answer_stops_at_the_size_cap(monkeypatch):
    monkeypatch.setattr(dav_http, "MAX_RESPONSE_BYTES", 1024 * 1024)
    with tiny_server(report_handler("endless")) as url:
        client = dav.DavClient(url, "ana", PASSWORD)
        with pytest.raises(dav.BadResponse, match="answer was too large"):
            client.sync_collection(url + "book/", None)


def test_an_answer_announcing_400_mb_is_not_read():
    with tiny_server(report_handler("huge")) as url:
        client = dav.DavClient(url, "ana", PASSWORD)
        with pytest.raises(dav.BadResponse, match=r"too large \(over 64 MB\)"):
            client.sync_collection(url + "book/", None)


def test_a_server_trickling_one_byte_at_a_time_hits_the_request_deadline(monkeypatch):
    monkeypatch.setattr(dav_http, "REQUEST_DEADLINE", 1.0)
    with tiny_server(report_handler("trickle")) as url:
        client = dav.DavClient(url, "ana", PASSWORD, timeout=30)
        with pytest.raises(dav.Unreachable, match="did not finish answering within 1 seconds"):
            client.sync_collection(url + "book/", None)

