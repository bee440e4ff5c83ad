#!/usr/bin/env bash
# Build tests/fixtures/site-VERSION.fs.xz: the ZODB of a site made by an earlier release
# (COMMIT, whose profile version names the file), with that release's demo content (reviews
# with chronology entries, assessments, a published report, and what else its demo made).
# The upgrade test (tests/integration/test_upgrade_from_release.py) opens a copy of each
# fixture and upgrades it. The fixtures kept: 54913cf (profile 1011, before the code moved
# into one package per capability) and 1026284 (profile 1018, the release before the
# chronology containers).
#
#   bash scripts/build_upgrade_fixture.sh [COMMIT]
#
# Run from the project's top level with the project's virtual environment installed
# (make install). The old code is taken from git into a temporary folder and put first on
# PYTHONPATH; its profiles, workflows and locales are linked into the package, as the wheel
# maps them. The site is created at a fixed date (PLONE_SCRQM_TODAY) so the fixture is the
# same every time, then packed and compressed with xz.
set -euo pipefail
COMMIT=${1:-54913cf}
TODAY=${FIXTURE_TODAY:-2026-11-25}
ROOT=$(pwd)
BIN=${BIN:-$ROOT/.venv/bin}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/src"
git -C "$ROOT" archive "$COMMIT" | tar -x -C "$WORK/src"
VERSION=$(sed -n 's:.*<version>\([0-9]*\)</version>.*:\1:p' "$WORK/src/profiles/default/metadata.xml")
for sub in profiles workflows locales; do
    ln -s "$WORK/src/$sub" "$WORK/src/src/plone_scrqm/$sub"
done
"$BIN/python" "$ROOT/scripts/make_instance.py" --instance "$WORK/instance" --host 127.0.0.1 --port 0
cd "$WORK"  # not the project's folder: nothing there shadows the old package
export PYTHONPATH="$WORK/src/src" PLONE_SCRQM_TODAY="$TODAY"
"$BIN/zconsole" run "$WORK/instance/etc/zope.conf" "$WORK/src/scripts/create_demo_site.py"
cat > "$WORK/pack.py" <<'PY'
import sys
import time

import plone_scrqm
import transaction

assert plone_scrqm.__file__.startswith(sys.argv[-1]), plone_scrqm.__file__
site = app.Plone  # noqa: F821 - provided by zconsole
setup = site.portal_setup
print("profile", setup.getLastVersionForProfile("plone_scrqm:default"))
transaction.commit()
app._p_jar.db().pack(time.time() + 1)
PY
"$BIN/zconsole" run "$WORK/instance/etc/zope.conf" "$WORK/pack.py" "$WORK/src/src"
if [ -n "$(ls -A "$WORK/instance/var/blobstorage" 2>/dev/null | grep -v tmp || true)" ]; then
    echo "note: the site has blobs; the fixture holds Data.fs only" >&2
fi
xz -9e -c "$WORK/instance/var/filestorage/Data.fs" > "$ROOT/tests/fixtures/site-$VERSION.fs.xz"
ls -l "$ROOT/tests/fixtures/site-$VERSION.fs.xz"
