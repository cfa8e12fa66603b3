"""Import article files into a newsroom, the same way an upload does (services.article_create).

One line per file:
    imported <path> article=<id> quotes=<n>     (quotes=? without --wait)
    duplicate <path> article=<id>
    rejected <path>: <reason>
    failed <path> article=<id>: <error>         (--wait: extraction failed)
    pending <path> article=<id>: <state>        (--wait: not finished within --timeout)
Exit status: 0 when every file was imported or a duplicate; 2 when any was rejected, failed
or still pending; 1 on an internal error (database unreachable, unknown newsroom or user).
"""

import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from newsroom.desk import ingest, services
from newsroom.desk.models import Article, ExtractionStatus

from ._newsroom import newsroom_for_command


class FileRejected(Exception):
    pass


@dataclass
class Imported:
    path: Path
    article_id: int


def read_article_file(path: Path) -> tuple[str, str]:
    """The file's text and encoding, decoded exactly as an upload is (ingest.decode_article_bytes)."""
    size = path.stat().st_size
    # Checked before reading so a huge file is never loaded; the service checks exactly.
    if size > 2 * settings.ARTICLE_MAX_BYTES + 3:
        raise FileRejected(f"the file is too large ({size} bytes; the limit is {settings.ARTICLE_MAX_BYTES})")
    return ingest.decode_article_bytes(path.read_bytes())


def files_under(paths):
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        else:
            yield path


class Command(BaseCommand):
    help = "Import UTF-8 text files (or every file of a directory) as articles and queue their extraction."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--wait", action="store_true", help="wait for extraction and print each quote count")
        parser.add_argument("--timeout", type=float, default=300.0, help="seconds --wait waits in all (default 300)")
        parser.add_argument("--newsroom", help="newsroom name (default: the user's, the only one, or the demo one)")
        parser.add_argument("--user", help="username recorded as the uploader")

    def handle(self, *args, paths, wait, timeout, newsroom, user, **options):
        try:
            uploader = self._user(user)
            target = newsroom_for_command(newsroom, user=uploader)
            problems, imported = self._import(list(files_under(paths)), newsroom=target, uploader=uploader, wait=wait)
            if wait:
                problems += self._wait(imported, timeout=timeout)
        except DatabaseError as exc:
            raise CommandError(f"database error: {exc}".strip()) from exc
        if problems:
            raise CommandError(f"{problems} file(s) were not imported cleanly.", returncode=2)

    def _user(self, username):
        if not username:
            return None
        try:
            return get_user_model().objects.select_related("membership__newsroom").get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None

    def _import(self, files, *, newsroom, uploader, wait):
        problems = 0
        imported = []
        for path in files:
            try:
                text, encoding = read_article_file(path)
                outcome = services.article_create(
                    newsroom=newsroom, text=text, uploaded_by=uploader,
                    source_name=str(path), source_encoding=encoding,
                )
            except (FileRejected, services.ArticleRejected) as exc:
                self.stdout.write(f"rejected {path}: {exc}")
                problems += 1
                continue
            except OSError as exc:
                self.stdout.write(f"rejected {path}: cannot read the file ({exc.strerror or exc})")
                problems += 1
                continue
            if not outcome.created:
                self.stdout.write(f"duplicate {path} article={outcome.article.pk}")
            elif wait:
                imported.append(Imported(path, outcome.article.pk))
            else:
                self.stdout.write(f"imported {path} article={outcome.article.pk} quotes=?")
        return problems, imported

    def _wait(self, imported, *, timeout):
        """Poll the articles until each is done or failed (a worker elsewhere writes them)."""
        deadline = time.monotonic() + timeout
        pending = {item.article_id: item for item in imported}
        problems = 0
        delay = 0.1
        while pending:
            settled = Article.objects.filter(pk__in=pending, extraction_status__in=[
                ExtractionStatus.DONE, ExtractionStatus.FAILED,
            ]).values_list("pk", "extraction_status", "extraction_error")
            for pk, status, error in settled:
                item = pending.pop(pk)
                if status == ExtractionStatus.DONE:
                    quotes = Article.objects.get(pk=pk).quotes.count()
                    self.stdout.write(f"imported {item.path} article={pk} quotes={quotes}")
                else:
                    self.stdout.write(f"failed {item.path} article={pk}: {error or 'extraction failed'}")
                    problems += 1
            if not pending:
                break
            if time.monotonic() >= deadline:
                states = dict(Article.objects.filter(pk__in=pending).values_list("pk", "extraction_status"))
                for pk, item in pending.items():
                    self.stdout.write(f"pending {item.path} article={pk}: extraction still {states.get(pk)} "
                                      f"after {timeout:g}s (is a worker running?)")
                    problems += 1
                break
            time.sleep(delay)
            delay = min(delay * 1.5, 1.0)
        return problems
