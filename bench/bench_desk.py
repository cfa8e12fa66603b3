"""Load benchmark of the review desk: 100,000 quotes in PostgreSQL, 20 editors at once.

Run by hand, never from the test suite:

    .venv/bin/python bench/bench_desk.py                 # seed (first time), serve, measure
    .venv/bin/python bench/bench_desk.py --fresh         # drop and re-seed the bench database
    .venv/bin/python bench/bench_desk.py --think 1.0     # editors pause 1 s between actions

It creates (or reuses) its own database, `iqtibas_bench` on PostgreSQL 127.0.0.1:5432 (set
BENCH_DATABASE_URL to change it; the name must contain "bench": it is dropped with --fresh),
seeds one newsroom with 20 editors, 5,000 articles and 100,000 quotes, starts gunicorn on
127.0.0.1 with several workers (DEBUG off and the cache in Redis, BENCH_REDIS_URL, as in
production), and drives it with a small
load generator in threads (stdlib only). Each editor logs in like a browser (CSRF cookie,
login form), then loops: GET the review queue /review/, take one quote from it, POST its
accept action with the CSRF token and version as htmx does. The run is bounded in time
(--duration) and in requests (--max-requests), and only ever targets 127.0.0.1.

Targets (docs/performance.md): queue page p95 <= 150 ms, accept action p95 <= 100 ms.
"""

import argparse
import http.client
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"  # loopback only: this tool never loads another machine
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/iqtibas_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/12"
PASSWORD = "bench-password-not-secret"
EDITORS = 20
QUOTES = 100_000
QUOTES_PER_ARTICLE = 20
SPEAKERS = 2_000


# Database ------------------------------------------------------------------------------

def database_name(url):
    return urllib.parse.urlparse(url).path.lstrip("/")


def admin_connection(url):
    import psycopg

    parts = urllib.parse.urlparse(url)
    return psycopg.connect(host=parts.hostname or HOST, port=parts.port or 5432, user=parts.username or "postgres",
                           password=parts.password, dbname="postgres", autocommit=True)


def database_exists(url):
    with admin_connection(url) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database_name(url)]).fetchone() is not None


def database_recreate(url):
    name = database_name(url)
    if "bench" not in name:
        sys.exit(f"refusing to drop {name!r}: the bench database's name must contain 'bench'")
    with admin_connection(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def django_setup(env):
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


SENTENCES = [
    "قال وزير النقل إن «الطريق الجديد سيفتح أمام السيارات في الشهر المقبل» بعد تأخير طويل. ",
    "وأضاف المتحدث باسم الوزارة أن التمويل متوفر وأن العمل يسير وفق الخطة المرسومة. ",
    "ونقلت الصحيفة عن مصدر مطلع قوله إن المفاوضات ستستأنف الأسبوع القادم في العاصمة. ",
    "وأكدت رئيسة البلدية أن «المدينة لن تتحمل أعباء إضافية» دون دعم من الحكومة. ",
    "من جهته، أوضح الخبير الاقتصادي أن الأسعار سترتفع إذا استمر الوضع على حاله. ",
]


def seed(*, quotes=QUOTES, editors=EDITORS):
    """One newsroom, `editors` editors, `quotes` quotes over quotes/20 articles: bulk inserts."""
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone

    from newsroom.desk import models, services
    from newsroom.desk.text import fold

    rng = random.Random(20261129)
    started = time.monotonic()
    now = timezone.now()
    with transaction.atomic():
        newsroom = models.Newsroom.objects.create(name="Bench newsroom")
        password = make_password(PASSWORD)
        users = get_user_model().objects.bulk_create(
            [get_user_model()(username=f"editor{n:02d}", password=password) for n in range(editors)]
        )
        models.Membership.objects.bulk_create(
            [models.Membership(user=u, newsroom=newsroom, role=models.Role.EDITOR) for u in users]
        )
        kinds = [models.SpeakerKind.PERSON] * 8 + [models.SpeakerKind.ORGANISATION, models.SpeakerKind.ANONYMOUS]
        speakers = models.Speaker.objects.bulk_create([
            models.Speaker(newsroom=newsroom, name=f"متحدث تجريبي {n}", name_key=fold(f"متحدث تجريبي {n}"),
                           role="وزير" if n % 5 == 0 else "", kind=kinds[n % len(kinds)], verified=n % 3 == 0)
            for n in range(SPEAKERS)
        ], batch_size=2000)
        models.SpeakerAlias.objects.bulk_create([
            models.SpeakerAlias(speaker=s, alias=f"السيد {s.name}", alias_key=fold(f"السيد {s.name}")) for s in speakers
        ], batch_size=2000)
        article_count = quotes // QUOTES_PER_ARTICLE
        articles = []
        for n in range(article_count):
            body = "".join(rng.choice(SENTENCES) for _ in range(QUOTES_PER_ARTICLE))
            text = f"خبر تجريبي رقم {n}\n{body}"
            articles.append(models.Article(
                newsroom=newsroom, title=f"خبر تجريبي رقم {n}", outlet="وكالة الاختبار", text=text,
                content_hash=services.article_hash(text), uploaded_at=now - timedelta(minutes=15 * n),
                extraction_status=models.ExtractionStatus.DONE, extracted_at=now, uploaded_by=users[n % editors],
            ))
        articles = models.Article.objects.bulk_create(articles, batch_size=1000)
        statuses = ([models.ReviewStatus.MACHINE] * 14 + [models.ReviewStatus.VERIFIED] * 4
                    + [models.ReviewStatus.EDITED, models.ReviewStatus.REJECTED])
        batch = []
        for article in articles:
            offset = article.text.index("\n") + 1
            for i in range(QUOTES_PER_ARTICLE):
                length = 60
                status = rng.choice(statuses)
                batch.append(models.Quote(
                    article=article, newsroom=newsroom, start=offset, end=offset + length, content=article.text[offset:offset + length],
                    type=rng.choice(models.QuoteType.values), cue="قال", cue_start=offset, cue_end=offset + 3,
                    speaker=speakers[rng.randrange(SPEAKERS)], speaker_mention="الوزير",
                    confidence=round(rng.random(), 3), flags=["low_confidence"] if rng.random() < 0.1 else [],
                    status=status, reviewed_by=users[0] if status != models.ReviewStatus.MACHINE else None,
                    reviewed_at=now if status != models.ReviewStatus.MACHINE else None,
                ))
                offset += 85
            if len(batch) >= 10_000:
                models.Quote.objects.bulk_create(batch, batch_size=5000)
                batch = []
        models.Quote.objects.bulk_create(batch, batch_size=5000)
    print(f"seeded {models.Quote.objects.count():,} quotes in {models.Article.objects.count():,} articles, "
          f"{SPEAKERS:,} speakers, {editors} editors in {time.monotonic() - started:.1f} s", flush=True)


def cache_forget(redis_url):
    """Drop cached counts of an earlier run: a re-seeded database reuses the newsroom's id."""
    import redis

    client = redis.Redis.from_url(redis_url)
    stale = list(client.scan_iter(match="*desk:quote-count:*"))
    if stale:
        client.delete(*stale)
    client.close()


# Server --------------------------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def gunicorn_start(env, port, workers, threads):
    gunicorn = str(Path(PYTHON).parent / "gunicorn")
    command = [gunicorn, "newsroom.wsgi", "--bind", f"{HOST}:{port}", "--workers", str(workers),
               "--worker-class", "gthread" if threads > 1 else "sync", "--threads", str(threads),
               "--access-logfile", "-" if os.environ.get("BENCH_ACCESS_LOG") else "/dev/null",
               "--error-logfile", "-", "--log-level", "warning", "--timeout", "60",
               # gthread closes idle keep-alive connections after 2 s by default, shorter than an
               # editor's pause; a proxy in front would keep them open (nginx: 75 s).
               "--keep-alive", "75"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    sys.exit("gunicorn did not start")


def gunicorn_stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


# Load ----------------------------------------------------------------------------------

ACCEPT_FORM = re.compile(r'action="/quotes/(\d+)/accept/"[^>]*>.*?name="version" value="(\d+)"', re.S)


class Editor:
    """One editor's browser: a cookie jar over a keep-alive connection, GET queue then POST accept."""

    def __init__(self, index, port, think):
        self.index, self.port, self.think = index, port, think
        self.cookies = {}
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            body = urllib.parse.urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.perf_counter()
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            data = response.read()
        except (http.client.HTTPException, OSError):
            self.conn.close()
            self.conn = None
            raise
        elapsed = time.perf_counter() - started
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        if response.getheader("Connection", "").lower() == "close":
            self.conn.close()
            self.conn = None
        return response.status, data.decode("utf-8", "replace"), elapsed

    def login(self):
        """Log in once, before any measuring: password hashing is deliberately slow."""
        self.request("GET", "/login/")
        status, _body, _t = self.request(
            "POST", "/login/", {"username": f"editor{self.index:02d}", "password": PASSWORD, "next": "/review/",
                                "csrfmiddlewaretoken": self.cookies["csrftoken"]},
            {"Referer": f"http://{HOST}:{self.port}/login/"},
        )
        if status != 302:
            raise RuntimeError(f"editor{self.index:02d} could not log in ({status})")

    def work(self, stop_at, budget, results):
        if self.think:
            # Editors who pause do not all start at the same instant: without this stagger every
            # phase opens with 20 simultaneous queue loads, and that one burst is the p95.
            time.sleep(random.uniform(0, self.think))
        while time.monotonic() < stop_at and budget.take():
            try:
                status, body, elapsed = self.request("GET", "/review/")
                results.add("queue", status, elapsed)
                forms = ACCEPT_FORM.findall(body)
                if status != 200 or not forms:
                    continue
                # Editors work down the same queue: each takes a different card, as people do.
                quote_id, version = forms[(self.index * 3) % len(forms)]
                status, _body, elapsed = self.request(
                    "POST", f"/quotes/{quote_id}/accept/", {"version": version, "page": "queue", "next": "/review/"},
                    {"X-CSRFToken": self.cookies["csrftoken"], "HX-Request": "true",
                     "Referer": f"http://{HOST}:{self.port}/review/"},
                )
                results.add("accept", status, elapsed)
            except Exception as exc:  # counted and reported; one failure must not stop the run
                results.error(str(exc))
            if self.think:
                time.sleep(random.uniform(0.5, 1.5) * self.think)


def in_threads(function, items, timeout):
    threads = [threading.Thread(target=function, args=(item,), daemon=True) for item in items]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=timeout)


class Budget:
    def __init__(self, total):
        self.left, self.lock = total, threading.Lock()

    def take(self):
        with self.lock:
            if self.left <= 0:
                return False
            self.left -= 1
            return True


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.times = {"queue": [], "accept": []}
        self.statuses = {"queue": {}, "accept": {}}
        self.errors = []

    def add(self, kind, status, elapsed):
        with self.lock:
            self.times[kind].append(elapsed * 1000)
            self.statuses[kind][status] = self.statuses[kind].get(status, 0) + 1

    def error(self, message):
        with self.lock:
            self.errors.append(message)


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def report(results, seconds, label):
    print(f"\n== {label} ==")
    for kind, target in (("queue", 150), ("accept", 100)):
        times = results.times[kind]
        if not times:
            print(f"{kind:>7}: no requests")
            continue
        p95 = percentile(times, 95)
        print(f"{kind:>7}: n={len(times):5d}  {len(times) / seconds:6.1f}/s  p50={percentile(times, 50):6.1f} ms  "
              f"p95={p95:6.1f} ms  p99={percentile(times, 99):6.1f} ms  max={max(times):6.1f} ms  "
              f"mean={statistics.fmean(times):6.1f} ms  statuses={results.statuses[kind]}  "
              f"target p95<={target} ms: {'OK' if p95 <= target else 'MISSED'}")
    if results.errors:
        print(f"errors: {len(results.errors)} (first: {results.errors[0]})")


def load(editors, *, duration, max_requests, label):
    results = Results()
    stop_at = time.monotonic() + duration
    budget = Budget(max_requests)
    started = time.monotonic()
    in_threads(lambda editor: editor.work(stop_at, budget, results), editors, timeout=duration + 60)
    report(results, time.monotonic() - started, label)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fresh", action="store_true", help="drop and re-seed the bench database")
    parser.add_argument("--quotes", type=int, default=QUOTES)
    parser.add_argument("--editors", type=int, default=EDITORS)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker (gthread if > 1)")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of measured load")
    parser.add_argument("--warmup", type=float, default=5.0, help="seconds of load before measuring")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean pause in seconds between an editor's actions (0: as fast as possible)")
    parser.add_argument("--max-requests", type=int, default=200_000, help="upper bound on queue loads per run")
    args = parser.parse_args()

    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    if urllib.parse.urlparse(url).hostname not in ("127.0.0.1", "localhost"):
        sys.exit("the bench database must be on this machine")
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DB_CONN_MAX_AGE": "600",
        "SECRET_KEY": "bench-secret-key-not-for-production",
        "DEBUG": "0",
        "ALLOWED_HOSTS": HOST,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "LOG_LEVEL": "WARNING",
    }
    # The cache shared by the worker processes (the queue's status counts) lives in Redis, as in
    # production; accepting a quote queues no Celery task.
    env["REDIS_URL"] = os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL)
    if urllib.parse.urlparse(env["REDIS_URL"]).hostname not in ("127.0.0.1", "localhost"):
        sys.exit("the bench Redis must be on this machine")

    fresh = args.fresh or not database_exists(url)
    if fresh:
        print(f"creating {database_name(url)}", flush=True)
        database_recreate(url)
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    manage(env, "compilemessages", "-v", "0", "--ignore", ".venv", "--ignore", "staticfiles")
    if fresh:
        django_setup(env)
        seed(quotes=args.quotes, editors=args.editors)
        from django.db import connection

        connection.close()
        subprocess.run(["psql", url, "-q", "-c", "VACUUM ANALYZE"], check=True)
    cache_forget(env["REDIS_URL"])

    port = free_port()
    server = gunicorn_start(env, port, args.workers, args.threads)
    try:
        print(f"gunicorn on {HOST}:{port}: {args.workers} workers x {args.threads} threads; "
              f"{args.editors} editors, think {args.think:g} s", flush=True)
        editors = [Editor(i, port, args.think) for i in range(args.editors)]
        in_threads(Editor.login, editors, timeout=120)
        if args.warmup:
            load(editors, duration=args.warmup, max_requests=args.max_requests,
                 label=f"warm-up {args.warmup:g} s (not counted)")
        load(editors, duration=args.duration, max_requests=args.max_requests, label=f"measured {args.duration:g} s")
    finally:
        gunicorn_stop(server)


if __name__ == "__main__":
    main()
