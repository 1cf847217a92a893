"""Sync from the command line, including a process killed in the middle of an import."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from innov_desktop.cli import main
from innov_desktop.services.demo import generate_demo
from innov_desktop.services.setup import open_database
from tests.conftest import dump


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_keys_bundles_and_conflicts_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hq, ke, usb = str(tmp_path / "hq"), str(tmp_path / "ke"), tmp_path / "usb"
    usb.mkdir()
    assert run(capsys, "--data-dir", hq, "init", "--hq", "--center", "CH-HQ", "--country", "CH", "--name", "HQ")[0] == 0
    assert run(capsys, "--data-dir", ke, "init", "--center", "KE-NBO", "--country", "KE", "--name", "Nairobi")[0] == 0
    code, out, _ = run(capsys, "--data-dir", ke, "keys", "show", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["code"] == "KE-NBO" and len(shown["fingerprint"]) == 39
    run(capsys, "--data-dir", ke, "keys", "export", str(tmp_path / "ke.pub"))
    run(capsys, "--data-dir", hq, "keys", "export", str(tmp_path / "hq.pub"))
    code, _, err = run(capsys, "--data-dir", ke, "bundle", "export", str(usb))
    assert code == 1 and "keys trust" in err  # HQ's key first
    code, out, _ = run(capsys, "--data-dir", hq, "keys", "trust", str(tmp_path / "ke.pub"))
    assert code == 0 and shown["fingerprint"] in out
    other = str(tmp_path / "ke-again")  # KE-NBO set up anew: another key under the same code
    run(capsys, "--data-dir", other, "init", "--center", "KE-NBO", "--country", "KE", "--name", "Nairobi")
    run(capsys, "--data-dir", other, "keys", "export", str(tmp_path / "ke-again.pub"))
    code, _, err = run(capsys, "--data-dir", hq, "keys", "trust", str(tmp_path / "ke-again.pub"))
    assert code == 1 and "run keys trust again with --replace" in err and len(err.strip().splitlines()) == 1
    assert run(capsys, "--data-dir", ke, "keys", "trust", str(tmp_path / "hq.pub"))[0] == 0
    code, _, err = run(capsys, "--data-dir", ke, "keys", "trust", str(tmp_path / "ke.pub"))
    assert code == 1 and "own key" in err and str(tmp_path / "ke.pub") in err  # the file, not the center's code

    generate_demo_db = open_database(ke)
    generate_demo(generate_demo_db, 40)
    generate_demo_db.close()
    code, out, _ = run(capsys, "--data-dir", ke, "bundle", "export", str(usb), "--json")
    made = json.loads(out)
    bundle = made["path"]
    assert code == 0 and made["recipient"] == "CH-HQ" and made["number"] == 1
    before_files = sorted(tmp_path.iterdir())
    code, _, err = run(capsys, "--data-dir", ke, "bundle", "export", str(tmp_path / "usb-not-mounted"))
    assert code == 1 and "There is no folder" in err and sorted(tmp_path.iterdir()) == before_files
    code, _, err = run(capsys, "--data-dir", ke, "bundle", "import", bundle)  # its own bundle, by mistake
    assert code == 1 and "made by this installation, for CH-HQ" in err
    before = dump(Path(hq) / "innov-desktop.sqlite")
    code, out, _ = run(capsys, "--data-dir", hq, "bundle", "inspect", bundle, "--json")
    seen = json.loads(out)
    assert code == 0 and seen["added"] == made["records"] and not seen["applied"]
    assert dump(Path(hq) / "innov-desktop.sqlite") == before
    code, out, _ = run(capsys, "--data-dir", hq, "hq", "merge", bundle)
    assert code == 0 and "Applied bundle 1 from KE-NBO" in out
    code, out, _ = run(capsys, "--data-dir", hq, "bundle", "import", bundle)
    assert code == 0 and "imported before; nothing changed" in out
    code, out, _ = run(capsys, "--data-dir", hq, "hq", "export-for", "ke-nbo", str(usb))  # any case
    assert code == 0 and "Bundle 1 for KE-NBO" in out
    code, out, _ = run(capsys, "--data-dir", ke, "bundle", "import", str(usb / "CH-HQ-to-KE-NBO-00001.innovsync"))
    assert code == 0
    code, out, _ = run(capsys, "--data-dir", ke, "conflicts", "list", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, "--data-dir", hq, "info", "--json")
    assert json.loads(out)["people"] == 40 and json.loads(out)["key_fingerprint"]
    code, _, err = run(capsys, "--data-dir", hq, "bundle", "import", str(tmp_path / "hq.pub"))
    assert code == 1 and "not a sync bundle" in err
    code, _, err = run(capsys, "--data-dir", hq, "bundle", "import", str(tmp_path / "nowhere.innovsync"))
    assert code == 1 and "There is no file" in err and "nowhere.innovsync" in err
    code, _, err = run(capsys, "--data-dir", hq, "bundle", "import", str(usb))  # a folder
    assert code == 1 and "is not a file but a folder" in err
    os.mkfifo(tmp_path / "pipe.innovsync")  # read, it would wait for a writer forever
    code, _, err = run(capsys, "--data-dir", hq, "bundle", "inspect", str(tmp_path / "pipe.innovsync"))
    assert code == 1 and "is not a file but a folder or a device" in err
    code, _, err = run(capsys, "--data-dir", hq, "import-xlsx", "people", str(tmp_path / "pipe.innovsync"))
    assert code == 1 and "is not a file but a folder or a device" in err
    code, _, err = run(capsys, "--data-dir", hq, "import-xlsx", "people", str(tmp_path / "nowhere.xlsx"))
    assert code == 1 and "There is no file" in err
    code, _, err = run(capsys, "--data-dir", hq, "conflicts", "resolve", "1", "value")  # no value: nothing cleared
    assert code == 1 and 'Give the new value after "value"' in err


@pytest.mark.slow
def test_a_killed_import_leaves_the_database_as_before(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hq, ke, usb = str(tmp_path / "hq"), str(tmp_path / "ke"), tmp_path / "usb"
    usb.mkdir()
    run(capsys, "--data-dir", hq, "init", "--hq", "--center", "CH-HQ", "--country", "CH", "--name", "HQ")
    run(capsys, "--data-dir", ke, "init", "--center", "KE-NBO", "--country", "KE", "--name", "Nairobi")
    run(capsys, "--data-dir", ke, "keys", "export", str(tmp_path / "ke.pub"))
    run(capsys, "--data-dir", hq, "keys", "export", str(tmp_path / "hq.pub"))
    run(capsys, "--data-dir", hq, "keys", "trust", str(tmp_path / "ke.pub"))
    run(capsys, "--data-dir", ke, "keys", "trust", str(tmp_path / "hq.pub"))
    db = open_database(ke)
    generate_demo(db, 30_000)
    db.close()
    code, out, _ = run(capsys, "--data-dir", ke, "bundle", "export", str(usb / "big.innovsync"), "--json")
    records = json.loads(out)["records"]
    assert code == 0 and records == 30_000 + 750 + 1  # people, their organizations, the center
    database = Path(hq) / "innov-desktop.sqlite"
    before = dump(database)
    backups = Path(hq) / "backups"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "innov_desktop", "--data-dir", hq, "bundle", "import", str(usb / "big.innovsync")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not any(p.name.endswith("pre-import.sqlite") for p in backups.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline, "the import ended before it could be killed"
        time.sleep(0.01)
    time.sleep(0.5)  # well inside the transaction that writes 30 000 records
    assert proc.poll() is None, "the import ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    assert dump(database) == before
    code, out, _ = run(capsys, "--data-dir", hq, "bundle", "import", str(usb / "big.innovsync"))
    assert code == 0 and f"{records:,} records, {records:,} new" in out


def test_hq_merges_many_center_bundles_on_either_engine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], hq_url: str | None
) -> None:
    hq = ["--data-dir", str(tmp_path / "hq"), *(["--database", hq_url] if hq_url else [])]
    assert run(capsys, *hq, "init", "--hq", "--center", "CH-HQ", "--country", "CH", "--name", "HQ")[0] == 0
    run(capsys, *hq, "keys", "export", str(tmp_path / "hq.pub"))
    bundles = []
    for code, country, people in (("KE-NBO", "KE", 30), ("GH-ACC", "GH", 20), ("PE-LIM", "PE", 10)):
        folder = str(tmp_path / code)
        run(capsys, "--data-dir", folder, "init", "--center", code, "--country", country, "--name", code)
        run(capsys, "--data-dir", folder, "keys", "export", str(tmp_path / f"{code}.pub"))
        run(capsys, "--data-dir", folder, "keys", "trust", str(tmp_path / "hq.pub"))
        assert run(capsys, *hq, "keys", "trust", str(tmp_path / f"{code}.pub"))[0] == 0
        db = open_database(folder)
        generate_demo(db, people, organizations=2)
        db.close()
        code_, out, _ = run(capsys, "--data-dir", folder, "bundle", "export", str(tmp_path), "--json")
        bundles.append(json.loads(out)["path"])
    stray = tmp_path / "stray.innovsync"
    stray.write_bytes(b"not a bundle")
    code, out, err = run(capsys, *hq, "hq", "merge", *bundles, str(stray), "--json")
    outcomes = json.loads(out)
    assert code == 1 and "1 of 4 bundle(s) refused" in err
    applied = {Path(o["file"]).name: o["result"]["added"] for o in outcomes if o["result"]}
    assert sorted(applied.values()) == [10 + 2 + 1, 20 + 2 + 1, 30 + 2 + 1]
    assert [o["error"] for o in outcomes if o["error"]] == [
        "stray.innovsync is not a sync bundle of innov-desktop, or it is cut short; nothing was imported."
    ]
    code, out, _ = run(capsys, *hq, "info", "--json")
    assert json.loads(out)["people"] == 60 and json.loads(out)["centers"] == 4
    code, out, _ = run(capsys, *hq, "hq", "export-for", "GH-ACC", str(tmp_path / "for-gh.innovsync"), "--json")
    assert code == 0 and json.loads(out)["recipient"] == "GH-ACC"
    code, out, _ = run(
        capsys, "--data-dir", str(tmp_path / "GH-ACC"), "bundle", "import", str(tmp_path / "for-gh.innovsync"), "--json"
    )
    got = json.loads(out)
    # the directory (other centers and their organizations) and people shared with consent
    assert code == 0 and got["added"] > 0 and got["conflicts"] == 0
