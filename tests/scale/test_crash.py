"""Crash safety: the instance is killed (SIGKILL) during a burst of writes, restarted, the
storage checked with ZODB's fstest, and every write acknowledged before the kill is there."""

import signal
import subprocess
import sys
import threading
import time

import pytest
from servers import api_session

pytestmark = pytest.mark.scale


def test_kill_during_writes_loses_nothing_acknowledged(servers):
    instance, port = servers.instance("instance")
    servers.create_site(instance)
    process = servers.serve(instance, port, "instance")
    base = f"http://localhost:{port}/Plone/++api++"
    acknowledged, stop = [], threading.Event()

    def writer():
        session = api_session()
        n = 0
        while not stop.is_set():
            n += 1
            try:
                response = session.post(
                    f"{base}/safeguarding-reviews",
                    json={"@type": "CaseReview", "id": f"burst-{n}", "title": f"Burst {n}"},
                    timeout=10,
                )
            except Exception:  # noqa: BLE001 - the server is being killed
                return
            if response.status_code == 201:
                acknowledged.append(f"burst-{n}")

    thread = threading.Thread(target=writer)
    thread.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 15 and time.monotonic() < deadline:
        time.sleep(0.1)
    servers.kill(process, signal.SIGKILL)
    stop.set()
    thread.join(timeout=30)
    assert len(acknowledged) >= 15

    data_fs = instance / "var/filestorage/Data.fs"
    check = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "ZODB.scripts.fstest", str(data_fs)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr

    servers.serve(instance, port, "instance-restarted")
    session = api_session()
    listing = session.get(f"{base}/safeguarding-reviews", params={"b_size": 1000}).json()
    present = {item["@id"].rsplit("/", 1)[-1] for item in listing["items"]}
    missing = [review_id for review_id in acknowledged if review_id not in present]
    assert missing == []
