"""Real-browser tests: a real Zope instance with the demo site, served on a free port, and
Debian's chromium driven by Playwright.

The instance is written with ``scripts/make_instance.py`` into a temporary folder, the demo
site is created with ``scripts/create_demo_site.py`` through ``zconsole`` and ``runwsgi``
serves it, as ``make start`` does. One instance serves the whole session; each test gets a
fresh browser context (no cookies shared between people).

Screenshots of each journey's key page go to ``test-artifacts/browser/`` (not committed).
Without chromium or Playwright the tests are skipped, with the reason.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CHROMIUM = os.environ.get("SCRQM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts" / "browser"
ADMIN = ("admin", "admin")
DEMO_PASSWORD = "safeguarding-demo"


def _why_skip():
    if not Path(CHROMIUM).exists():
        return (
            f"no chromium at {CHROMIUM}: install Debian's chromium (as root, `make test` "
            "does it: apt-get install chromium) to run the browser tests"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed: pip install -e '.[test]'"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _why_skip()
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.browser)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


def _wait_for(url, process, log, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the instance stopped at start-up:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"the instance did not answer {url} in {timeout} s")


@pytest.fixture(scope="session")
def plone_site(tmp_path_factory):
    """The demo site served by a real instance: its URL, ``http://localhost:PORT/Plone``."""
    folder = tmp_path_factory.mktemp("browser-instance")
    instance = folder / "instance"
    port = _free_port()
    env = {**os.environ, "zope_i18n_compile_mo_files": "true"}
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts/make_instance.py"),
            "--instance",
            str(instance),
            "--host",
            "localhost",
            "--port",
            str(port),
        ],
        check=True,
        capture_output=True,
        cwd=folder,
        env=env,
    )
    subprocess.run(
        [
            str(BIN / "zconsole"),
            "run",
            str(instance / "etc/zope.conf"),
            str(ROOT / "scripts/create_demo_site.py"),
        ],
        check=True,
        capture_output=True,
        cwd=folder,
        env=env,
    )
    log = folder / "runwsgi.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [str(BIN / "runwsgi"), str(instance / "etc/zope.ini")],
            stdout=output,
            stderr=subprocess.STDOUT,
            cwd=folder,
            env=env,
            start_new_session=True,
        )
    url = f"http://localhost:{port}/Plone"
    try:
        _wait_for(url, server, log)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, plone_site):
    """``new_page(user=None, width=1280)``: a page in a fresh browser context, signed in as
    ``user`` (a demo account, or ``(user, password)``) or anonymous."""
    contexts = []

    def make(user=None, width=1280, height=900):
        context = browser.new_context(
            viewport={"width": width, "height": height}, locale="en-GB", timezone_id="Europe/London"
        )
        context.set_default_timeout(20_000)
        contexts.append(context)
        page = context.new_page()
        if user is not None:
            login(page, plone_site, *((user, DEMO_PASSWORD) if isinstance(user, str) else user))
        return page

    yield make
    for context in contexts:
        context.close()


def login(page, site, user, password):
    page.goto(f"{site}/login")
    page.fill("#__ac_name", user)
    page.fill("#__ac_password", password)
    page.click("#buttons-login")
    page.wait_for_load_state()
    assert page.locator("#__ac_name").count() == 0, f"{user} could not log in"


@pytest.fixture(scope="session")
def screenshot():
    """``screenshot(page, name)``: a full-page screenshot in ``test-artifacts/browser/``."""
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    return take


@pytest.fixture(scope="session")
def admin_api(plone_site):
    """A ``requests`` session with the administrator's basic auth, for the clock and setup."""
    import requests

    session = requests.Session()
    session.auth = ADMIN
    session.headers["Accept"] = "application/json"
    return session
