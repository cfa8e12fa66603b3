"""Shared fixtures: personas, a CSRF-enforcing client, a real Celery worker, and Chromium.

Personas: `newsroom` with its `admin_user` (a newsroom admin, not a Django superuser: this
replaces pytest-django's fixture of that name), `editor` and `viewer`, and an `outsider`
who belongs to another newsroom. `*_client` fixtures are those users logged in on a client
that enforces CSRF like a browser does.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.test import Client
from django.test.utils import override_settings

from newsroom.celery import app as celery_app
from newsroom.desk.models import Role
from tests.factories import MembershipFactory, NewsroomFactory, UserFactory

# Playwright's sync API keeps an event loop running in the test thread; Django would then
# refuse synchronous ORM calls in live_server tests and fixtures.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

# One queue per test session: a worker started by another session (or a stale message
# left in Redis) never takes this session's jobs.
TEST_QUEUE = f"iqtibas-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="session", autouse=True)
def _test_settings():
    """Settings for the whole session: plain static storage (no collectstatic needed), fast
    password hashing, this session's own Celery queue, and a cache in this process's memory
    (emptied before each test: a Redis cache would outlive the test database's ids)."""
    from django.conf import settings

    celery_app.conf.task_default_queue = TEST_QUEUE
    overrides = override_settings(
        STORAGES={**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}},
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        CELERY_TASK_DEFAULT_QUEUE=TEST_QUEUE,
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
    )
    overrides.enable()
    yield
    overrides.disable()
    _redis_delete(TEST_QUEUE, with_bindings=True)


@pytest.fixture(autouse=True)
def _empty_cache():
    from django.core.cache import cache

    cache.clear()


def _redis_delete(queue, *, with_bindings=False):
    """Drop a queue's messages (and, at the end, kombu's binding keys for it) from Redis."""
    from django.conf import settings

    if settings.EMBEDDED_TASKS:
        return
    import redis

    try:
        client = redis.Redis.from_url(settings.REDIS_URL)
        client.delete(queue)
        if with_bindings:
            for key in client.scan_iter(match=f"*{queue}*"):
                client.delete(key)
        client.close()
    except redis.RedisError:
        pass


# Personas ------------------------------------------------------------------------------

@pytest.fixture
def newsroom(db):
    return NewsroomFactory(name="صحيفة الاختبار")


def _member(newsroom, username, role):
    return MembershipFactory(user=UserFactory(username=username), newsroom=newsroom, role=role).user


@pytest.fixture
def admin_user(newsroom):
    return _member(newsroom, "admin", Role.ADMIN)


@pytest.fixture
def editor(newsroom):
    return _member(newsroom, "editor", Role.EDITOR)


@pytest.fixture
def viewer(newsroom):
    return _member(newsroom, "viewer", Role.VIEWER)


@pytest.fixture
def other_newsroom(db):
    return NewsroomFactory(name="صحيفة أخرى")


@pytest.fixture
def outsider(other_newsroom):
    """An editor of another newsroom: must see nothing of `newsroom`."""
    return _member(other_newsroom, "outsider", Role.EDITOR)


@pytest.fixture
def csrf_client():
    """A client that checks CSRF tokens as the real site does (Django's default client skips it)."""
    return Client(enforce_csrf_checks=True)


def _logged_in(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(editor):
    return _logged_in(editor)


@pytest.fixture
def viewer_client(viewer):
    return _logged_in(viewer)


@pytest.fixture
def admin_member_client(admin_user):
    return _logged_in(admin_user)


@pytest.fixture
def outsider_client(outsider):
    return _logged_in(outsider)


# A real Celery worker ------------------------------------------------------------------

def _database_url(settings_dict):
    from urllib.parse import quote

    user = quote(settings_dict.get("USER") or "", safe="")
    password = quote(settings_dict.get("PASSWORD") or "", safe="")
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{credentials}{host}:{port}/{settings_dict['NAME']}"


def _wait_for_database_idle(name, timeout=10.0):
    """Wait until no other session uses the test database, so pytest-django can drop it."""
    from django.db import connection

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", [name]
            )
            if cursor.fetchone()[0] == 0:
                return
        time.sleep(0.1)


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker, tmp_path_factory):
    """A real `celery worker` subprocess on this session's queue, against the test database.

    Tests using it need @pytest.mark.django_db(transaction=True): the worker is another
    process and sees only committed rows. Yields the worker's node name; its log is printed
    if it fails to start.
    """
    from django.conf import settings
    from django.db import connection

    if settings.EMBEDDED_TASKS or connection.vendor != "postgresql":
        message = "a real worker needs DATABASE_URL (PostgreSQL) and REDIS_URL; bin/test sets both"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)

    _redis_delete(TEST_QUEUE)  # jobs queued by earlier tests refer to rows long flushed
    node = f"test-{uuid.uuid4().hex[:8]}@%h"
    log = tmp_path_factory.mktemp("celery") / "worker.log"
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(connection.settings_dict),
        "DB_CONN_MAX_AGE": "0",
        "REDIS_URL": settings.REDIS_URL,
        "CELERY_QUEUE": TEST_QUEUE,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "SECRET_KEY": settings.SECRET_KEY,
        "PYTHONUNBUFFERED": "1",
    }
    celery = shutil.which("celery", path=str(Path(sys.executable).parent)) or "celery"
    command = [
        celery, "-A", "newsroom", "worker", "--pool=solo", "-Q", TEST_QUEUE, "-n", node,
        "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "info", "--logfile", str(log),
    ]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    hostname = node.replace("%h", socket.gethostname())
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the Celery worker exited with {process.returncode}")
            if celery_app.control.ping(destination=[hostname], timeout=0.5):
                break
            if time.monotonic() > deadline:
                raise RuntimeError("the Celery worker did not answer a ping within 60 s")
        yield hostname
    except RuntimeError as exc:
        pytest.fail(f"{exc}\n--- worker log ---\n{log.read_text(errors='replace') if log.exists() else '(none)'}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        with django_db_blocker.unblock():
            _wait_for_database_idle(connection.settings_dict["NAME"])


# Chromium (pytest-playwright) ----------------------------------------------------------

@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium; Playwright cannot download its own browser here."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "ar"}
