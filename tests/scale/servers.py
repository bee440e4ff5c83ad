"""Real servers for the scale and crash tests: a ZEO server, Zope instances (runwsgi) and
the site created with zconsole, in a temporary folder, on free ports."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "scripts"))
from make_instance import write_instance  # noqa: E402
from make_instance import write_zeo_server  # noqa: E402

AUTH = ("admin", "admin")
ENV = {**os.environ, "ADMIN_PASSWORD": "admin", "DEMO_PASSWORD": "safeguarding-demo"}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            sock.settimeout(0.2)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listens on port {port}")


def wait_for_site(url, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=5).status_code < 500:
                return
        except requests.RequestException:  # not listening yet, or too busy starting
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} does not answer")


class Servers:
    def __init__(self, folder):
        self.folder = Path(folder)
        self.processes = []

    def start(self, *command, log_name):
        log = open(self.folder / f"{log_name}.log", "ab")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(  # noqa: S603 - our own commands
            [str(c) for c in command],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env=ENV,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def zeo(self):
        port = free_port()
        home = write_zeo_server(self.folder / "zeo", f"127.0.0.1:{port}")
        self.start(BIN / "runzeo", "-C", home / "etc/zeo.conf", log_name="zeo")
        wait_for_port(port)
        return f"127.0.0.1:{port}", home

    def instance(self, name, zeo=None):
        port = free_port()
        instance = write_instance(self.folder / name, "127.0.0.1", port, zeo=zeo)
        return instance, port

    def create_site(self, instance):
        subprocess.run(  # noqa: S603
            [
                str(BIN / "zconsole"),
                "run",
                str(instance / "etc/zope.conf"),
                "scripts/create_demo_site.py",
            ],
            cwd=ROOT,
            env=ENV,
            check=True,
            capture_output=True,
        )

    def serve(self, instance, port, name):
        process = self.start(BIN / "runwsgi", instance / "etc/zope.ini", log_name=name)
        wait_for_site(f"http://localhost:{port}/Plone")
        return process

    def kill(self, process, sig=signal.SIGTERM):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        process.wait(timeout=30)

    def stop_all(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                self.kill(process)


def api_session():
    session = requests.Session()
    session.auth = AUTH
    session.headers.update({"Accept": "application/json", "Content-Type": "application/json"})
    return session
