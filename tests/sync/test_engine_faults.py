"""The sync when things go wrong: the server stops mid-sync, answers 412 or 500, or is
slow. Each run leaves Kith whole, and the next one finishes with nothing duplicated or
lost (issue #14)."""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from kith.services.contacts import people
from kith.services.contacts.records import ContactRecord
from kith.services.sync.dav import DavClient
from kith.services.sync.dav_errors import DavError, Unreachable
from kith.store.database import database
from kith.store.models import Contact, SyncCard
from tests.sync.conftest import vcard
from tests.sync.test_engine_sync import BOOK, find, names, server_texts, setup_account, sync

Rule = Callable[[str, str], "tuple[int, float] | None"]  # (method, path) -> (status, delay)


class Proxy:
    """A tiny HTTP proxy in front of Radicale that can answer for it (a 500) or delay."""

    def __init__(self, target: str) -> None:
        self.target = urlsplit(target)
        self.rules: list[Rule] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                for rule in proxy.rules:
                    verdict = rule(self.command, self.path)
                    if verdict is None:
                        continue
                    status, delay = verdict
                    time.sleep(delay)  # the slow server under test: a real delay
                    if status:
                        self.send_response(status)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                conn = http.client.HTTPConnection(proxy.target.hostname, proxy.target.port,
                                                  timeout=30)
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                try:
                    conn.request(self.command, self.path, body, headers)
                    response = conn.getresponse()
                    data = response.read()
                except OSError:  # Radicale stopped: the connection drops, as a real one would
                    self.close_connection = True
                    return
                self.send_response(response.status)
                for key, value in response.getheaders():
                    if key.lower() not in ("transfer-encoding", "connection",
                                           "content-length"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                conn.close()

            do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_OPTIONS = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def proxy(radicale) -> Iterator[Proxy]:
    p = Proxy(radicale.url)
    yield p
    p.close()


def client_via(proxy: Proxy, radicale, timeout: float = 30.0) -> DavClient:
    return DavClient(proxy.url, radicale.user, radicale.password, timeout=timeout)


def integrity_ok() -> bool:
    return database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_server_stopping_mid_download_loses_nothing_and_the_next_run_finishes(
        db, radicale):
    account = setup_account(radicale)
    for n in range(150):
        radicale.phone.put_card(BOOK, f"p{n}.vcf", vcard(f"Person {n:03d}", f"u-{n}"))

    def stop_after_first_batch(done: int, total: int) -> None:
        if done < total:
            radicale.stop()

    from kith.services.sync.engine import sync_account

    with pytest.raises(Unreachable):
        sync_account(account, radicale.password, progress=stop_after_first_batch)
    assert names() == [] and integrity_ok()  # the first sync's import is all or nothing
    radicale.start()

    sync(radicale, account)

    assert names() == [f"Person {n:03d}" for n in range(150)]
    assert SyncCard.select().count() == 150


class StopsAfter(DavClient):
    """A real client whose server goes away after ``n`` uploads."""

    def __init__(self, radicale, n: int) -> None:
        super().__init__(radicale.url, radicale.user, radicale.password)
        self.radicale, self.left = radicale, n

    def put(self, href: str, text: str, *, etag: str | None, content_type: str) -> str | None:
        if self.left == 0:
            self.radicale.stop()
        self.left -= 1
        return super().put(href, text, etag=etag, content_type=content_type)


def test_the_server_stopping_mid_upload_is_finished_by_the_next_run_without_duplicates(
        db, radicale):
    account = setup_account(radicale)
    for n in range(12):
        people.create(ContactRecord(display_name=f"Local {n:02d}"))

    with pytest.raises(Unreachable):
        sync(radicale, account, StopsAfter(radicale, 5))
    radicale.start()
    assert len(radicale.phone.card_names(BOOK)) == 5

    report = sync(radicale, account)

    assert report.uploaded == 7
    texts = server_texts(radicale)
    assert sorted(t.split("FN:")[1].split("\r\n")[0] for t in texts.values()) == [
        f"Local {n:02d}" for n in range(12)]
    assert names() == [f"Local {n:02d}" for n in range(12)]


def test_a_card_changed_on_the_server_during_the_upload_is_merged_not_overwritten(
        db, radicale, proxy):
    account = setup_account(radicale, via=proxy.url)
    etag = radicale.phone.put_card(BOOK, "ana.vcf", vcard("Ana Silva", "u-ana",
                                                          TITLE="Designer"))
    sync(radicale, account)
    ana = find("Ana Silva")
    people.update(ana, replace(people.load(ana), organization="Acme"))
    fired: list[int] = []

    def phone_edits_first(method: str, path: str) -> tuple[int, float] | None:
        if method == "PUT" and path.endswith("ana.vcf") and not fired:
            fired.append(1)
            radicale.phone.put_card(BOOK, "ana.vcf", vcard(
                "Ana Silva", "u-ana", TITLE="CTO", NOTE="met in Lisbon"), etag=etag)
        return None  # then forwarded: Radicale answers 412 to Kith's stale If-Match

    proxy.rules.append(phone_edits_first)

    report = sync(radicale, account, client_via(proxy, radicale))

    assert fired and report.errors == []
    merged = people.load(ana)
    assert (merged.title, merged.organization, merged.notes) == ("CTO", "Acme",
                                                                  "met in Lisbon")
    text = server_texts(radicale)["ana.vcf"]
    assert "ORG:Acme" in text and "TITLE:CTO" in text and "met in Lisbon" in text


def test_a_500_on_one_upload_is_reported_for_that_card_and_retried_next_time(
        db, radicale, proxy):
    account = setup_account(radicale, via=proxy.url)
    people.create(ContactRecord(display_name="Ana Silva", uid="u-ana"))
    people.create(ContactRecord(display_name="Bob Ng", uid="u-bob"))
    proxy.rules.append(lambda method, path: (500, 0.0) if method == "PUT"
                       and "u-bob" in path else None)

    report = sync(radicale, account, client_via(proxy, radicale))

    assert report.uploaded == 1
    assert [card for card, _ in report.errors] == ["Bob Ng"]
    assert radicale.phone.card_names(BOOK) == ["u-ana.vcf"]
    proxy.rules.clear()
    again = sync(radicale, account, client_via(proxy, radicale))
    assert (again.uploaded, again.errors) == (1, [])
    assert radicale.phone.card_names(BOOK) == ["u-ana.vcf", "u-bob.vcf"]


def test_a_500_on_the_listing_fails_the_sync_and_changes_nothing(db, radicale, proxy):
    account = setup_account(radicale, via=proxy.url)
    radicale.phone.put_card(BOOK, "ana.vcf", vcard("Ana Silva", "u-ana"))
    proxy.rules.append(lambda method, path: (500, 0.0) if method == "REPORT" else None)

    with pytest.raises(DavError):
        sync(radicale, account, client_via(proxy, radicale))

    assert names() == [] and Contact.select().count() == 0


def test_a_slow_server_is_waited_for_and_a_timeout_is_resumed(db, radicale, proxy):
    account = setup_account(radicale, via=proxy.url)
    for slug in ("ana", "bob"):
        radicale.phone.put_card(BOOK, f"{slug}.vcf", vcard(f"{slug.title()} Test", slug))
    proxy.rules.append(lambda method, path: (0, 0.2))  # every answer 0.2 s late

    report = sync(radicale, account, client_via(proxy, radicale))
    assert report.downloaded == 2 and names() == ["Ana Test", "Bob Test"]

    radicale.phone.put_card(BOOK, "cara.vcf", vcard("Cara Test", "cara"))
    proxy.rules[:] = [lambda method, path: (0, 1.5) if method == "REPORT" else None]
    with pytest.raises(Unreachable):
        sync(radicale, account, client_via(proxy, radicale, timeout=0.5))
    proxy.rules.clear()
    sync(radicale, account, client_via(proxy, radicale))
    assert names() == ["Ana Test", "Bob Test", "Cara Test"]
