"""The desk dashboard at /: what is waiting, what was verified today, failures and who was quoted."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from newsroom.desk.models import ExtractionRun, ExtractionStatus, ReviewStatus
from tests.browser import post
from tests.factories import ArticleFactory, QuoteFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

DASHBOARD = "/"


def retry_url(article):
    return reverse("dashboard_retry", args=[article.pk])


def failed_article(newsroom, **kwargs):
    return ArticleFactory(newsroom=newsroom, extraction_status=ExtractionStatus.FAILED,
                          extraction_error="RuntimeError: segmenter crashed", **kwargs)


def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get(DASHBOARD)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_user_without_a_newsroom_gets_404(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("loner", password="x" * 12))
    assert client.get(DASHBOARD).status_code == 404


def test_dashboard_lists_articles_with_unreviewed_quotes_only(viewer_client, newsroom):
    waiting = ArticleFactory(newsroom=newsroom, title="مقال ينتظر المراجعة")
    QuoteFactory(article=waiting)
    QuoteFactory(article=waiting, status=ReviewStatus.VERIFIED)
    done = ArticleFactory(newsroom=newsroom, title="مقال روجع كله")
    QuoteFactory(article=done, status=ReviewStatus.VERIFIED)
    still_extracting = ArticleFactory(newsroom=newsroom, title="مقال قيد الاستخراج", extraction_status=ExtractionStatus.RUNNING)
    QuoteFactory(article=still_extracting)

    response = viewer_client.get(DASHBOARD)

    assert response.status_code == 200
    assert [a.pk for a in response.context["awaiting"]] == [waiting.pk]
    assert response.context["awaiting_count"] == 1
    assert waiting.pk == response.context["awaiting"][0].pk and response.context["awaiting"][0].open_count == 1
    html = response.content.decode()
    assert "مقال ينتظر المراجعة" in html
    assert "مقال روجع كله" not in html
    assert reverse("article_detail", args=[waiting.pk]) in html


def test_verified_today_counts_verified_and_edited_quotes_reviewed_since_midnight(viewer_client, newsroom, other_newsroom):
    now = timezone.now()
    article = ArticleFactory(newsroom=newsroom)
    QuoteFactory(article=article, status=ReviewStatus.VERIFIED, reviewed_at=now)
    QuoteFactory(article=article, status=ReviewStatus.EDITED, reviewed_at=now)
    QuoteFactory(article=article, status=ReviewStatus.REJECTED, reviewed_at=now)
    QuoteFactory(article=article, status=ReviewStatus.VERIFIED, reviewed_at=now - timedelta(days=2))
    QuoteFactory(article=article, status=ReviewStatus.MACHINE)
    QuoteFactory(article=ArticleFactory(newsroom=other_newsroom), status=ReviewStatus.VERIFIED, reviewed_at=now)

    response = viewer_client.get(DASHBOARD)

    assert response.context["verified_today"] == 2
    assert 'data-stat="verified-today">2<' in response.content.decode()


def test_nothing_from_another_newsroom_shows(viewer_client, other_newsroom):
    foreign = ArticleFactory(newsroom=other_newsroom, title="خبر غرفة أخرى")
    QuoteFactory(article=foreign)
    failed_article(other_newsroom, title="فشل في غرفة أخرى")

    html = viewer_client.get(DASHBOARD).content.decode()

    assert "خبر غرفة أخرى" not in html
    assert "فشل في غرفة أخرى" not in html


def test_top_speakers_of_the_week_are_drawn_as_an_accessible_chart(viewer_client, newsroom):
    minister = SpeakerFactory(newsroom=newsroom, name="سليم الحداد")
    spokesman = SpeakerFactory(newsroom=newsroom, name="ليلى منصور")
    forgotten = SpeakerFactory(newsroom=newsroom, name="متحدث قديم")
    article = ArticleFactory(newsroom=newsroom)
    for _ in range(3):
        QuoteFactory(article=article, speaker=minister)
    QuoteFactory(article=article, speaker=spokesman)
    QuoteFactory(article=article, speaker=spokesman, status=ReviewStatus.REJECTED)
    QuoteFactory(article=ArticleFactory(newsroom=newsroom, uploaded_at=timezone.now() - timedelta(days=9)), speaker=forgotten)

    response = viewer_client.get(DASHBOARD)

    bars = response.context["chart"].bars
    assert [(b.label, b.value) for b in bars] == [("سليم الحداد", 3), ("ليلى منصور", 1)]
    assert bars[0].width > bars[1].width
    html = response.content.decode()
    assert 'role="img"' in html and "<title id=\"speakers-chart-title\">" in html and "<desc" in html
    assert reverse("speaker_detail", args=[minister.pk]) in html  # the table fallback links to the speaker
    assert "متحدث قديم" not in html
    assert "style=" not in html  # CSP: no inline styles, SVG uses presentation attributes


def test_chart_bars_grow_from_the_right_in_arabic_and_from_the_left_in_english(viewer_client, newsroom):
    article = ArticleFactory(newsroom=newsroom)
    QuoteFactory(article=article, speaker=SpeakerFactory(newsroom=newsroom))

    arabic = viewer_client.get(DASHBOARD, HTTP_ACCEPT_LANGUAGE="ar").context["chart"]
    viewer_client.cookies.load({"django_language": "en"})
    english = viewer_client.get(DASHBOARD).context["chart"]

    assert arabic.rtl and not english.rtl
    rtl_bar, ltr_bar = arabic.bars[0], english.bars[0]
    assert rtl_bar.x + rtl_bar.width > arabic.width / 2  # anchored on the right
    assert ltr_bar.x < english.width / 2  # anchored on the left
    assert rtl_bar.label_x > rtl_bar.x + rtl_bar.width  # the name sits to the right of its bar


def test_failures_are_listed_with_a_retry_button_for_editors(editor_client, newsroom):
    article = failed_article(newsroom, title="مقال فشل استخراجه")

    html = editor_client.get(DASHBOARD).content.decode()

    assert "مقال فشل استخراجه" in html
    assert "segmenter crashed" in html
    assert f'action="{retry_url(article)}"' in html


def test_viewer_sees_failures_but_no_retry_button(viewer_client, newsroom):
    article = failed_article(newsroom, title="مقال فشل استخراجه")

    html = viewer_client.get(DASHBOARD).content.decode()

    assert "مقال فشل استخراجه" in html
    assert retry_url(article) not in html


def test_viewer_posting_a_retry_is_forbidden_and_queues_nothing(viewer_client, newsroom):
    article = failed_article(newsroom)

    response = post(viewer_client, retry_url(article))

    assert response.status_code == 403
    assert not ExtractionRun.objects.filter(article=article).exists()


def test_outsider_posting_a_retry_gets_404(outsider_client, newsroom):
    article = failed_article(newsroom)

    assert post(outsider_client, retry_url(article)).status_code == 404
    assert not ExtractionRun.objects.filter(article=article).exists()


def test_retry_without_csrf_token_is_refused(editor_client, newsroom):
    article = failed_article(newsroom)

    assert editor_client.post(retry_url(article)).status_code == 403
    assert not ExtractionRun.objects.filter(article=article).exists()


def test_retry_by_get_is_not_allowed(editor_client, newsroom):
    assert editor_client.get(retry_url(failed_article(newsroom))).status_code == 405


def test_editor_retry_queues_a_run_and_returns_to_the_dashboard(editor_client, newsroom, django_capture_on_commit_callbacks):
    article = failed_article(newsroom)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = post(editor_client, retry_url(article))

    assert response.status_code == 302 and response["Location"] == DASHBOARD
    run = ExtractionRun.objects.get(article=article)
    assert run.status == ExtractionStatus.QUEUED
    assert len(callbacks) == 1  # the task is sent once the transaction commits
    article.refresh_from_db()
    assert article.extraction_status == ExtractionStatus.QUEUED and article.extraction_error == ""


def test_retrying_twice_queues_one_run(editor_client, newsroom, django_capture_on_commit_callbacks):
    article = failed_article(newsroom)

    with django_capture_on_commit_callbacks(execute=False):
        post(editor_client, retry_url(article))
        post(editor_client, retry_url(article))

    assert ExtractionRun.objects.filter(article=article).count() == 1


def test_htmx_retry_returns_the_refreshed_failures_fragment(editor_client, newsroom, django_capture_on_commit_callbacks):
    retried = failed_article(newsroom, title="المقال المعاد")
    other = failed_article(newsroom, title="مقال فاشل آخر")

    with django_capture_on_commit_callbacks(execute=False):
        response = post(editor_client, retry_url(retried), htmx=True)

    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<section class="card span-3" id="failures"')
    assert "<html" not in html
    assert "مقال فاشل آخر" in html and "المقال المعاد" not in html
    assert retry_url(other) in html
