"""Several Zope instances sharing one ZEO server, the platform's own way to grow: two
clients make interleaved edits through both instances, to different reviews and to the same
review. Nothing is lost, conflicts are retried by Zope (or reported clearly, never as a
500), and each instance sees the other's changes."""

import threading
import time

import pytest
from servers import api_session

pytestmark = pytest.mark.scale

EDITS = 40


@pytest.fixture
def cluster(servers):
    zeo = servers.zeo()
    first, port1 = servers.instance("instance-1", zeo=zeo)
    second, port2 = servers.instance("instance-2", zeo=zeo)
    servers.create_site(first)  # through ZEO, while the server runs
    servers.serve(first, port1, "instance-1")
    servers.serve(second, port2, "instance-2")
    return [f"http://localhost:{port}/Plone/++api++" for port in (port1, port2)]


def _editor(name, bases, jobs, results):
    session = api_session()
    for n in range(EDITS):
        review, field = jobs[n % len(jobs)]
        base = bases[n % 2]  # alternate between the two instances
        value = f"{name}-{n}"
        response = session.patch(f"{base}/safeguarding-reviews/{review}", json={field: value})
        results.append((review, field, value, response.status_code, time.monotonic()))


def test_two_clients_two_instances_nothing_lost(cluster):
    results_a, results_b = [], []
    # A and B both edit child-a (different fields) and each their own review.
    jobs_a = [("child-a", "referring_agency"), ("child-b", "referring_agency")]
    jobs_b = [("child-a", "admin_support"), ("child-c", "referring_agency")]
    threads = [
        threading.Thread(target=_editor, args=("A", cluster, jobs_a, results_a)),
        threading.Thread(target=_editor, args=("B", cluster[::-1], jobs_b, results_b)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    statuses = [r[3] for r in results_a + results_b]
    assert len(statuses) == 2 * EDITS
    assert 500 not in statuses
    assert set(statuses) <= {204, 409}, statuses
    assert statuses.count(204) >= 2 * EDITS - 2  # Zope retries conflicts itself
    session = api_session()
    for results in (results_a, results_b):
        last = {}
        for review, field, value, status, _when in results:
            if status == 204:
                last[(review, field)] = value
        for (review, field), value in last.items():
            for base in cluster:  # each instance sees the other's writes
                assert session.get(f"{base}/safeguarding-reviews/{review}").json()[field] == value


def test_each_instance_sees_the_others_change_at_once(cluster):
    session = api_session()
    first, second = cluster
    response = session.patch(
        f"{first}/safeguarding-reviews/child-b", json={"referring_agency": "Seen everywhere"}
    )
    assert response.status_code == 204
    assert session.get(f"{second}/safeguarding-reviews/child-b").json()["referring_agency"] == (
        "Seen everywhere"
    )
