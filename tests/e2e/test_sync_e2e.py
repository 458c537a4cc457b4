"""The real Kith under Xvfb beside a real Radicale: a card created on the server is
synced into the window's list when Kith starts (issue #14).

What the list shows is read through the e2e hook of the contact list's model
(``KITH_E2E_LIST_ROWS``, kith.ui.contact_list_model): the real app writes the names
its list model gives the view, after each reload, to a file the test reads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import XSession, output, start_kith, stop
from tests.sync import conftest as _sync
from tests.sync.conftest import vcard

radicale = _sync.radicale
keyring_backend = _sync.keyring_backend


def kith(profile: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kith", "--data-dir", str(profile), *args],
                          capture_output=True, text=True, input=stdin, timeout=60)


def test_the_window_syncs_a_card_created_on_the_server(xsession: XSession, tmp_path: Path,
                                                       radicale) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "profile"
    radicale.phone.make_addressbook("contacts")
    added = kith(profile, "sync", "add", radicale.url, "--user", radicale.user,
                 "--password-stdin", stdin=radicale.password + "\n")
    assert added.returncode == 0, added.stderr
    radicale.phone.put_card("contacts", "ana.vcf", vcard("Ana Silva", "u-ana"))

    rows = tmp_path / "list-rows.txt"

    def shown() -> list[str]:
        return rows.read_text(encoding="utf-8").splitlines() if rows.exists() else []

    proc = start_kith(xsession, profile, env={"KITH_E2E_LIST_ROWS": str(rows)})
    try:
        assert xsession.wait_for(lambda: xsession.window_ids("^Kith"))
        assert xsession.wait_for(lambda: "sync finished: 1 downloaded" in output(proc),
                                 timeout=60), output(proc)
        # In the window's list, not only in the database.
        assert xsession.wait_for(lambda: shown() == ["Ana Silva"], timeout=30), shown()
        listed = kith(profile, "contacts", "--json")
        assert [c["display_name"] for c in json.loads(listed.stdout)] == ["Ana Silva"]
        assert proc.poll() is None
    finally:
        _, err = stop(proc)
    assert "Traceback" not in err, err
    assert radicale.password not in err
