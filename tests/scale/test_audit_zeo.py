"""The audit trail with two Zope instances on one ZEO server and one shared audit database
(SQLite on the machine, as ``make start-zeo`` configures): family records read through both
instances, some at the same moment; the page and the export of either instance show every
read once, each saying which instance served it."""

import csv
import io
import threading
from collections import Counter

import pytest
from servers import AUTH
from servers import api_session

pytestmark = pytest.mark.scale

READS_PER_CLIENT = 30


@pytest.fixture
def cluster(servers):
    zeo = servers.zeo()
    first, port1 = servers.instance("instance-1", zeo=zeo)
    second, port2 = servers.instance("instance-2", zeo=zeo)
    servers.create_site(first)
    servers.serve(first, port1, "instance-1")
    servers.serve(second, port2, "instance-2")
    return [f"http://localhost:{port}/Plone" for port in (port1, port2)]


def _family_records(site):
    found = api_session().get(
        f"{site}/++api++/@search",
        params={"portal_type": "FamilyMember", "metadata_fields": "UID"},
    )
    assert found.status_code == 200
    return [(item["@id"].split("/Plone/", 1)[1], item["UID"]) for item in found.json()["items"]]


def _reader(bases, records, offset, served):
    session = api_session()
    session.headers["Accept"] = "text/html"
    for n in range(READS_PER_CLIENT):
        base = bases[(n + offset) % 2]
        path, uid = records[n % len(records)]
        response = session.get(f"{base}/{path}")
        served.append((uid, base, response.status_code))


def test_every_read_on_either_instance_is_in_the_trail_once(cluster):
    records = _family_records(cluster[0])
    assert len(records) >= 2  # the demo's fictional family of Child A
    served = []
    threads = [
        threading.Thread(target=_reader, args=(cluster, records, offset, served))
        for offset in (0, 1)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert len(served) == 2 * READS_PER_CLIENT
    assert {status for _uid, _base, status in served} == {200}
    expected = Counter(uid for uid, _base, _status in served)
    by_instance = Counter(
        "instance-1" if base == cluster[0] else "instance-2" for _uid, base, _status in served
    )

    page = api_session()
    page.headers["Accept"] = "text/html"
    for site in cluster:  # each instance answers with the whole trail
        export = page.get(f"{site}/@@scr-audit-log.csv", params={"action": "read"}, auth=AUTH)
        assert export.status_code == 200
        rows = [r for r in csv.DictReader(io.StringIO(export.text)) if r["family_uid"]]
        assert Counter(r["family_uid"] for r in rows) == expected
        assert Counter(r["instance"] for r in rows) == by_instance
        assert {r["user"] for r in rows} == {"admin"}
        for _path, uid in records:
            # the reads only: a family member also has its "contact recorded" entries
            html = page.get(
                f"{site}/@@scr-audit-log", params={"family": uid, "action": "read"}, auth=AUTH
            ).text
            assert f"{expected[uid]} entries." in " ".join(html.split())
    print(
        f"audit on ZEO: {len(served)} reads through 2 instances, "
        f"{sum(expected.values())} entries, per instance {dict(by_instance)}"
    )
