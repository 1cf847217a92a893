"""The command line end to end, in a temporary data folder: real processes for the documented
walk-through, in-process calls for the error paths."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from innov_desktop.cli import main


def run(*args: str, env_home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    if env_home is not None:
        env["INNOV_DESKTOP_HOME"] = str(env_home)
    return subprocess.run(
        [sys.executable, "-m", "innov_desktop", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_documented_walkthrough(tmp_path: Path) -> None:
    d = str(tmp_path / "d")
    r = run("--data-dir", d, "init", "--center", "KE-NBO", "--country", "KE", "--name", "Nairobi Center")
    assert r.returncode == 0, r.stderr
    assert run("--data-dir", d, "demo", "--people", "1000").returncode == 0
    r = run("--data-dir", d, "info", "--json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["people"] == 1000
    assert report["schema_revision"] == report["schema_head"]
    assert report["center"]["data"]["code"] == "KE-NBO"

    r = run("--data-dir", d, "find", "people", "jose", "--json", "--limit", "500")
    names = {f"{p['data']['given_name']} {p['data']['family_name']}" for p in json.loads(r.stdout)}
    assert {"José Ramírez", "JOSE RAMIREZ"} <= names
    r = run("--data-dir", d, "find", "people", "الزهراء", "--json")
    found = json.loads(r.stdout)
    assert found and all("الزهراء" in p["data"]["family_name"] for p in found)

    r = run("--data-dir", d, "backup", "--json")
    backup = json.loads(r.stdout)["path"]
    assert Path(backup).is_file()
    assert run("--data-dir", d, "check").returncode == 0
    assert run("--data-dir", d, "demo", "--people", "10").returncode == 0
    r = run("--data-dir", d, "restore", backup)
    assert r.returncode == 0 and "Restored" in r.stdout
    assert json.loads(run("--data-dir", d, "info", "--json").stdout)["people"] == 1000


def test_environment_variable_chooses_the_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run("demo", "--people", "5", env_home=home).returncode == 0
    assert (home / "innov-desktop.sqlite").is_file()
    assert {"backups", "keys", "logs"} <= {p.name for p in home.iterdir()}


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["init", "--center", "nairobi", "--country", "KE", "--name", "X"], "center code"),
        (["init", "--center", "KE-NBO", "--country", "Atlantis", "--name", "X"], "Unknown country"),
        (["restore", "/nonexistent/backup.sqlite"], "does not exist"),
        (["demo", "--people", "0"], "between 1 and 2,000,000"),
        (["demo", "--people", "abc"], "whole number"),
        (["find", "people", "x", "--limit", "99999999999999999999"], "between 1 and 10,000"),
        (["info"], "There is no database"),
        (["find", "people"], "required"),
        (["no-such-command"], "invalid choice"),
    ],
)
def test_failures_are_one_line_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    try:
        code = main(["--data-dir", str(tmp_path / "d"), *argv])
    except SystemExit as exit_:  # argparse refuses bad arguments before any command runs
        code = exit_.code  # type: ignore[assignment]
    assert code not in (0, None)
    err = capsys.readouterr().err
    assert needle in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_init_twice_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--data-dir", str(tmp_path / "d"), "init", "--center", "KE-NBO", "--country", "KE", "--name", "N"]
    assert main(args) == 0
    assert main(args) == 1
    assert "already belongs to center KE-NBO" in capsys.readouterr().err


def test_newer_database_refused_by_every_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    d = tmp_path / "d"
    assert main(["--data-dir", str(d), "demo", "--people", "3"]) == 0
    conn = sqlite3.connect(d / "innov-desktop.sqlite")
    conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.commit()
    conn.close()
    for cmd in (["info"], ["find", "people", "a"], ["backup"], ["check"]):
        assert main(["--data-dir", str(d), *cmd]) == 1
        err = capsys.readouterr().err
        assert "newer version" in err and len(err.strip().splitlines()) == 1


def test_a_bug_writes_a_crash_log_and_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import innov_desktop.services.setup as setup

    def broken(_db: object) -> None:
        raise RuntimeError("a bug in info")

    d = tmp_path / "d"
    assert main(["--data-dir", str(d), "demo", "--people", "3"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(setup, "info", broken)
    assert main(["--data-dir", str(d), "info"]) == 70
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    (log,) = (d / "logs").glob("crash-*.log")
    assert str(log) in err
    assert "RuntimeError: a bug in info" in log.read_text(encoding="utf-8")


def test_interrupted_demo_on_a_fresh_folder_leaves_nothing(tmp_path: Path) -> None:
    from innov_desktop.domain.errors import Cancelled
    from innov_desktop.services.demo import generate_demo
    from innov_desktop.services.setup import info, open_database

    db = open_database(tmp_path / "fresh")
    try:
        with pytest.raises(Cancelled):
            generate_demo(db, 12_000, cancel=lambda: True)
        summary = info(db)
        assert summary.center is None and summary.people == 0 and summary.organizations == 0
    finally:
        db.close()
