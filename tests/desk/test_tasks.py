"""Extraction jobs: queued on commit, claimed once, idempotent, never overwriting an editor."""

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.utils import timezone

from newsroom.desk import services
from newsroom.desk.models import Article, ExtractionRun, ExtractionStatus, Quote, ReviewStatus
from newsroom.desk.tasks import extract_article
from tests.factories import ArticleFactory

SAMPLE_TEXT = (Path(__file__).resolve().parents[2] / "samples" / "sample-article.txt").read_text(encoding="utf-8")
QUOTE_FIELDS = ("id", "content", "start", "end", "type", "cue", "speaker_id", "status", "version", "confidence")


def quote_rows(article, fields=QUOTE_FIELDS):
    return list(article.quotes.order_by("start", "id").values_list(*fields))


def extracted(newsroom):
    """The sample article, created through the service and extracted in this process."""
    article = services.article_create(newsroom=newsroom, text=SAMPLE_TEXT).article
    run = services.extraction_run_execute(run_id=article.runs.get().pk, worker="test")
    assert run.status == ExtractionStatus.DONE, run.error
    assert article.quotes.count() >= 3, "the engine should find the sample article's quotes"
    return article, run


def require_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("row locking needs PostgreSQL (bin/test sets DATABASE_URL)")


@pytest.mark.django_db
def test_executing_the_same_run_twice_leaves_the_same_rows(newsroom):
    article, run = extracted(newsroom)
    before = quote_rows(article)

    # A redelivered message (acks_late) runs the task again: it finds the run claimed and stops.
    assert services.extraction_run_execute(run_id=run.pk) is None
    extract_article.apply(args=[run.pk])

    assert quote_rows(article) == before
    assert ExtractionRun.objects.get(pk=run.pk).quotes_created == len(before)


@pytest.mark.django_db
def test_extracting_again_keeps_unchanged_quotes_their_ids_and_versions(newsroom):
    # The version too: an editor's open review form must not conflict over nothing.
    article, _run = extracted(newsroom)
    before = quote_rows(article)

    rerun = services.extraction_queue(article=article)
    services.extraction_run_execute(run_id=rerun.pk)

    assert quote_rows(article) == before
    assert set(article.quotes.values_list("run_id", flat=True)) == {rerun.pk}
    assert ExtractionRun.objects.get(pk=rerun.pk).quotes_created == 0
    assert Article.objects.get(pk=article.pk).extraction_status == ExtractionStatus.DONE


@pytest.mark.django_db
def test_a_reviewed_quote_survives_re_extraction(newsroom, editor):
    article, _run = extracted(newsroom)
    quote = article.quotes.order_by("start").first()
    edited_content = quote.content + " (بتصرف)"
    Quote.objects.filter(pk=quote.pk).update(
        content=edited_content, status=ReviewStatus.EDITED, reviewed_by=editor, reviewed_at=timezone.now(), version=2,
    )
    count = article.quotes.count()

    rerun = services.extraction_queue(article=article)
    services.extraction_run_execute(run_id=rerun.pk)

    quote.refresh_from_db()
    assert (quote.content, quote.status, quote.version, quote.reviewed_by) == (
        edited_content, ReviewStatus.EDITED, 2, editor,
    )
    assert article.quotes.count() == count
    overlapping = article.quotes.filter(start__lt=quote.end, end__gt=quote.start).exclude(pk=quote.pk)
    assert not overlapping.exists(), "the machine must not add a quote over a reviewed span"
    assert ExtractionRun.objects.get(pk=rerun.pk).quotes_kept >= 1


@pytest.mark.django_db
def test_a_rejected_quote_is_not_brought_back(newsroom):
    article, _run = extracted(newsroom)
    quote = article.quotes.order_by("start").first()
    Quote.objects.filter(pk=quote.pk).update(status=ReviewStatus.REJECTED)

    services.extraction_run_execute(run_id=services.extraction_queue(article=article).pk)

    assert list(article.quotes.filter(start=quote.start).values_list("pk", "status")) == [
        (quote.pk, ReviewStatus.REJECTED)
    ]


@pytest.mark.django_db
def test_a_rolled_back_upload_queues_nothing(newsroom, django_capture_on_commit_callbacks):
    class Abort(Exception):
        pass

    with django_capture_on_commit_callbacks() as callbacks:
        with pytest.raises(Abort), transaction.atomic():
            services.article_create(newsroom=newsroom, text=SAMPLE_TEXT)
            raise Abort

    assert callbacks == []
    assert not Article.objects.exists() and not ExtractionRun.objects.exists()

    # The same upload, committed, queues exactly one job.
    with django_capture_on_commit_callbacks() as callbacks:
        services.article_create(newsroom=newsroom, text=SAMPLE_TEXT)
    assert len(callbacks) == 1


@pytest.mark.django_db
def test_a_duplicate_upload_queues_nothing(newsroom, django_capture_on_commit_callbacks):
    services.article_create(newsroom=newsroom, text=SAMPLE_TEXT)
    with django_capture_on_commit_callbacks() as callbacks:
        outcome = services.article_create(newsroom=newsroom, text=SAMPLE_TEXT)
    assert not outcome.created
    assert callbacks == []
    assert ExtractionRun.objects.count() == 1


def _claim_in_thread(run_id, worker, results, *, start=None, hold=None, claimed=None):
    try:
        if start:
            start.wait(timeout=10)
        with transaction.atomic():
            results[worker] = services.extraction_run_claim(run_id=run_id, worker=worker)
            if claimed:
                claimed.set()
            if hold:
                hold.wait(timeout=10)
    finally:
        connection.close()


@pytest.mark.django_db(transaction=True)
def test_two_workers_racing_for_a_run_one_wins(newsroom):
    require_postgresql()
    for _attempt in range(10):
        run = ExtractionRun.objects.create(article=ArticleFactory(newsroom=newsroom))
        start, results = threading.Barrier(2), {}
        threads = [
            threading.Thread(target=_claim_in_thread, args=(run.pk, name, results), kwargs={"start": start})
            for name in ("worker-a", "worker-b")
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=20)

        assert sorted(results.values()) == [False, True]
        winner = next(name for name, won in results.items() if won)
        run.refresh_from_db()
        assert (run.status, run.worker) == (ExtractionStatus.RUNNING, winner)


@pytest.mark.django_db(transaction=True)
def test_a_claim_waits_for_the_other_workers_uncommitted_claim_and_loses(newsroom):
    """The claim is one conditional UPDATE: a read-then-write would see 'queued' here and win too."""
    require_postgresql()
    run = ExtractionRun.objects.create(article=ArticleFactory(newsroom=newsroom))
    results, claimed, release = {}, threading.Event(), threading.Event()
    first = threading.Thread(target=_claim_in_thread, args=(run.pk, "first", results),
                             kwargs={"claimed": claimed, "hold": release})
    first.start()
    assert claimed.wait(timeout=10)
    second = threading.Thread(target=_claim_in_thread, args=(run.pk, "second", results))
    second.start()
    second.join(timeout=0.5)
    assert second.is_alive(), "the second claim should wait on the first one's row lock"
    release.set()
    first.join(timeout=10)
    second.join(timeout=10)

    assert results == {"first": True, "second": False}


@pytest.mark.django_db
def test_a_run_stuck_in_running_is_claimed_again_only_when_stale(newsroom):
    article = ArticleFactory(newsroom=newsroom)
    fresh = ExtractionRun.objects.create(article=article, status=ExtractionStatus.RUNNING, started_at=timezone.now())
    stale = ExtractionRun.objects.create(
        article=article, status=ExtractionStatus.RUNNING,
        started_at=timezone.now() - services.STALE_RUN_AFTER - timedelta(minutes=1),
    )
    done = ExtractionRun.objects.create(article=article, status=ExtractionStatus.DONE)

    assert not services.extraction_run_claim(run_id=fresh.pk, worker="w")
    assert services.extraction_run_claim(run_id=stale.pk, worker="w")
    assert not services.extraction_run_claim(run_id=done.pk, worker="w")
