"""Fixtures: a fresh database per test (SQLite file, or a PostgreSQL schema), app, client, login."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from werkzeug.serving import make_server

from tracker import create_app
from tracker.extensions import db as _db

from . import factories
from .smtp import start_server

# Set TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test to run on PostgreSQL.
TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "")
VN = ZoneInfo("Asia/Ho_Chi_Minh")


def on_postgresql() -> bool:
    return TEST_DATABASE_URL.startswith("postgresql")


@pytest.fixture
def database_url(tmp_path) -> Iterator[tuple[str, dict]]:
    """A database nobody else uses: a new SQLite file, or a new PostgreSQL schema."""
    if not on_postgresql():
        yield f"sqlite:///{tmp_path / 'test.db'}", {}
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(TEST_DATABASE_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield TEST_DATABASE_URL, {"connect_args": {"options": f"-csearch_path={schema}"}}
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def make_app(database_url, tmp_path):
    """Build an app on the test database; the schema is made by the caller or `app`."""
    url, engine_options = database_url
    apps = []

    def build(**overrides):
        settings = {
            "TESTING": True,
            "SECRET_KEY": "test",
            "SQLALCHEMY_DATABASE_URI": url,
            "SQLALCHEMY_ENGINE_OPTIONS": engine_options,
            "WTF_CSRF_ENABLED": False,
            "MAIL_SERVER": None,
            "MAIL_SUPPRESS_SEND": False,
            "SCHEDULER_MODE": "off",
            "SERVER_NAME": None,
            # Real hashing, but cheap: the suite creates many accounts.
            "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
        }
        settings.update(overrides)
        application = create_app(**settings)
        application.instance_path = str(tmp_path / "instance")
        apps.append(application)
        return application

    yield build
    for application in apps:
        with application.app_context():
            _db.session.remove()
            _db.engine.dispose()


@pytest.fixture
def app(make_app):
    """An app with a fresh schema and an app context pushed."""
    application = make_app()
    with application.app_context():
        _db.create_all()
        yield application


@pytest.fixture
def db(app):
    return _db


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def login(client):
    """Sign a user in through the real form."""

    def sign_in(user, password: str = factories.PASSWORD):
        response = client.post("/dang-nhap", data={"username": user.username, "password": password})
        assert response.status_code == 302, response.text
        return client

    return sign_in


@pytest.fixture
def frozen_day(time_machine):
    """Move the clock to 09:00 Vietnamese time on a given day."""

    def freeze(day):
        time_machine.move_to(datetime(day.year, day.month, day.day, 9, 0, tzinfo=VN), tick=False)

    return freeze


@pytest.fixture
def smtp_server():
    """A real SMTP server on loopback; yields (controller, inbox)."""
    controller, inbox = start_server()
    yield controller, inbox
    controller.stop()


@pytest.fixture
def smtp_app(make_app, smtp_server):
    """An app whose mail goes to the loopback SMTP server, with a fresh schema and a context."""
    controller, _inbox = smtp_server
    application = make_app(MAIL_SERVER="127.0.0.1", MAIL_PORT=controller.port, PUBLIC_BASE_URL="https://nhiemvu.example.vn")
    with application.app_context():
        _db.create_all()
        yield application


def subprocess_database_url(database_url) -> str:
    """The test database as one URL another process can use (the PostgreSQL schema in `options`)."""
    url, engine_options = database_url
    options = engine_options.get("connect_args", {}).get("options")
    if not options:
        return url
    from urllib.parse import quote

    return f"{url}?options={quote(options)}"


CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
# Chromium's background services try to reach Google; offices (and this CI) have no internet.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture
def browser():
    """Headless Chromium (Debian's), driven by Playwright."""
    if not os.path.exists(CHROMIUM):
        message = "Chromium (/usr/bin/chromium) is missing: run `make test`, which installs it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def live_server(app):
    """The app served on a free loopback port in a thread, for the browser."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)
