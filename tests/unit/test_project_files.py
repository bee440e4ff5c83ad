"""Project files that are generated from others stay in step."""

import subprocess
import sys
from pathlib import Path

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
