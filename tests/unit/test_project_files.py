"""Project files that are generated from others stay in step."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_buildout_versions_match_constraints():
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "constraints_to_versions.py"),
            "--check",
            str(ROOT / "constraints.txt"),
            str(ROOT / "versions.cfg"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_constraints_pin_the_plone_release():
    pins = dict(
        line.split("==", 1)
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    )
    assert pins["Products.CMFPlone"].startswith("6.2.")
    assert int(pins["plone.app.layout"].split(".")[0]) < 7  # 7.0 alphas break Plone 6.2


def _make_dry_run(target, tmp_path, *args, env=None):
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    environment = {k: v for k, v in os.environ.items() if k not in ("PORT", "SITE_URL", "HOST")}
    environment.update(env or {})
    return subprocess.run(
        ["make", "-n", target, f"INSTANCE={tmp_path}", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_cron_targets_call_the_instances_port_or_the_site_url_given(tmp_path):
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc/zope.ini").write_text("[server:main]\nlisten = 127.0.0.1:18101\n")
    for target in ("publish-due", "send-notices", "refresh-clocks", "audit-cleanup"):
        assert "http://localhost:18101/Plone/@@scr-" in _make_dry_run(target, tmp_path), target
    assert "localhost:9000/Plone" in _make_dry_run("publish-due", tmp_path, "PORT=9000")
    given = _make_dry_run("publish-due", tmp_path, env={"SITE_URL": "https://reviews.example"})
    assert '"https://reviews.example/@@scr-publication-clock"' in given


def test_the_demo_listens_on_this_machine_unless_host_says_otherwise(tmp_path):
    assert "--host 127.0.0.1" in _make_dry_run("instance", tmp_path)
    assert "--host 0.0.0.0" in _make_dry_run("instance", tmp_path, "HOST=0.0.0.0")
