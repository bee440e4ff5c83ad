"""The built wheel has the canonical Plone layout and registers the right profile ids."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

EXPECTED = [
    "plone_scrqm/__init__.py",
    "plone_scrqm/configure.zcml",
    "plone_scrqm/meta.zcml",
    "plone_scrqm/permissions.zcml",
    "plone_scrqm/data/quality_markers.json",
    "plone_scrqm/markers/templates/quality_marker.pt",
    "plone_scrqm/markers/templates/marker_catalogue.pt",
    "plone_scrqm/incidents/configure.zcml",
    "plone_scrqm/incidents/templates/incident_viewlet.pt",
    "plone_scrqm/incidents/templates/start_local_review.pt",
    "plone_scrqm/profiles/__init__.py",
    "plone_scrqm/profiles/configure.zcml",
    "plone_scrqm/profiles/default/metadata.xml",
    "plone_scrqm/profiles/default/types/CaseReview.xml",
    "plone_scrqm/profiles/default/types/QualityMarker.xml",
    "plone_scrqm/profiles/default/rolemap.xml",
    "plone_scrqm/profiles/uninstall/types.xml",
    "plone_scrqm/workflows/configure.zcml",
    "plone_scrqm/workflows/workflows.xml",
    "plone_scrqm/workflows/workflows/scrqm_review_workflow/definition.xml",
    "plone_scrqm/workflows/workflows/scrqm_catalogue_workflow/definition.xml",
    "plone_scrqm/workflows/workflows/scrqm_incident_workflow/definition.xml",
    "plone_scrqm/locales/configure.zcml",
    "plone_scrqm/locales/plone_scrqm.pot",
]

PROFILE_CHECK = """
import sys
from zope.configuration import xmlconfig
import Products.GenericSetup
import plone_scrqm
from Products.GenericSetup.registry import _profile_registry
assert plone_scrqm.__file__.startswith(sys.argv[1]), plone_scrqm.__file__
context = xmlconfig.file("meta.zcml", Products.GenericSetup)
xmlconfig.file("meta.zcml", plone_scrqm, context=context)
for sub in ("profiles", "workflows"):
    xmlconfig.file("configure.zcml", __import__("plone_scrqm." + sub, fromlist=["x"]), context=context)
for name in ("default", "uninstall", "workflows"):
    info = _profile_registry.getProfileInfo("plone_scrqm:" + name)
    print(name, info["product"], info["path"])
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    wheels = list(out.glob("plone_scrqm-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_contents(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    missing = [name for name in EXPECTED if name not in names]
    assert missing == []
    # Nothing of the project's top level leaks in as a package of its own.
    assert not [
        n for n in names if n.split("/")[0] in ("profiles", "workflows", "locales", "tests")
    ]
    assert not [n for n in names if n.endswith((".pyc", "Data.fs"))]


def test_wheel_entry_point(wheel):
    with zipfile.ZipFile(wheel) as archive:
        entry_points = next(n for n in archive.namelist() if n.endswith("entry_points.txt"))
        text = archive.read(entry_points).decode()
    assert "[z3c.autoinclude.plugin]" in text
    assert "target = plone" in text


def test_profiles_from_the_wheel_have_our_ids_and_folders(wheel, tmp_path):
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    result = subprocess.run(
        [sys.executable, "-c", PROFILE_CHECK, str(unpacked)],
        env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["default"] == f"plone_scrqm {unpacked}/plone_scrqm/profiles/default"
    assert lines["uninstall"] == f"plone_scrqm {unpacked}/plone_scrqm/profiles/uninstall"
    assert lines["workflows"] == f"plone_scrqm {unpacked}/plone_scrqm/workflows"
    assert (unpacked / "plone_scrqm/profiles/default/metadata.xml").exists()
