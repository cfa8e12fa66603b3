"""Screenshots of the desk's main pages in Arabic, for docs/screenshots/ (run by hand).

    .venv/bin/python docs/screenshots/capture.py

Builds a throwaway database `iqtibas_shots` on PostgreSQL 127.0.0.1:5432, loads the demo
newsroom with a few articles run through the real extraction engine (in-process, no
Celery), serves it with gunicorn on 127.0.0.1, logs in with Playwright in Debian's Chromium
and saves one PNG per page here.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
PYTHON = sys.executable
DATABASE_URL = os.environ.get("SHOTS_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/iqtibas_shots")
PASSWORD = "screenshots-demo-password"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

ARTICLES = [
    ("وزير النقل: الطريق الساحلي يفتح قبل نهاية العام",
     "قال وزير النقل سليم الحداد إن «الطريق الساحلي سيفتح أمام السيارات قبل نهاية العام». "
     "وأضاف الحداد أن التمويل متوفر وأن الأشغال تسير وفق الخطة المرسومة.\n\n"
     "من جهتها، أكدت رئيسة البلدية ليلى منصور أن «المدينة لن تتحمل أعباء إضافية» دون دعم من الحكومة. "
     "ونقلت الصحيفة عن مصدر في الوزارة قوله إن المفاوضات مع المقاولين ستستأنف الأسبوع القادم."),
    ("نقابة المعلمين تلوّح بالإضراب",
     "أعلنت نقابة المعلمين أنها ستدعو إلى إضراب عام إذا لم تستجب الوزارة لمطالبها. "
     "وقال رئيس النقابة كريم العلي: «صبرنا طويلًا، ولن نقبل بوعود جديدة». "
     "وردّت وزارة التربية في بيان بأن «باب الحوار ما زال مفتوحًا»."),
]


def env():
    return {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "SECRET_KEY": "screenshots-secret-not-for-production",
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "REDIS_URL": "",
        "LOG_LEVEL": "WARNING",
    }


def recreate_database():
    import psycopg

    name = DATABASE_URL.rsplit("/", 1)[1]
    assert "shots" in name, "refusing to drop a database not meant for screenshots"
    with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def manage(*args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env(), check=True)


def load_data():
    os.environ.update(env())
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from newsroom.desk import models, services

    newsroom = models.Newsroom.objects.get()
    editor = get_user_model().objects.get(username="editor")
    texts = [(None, (ROOT / "samples" / "sample-article.txt").read_text(encoding="utf-8"))] + ARTICLES
    created = []
    for title, text in texts:
        result = services.article_create(newsroom=newsroom, text=text, uploaded_by=editor, title=title or "",
                                         outlet="صحيفة الساحل اليوم")
        created.append(result.article)
    # A little history: some quotes verified today, one article whose extraction failed.
    for quote in models.Quote.objects.filter(article=created[1])[:2]:
        models.Quote.objects.filter(pk=quote.pk).update(status=models.ReviewStatus.VERIFIED, reviewed_by=editor,
                                                        reviewed_at=timezone.now())
    failed = services.article_create(newsroom=newsroom, text="نص قصير لخبر لم يكتمل استخراجه بسبب خطأ.",
                                     uploaded_by=editor, title="خبر تعذّر استخراجه").article
    models.Article.objects.filter(pk=failed.pk).update(
        extraction_status=models.ExtractionStatus.FAILED, extraction_error="TimeoutError: the worker was stopped",
        uploaded_at=timezone.now() - timedelta(hours=2),
    )
    speaker = models.Speaker.objects.filter(newsroom=newsroom, quotes__isnull=False).order_by("pk").first()
    if speaker:
        models.Speaker.objects.filter(pk=speaker.pk).update(verified=True)
    return {"article": created[0].pk, "speaker": speaker.pk if speaker else None}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    from playwright.sync_api import sync_playwright

    recreate_database()
    manage("migrate", "--noinput", "-v", "0")
    manage("collectstatic", "--noinput", "-v", "0")
    manage("compilemessages", "-v", "0", "--ignore", ".venv", "--ignore", "staticfiles")
    manage("ensure_demo", "--password", PASSWORD)
    ids = load_data()
    port = free_port()
    server = subprocess.Popen(
        [str(Path(PYTHON).parent / "gunicorn"), "newsroom.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2",
         "--access-logfile", "/dev/null"],
        cwd=ROOT, env=env(), start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.3).close()
                break
            except OSError:
                time.sleep(0.2)
        pages = [
            ("login", "/login/"),
            ("dashboard", "/"),
            ("articles", "/articles/"),
            ("article", f"/articles/{ids['article']}/"),
            ("review", "/review/"),
            ("speakers", "/speakers/"),
        ]
        if ids["speaker"]:
            pages.append(("speaker", f"/speakers/{ids['speaker']}/"))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=[
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ar")
            page.goto(base + "/login/")
            page.evaluate("document.fonts.ready")
            page.screenshot(path=str(OUT / "login.png"), full_page=True)
            print("fonts:", page.evaluate(
                "Array.from(document.fonts).map(f => `${f.family} ${f.weight} ${f.status}`).join(', ')"))
            page.fill("#id_username", "editor")
            page.fill("#id_password", PASSWORD)
            page.click("button[type=submit].primary")
            page.wait_for_load_state("networkidle")
            for name, path in pages[1:]:
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                page.evaluate("document.fonts.ready")
                page.screenshot(path=str(OUT / f"{name}.png"), full_page=name not in ("article", "review"))
                loaded = page.evaluate("Array.from(document.fonts).filter(f => f.status == 'loaded').map(f => `${f.family} ${f.weight}`)")
                print("saved", OUT / f"{name}.png", "fonts loaded:", ", ".join(loaded))
            if ids["article"]:  # a close look at the reading text
                page.goto(base + f"/articles/{ids['article']}/")
                box = page.locator("#article-text").bounding_box()
                page.screenshot(path=str(OUT / "article-text.png"), full_page=True,
                                clip={"x": box["x"], "y": box["y"], "width": box["width"], "height": min(box["height"], 700)})
            browser.close()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
