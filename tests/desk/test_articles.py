"""Uploading, listing and reading articles: the editor's first steps."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from newsroom.desk import services
from newsroom.desk.models import Article, ExtractionRun, ExtractionStatus
from tests.browser import post
from tests.factories import ArticleFactory, QuoteFactory

TEXT = "وقال وزير النقل سليم الحداد إن الطريق سيفتح الشهر المقبل."

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


# Services ------------------------------------------------------------------------------

def test_creating_an_article_keeps_the_text_exactly_and_queues_one_run(newsroom, editor, django_capture_on_commit_callbacks):
    text = "  " + TEXT + "\r\n"
    with django_capture_on_commit_callbacks() as callbacks:
        result = services.article_create(newsroom=newsroom, text=text, uploaded_by=editor)
    assert result.created
    assert result.article.text == text
    assert result.article.extraction_status == ExtractionStatus.QUEUED
    assert ExtractionRun.objects.filter(article=result.article, status="queued").count() == 1
    assert len(callbacks) == 1


def test_the_same_article_twice_is_recognised_even_with_other_line_ends(newsroom):
    first = services.article_create(newsroom=newsroom, text="سطر أول\nقال الوزير إن الطريق جاهز.")
    again = services.article_create(newsroom=newsroom, text="سطر أول\r\nقال  الوزير إن الطريق جاهز.\r\n")
    assert not again.created and again.article == first.article
    assert Article.objects.count() == 1


def test_another_newsroom_may_upload_the_same_article(newsroom, other_newsroom):
    services.article_create(newsroom=newsroom, text=TEXT)
    assert services.article_create(newsroom=other_newsroom, text=TEXT).created


@pytest.mark.parametrize("text, reason", [("", "empty"), ("   \n ", "empty"), ("نص\x00ثنائي", "NUL")])
def test_unusable_text_is_rejected_with_a_reason(newsroom, text, reason):
    with pytest.raises(services.ArticleRejected, match=reason):
        services.article_create(newsroom=newsroom, text=text)
    assert not Article.objects.exists()


def test_too_large_text_is_rejected(newsroom, settings):
    settings.ARTICLE_MAX_BYTES = 100
    with pytest.raises(services.ArticleRejected, match="too large"):
        services.article_create(newsroom=newsroom, text="كلمة " * 50)


def test_a_failing_engine_marks_the_article_failed_with_the_error(newsroom, monkeypatch):
    article = services.article_create(newsroom=newsroom, text=TEXT).article

    def broken(text, known_speakers=None):
        raise RuntimeError("lexicon missing")

    monkeypatch.setattr("extraction.extract", broken)
    run = services.extraction_run_execute(run_id=article.runs.get().pk)
    article.refresh_from_db()
    assert run.status == ExtractionStatus.FAILED
    assert article.extraction_status == ExtractionStatus.FAILED
    assert "lexicon missing" in article.extraction_error


def test_only_the_newest_run_sets_the_article_status(newsroom):
    article = services.article_create(newsroom=newsroom, text=TEXT).article
    old_run = article.runs.get()
    services.extraction_queue(article=article)
    services.extraction_run_execute(run_id=old_run.pk)
    article.refresh_from_db()
    assert article.extraction_status == ExtractionStatus.QUEUED


def test_extraction_builds_the_speaker_registry_with_aliases(newsroom):
    text = ("قال وزير النقل سليم الحداد إن الطريق سيفتح الشهر المقبل.\n\n"
            "وأضاف الحداد: \"لن نتأخر يوما واحدا عن الموعد\".")
    article = services.article_create(newsroom=newsroom, text=text).article
    services.extraction_run_execute(run_id=article.runs.get().pk)
    quotes = list(article.quotes.select_related("speaker"))
    assert len(quotes) == 2
    assert {q.speaker.name for q in quotes} == {"سليم الحداد"}
    assert "الحداد" in {a.alias for a in quotes[0].speaker.aliases.all()}


# Pages ---------------------------------------------------------------------------------

def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(reverse("article_list"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_an_editor_pastes_an_article_and_lands_on_its_page(editor_client, newsroom):
    response = post(editor_client, reverse("article_upload"), {"text": TEXT, "title": "طريق جديد"})
    article = Article.objects.get()
    assert response.status_code == 302 and response.url == reverse("article_detail", args=[article.pk])
    assert article.title == "طريق جديد" and article.source_name == "paste"


def test_an_editor_uploads_a_text_file(editor_client):
    upload = SimpleUploadedFile("khabar.txt", TEXT.encode("utf-8"), content_type="text/plain")
    response = post(editor_client, reverse("article_upload"), {"file": upload})
    assert response.status_code == 302
    assert Article.objects.get().source_name == "khabar.txt"


def test_a_bad_file_is_refused_with_a_message_and_nothing_stored(editor_client):
    upload = SimpleUploadedFile("khabar.txt", TEXT.encode("cp1256"), content_type="text/plain")
    response = post(editor_client, reverse("article_upload"), {"file": upload})
    assert response.status_code == 400
    assert "UTF-8" in response.content.decode()
    assert not Article.objects.exists()


def test_an_empty_form_asks_for_text(editor_client):
    response = post(editor_client, reverse("article_upload"), {"text": "  "})
    assert response.status_code == 400
    assert not Article.objects.exists()


def test_a_duplicate_upload_leads_to_the_existing_article(editor_client, newsroom):
    existing = services.article_create(newsroom=newsroom, text=TEXT).article
    response = post(editor_client, reverse("article_upload"), {"text": TEXT})
    assert response.url == reverse("article_detail", args=[existing.pk])
    assert Article.objects.count() == 1


def test_a_viewer_cannot_upload(viewer_client):
    assert viewer_client.get(reverse("article_upload")).status_code == 403


def test_the_upload_form_requires_the_csrf_token(editor_client):
    response = editor_client.post(reverse("article_upload"), {"text": TEXT})
    assert response.status_code == 403
    assert not Article.objects.exists()


def test_the_article_list_polls_while_extraction_runs_and_stops_when_done(editor_client, newsroom):
    article = ArticleFactory(newsroom=newsroom, extraction_status=ExtractionStatus.RUNNING)
    page = editor_client.get(reverse("article_list")).content.decode()
    assert 'hx-trigger="every 1s"' in page

    poll = editor_client.get(reverse("article_list") + "?poll=1", HTTP_HX_REQUEST="true")
    assert poll.status_code == 200 and "<html" not in poll.content.decode()

    article.extraction_status = ExtractionStatus.DONE
    article.save()
    poll = editor_client.get(reverse("article_list") + "?poll=1", HTTP_HX_REQUEST="true")
    assert poll.status_code == 286  # htmx: stop polling
    assert "every 1s" not in poll.content.decode()


def test_the_article_page_highlights_each_quote_and_greys_boilerplate(viewer_client, newsroom):
    article = ArticleFactory(newsroom=newsroom, text="رئيس التحرير: فلان\n" + TEXT, boilerplate=[[0, 18]])
    start = article.text.index("الطريق")
    quote = QuoteFactory(article=article, start=start, end=start + len("الطريق سيفتح الشهر المقبل"))
    quote.content = article.text[quote.start:quote.end]
    quote.save()
    page = viewer_client.get(reverse("article_detail", args=[article.pk])).content.decode()
    assert f'data-quote="{quote.pk}"' in page
    assert '<span class="boilerplate" data-start="0">رئيس التحرير: فلان</span>' in page
    assert quote.speaker.name in page


def test_quote_text_is_escaped_never_marked_safe(viewer_client, newsroom):
    article = ArticleFactory(newsroom=newsroom, text='قال الوزير إن "<script>alert(1)</script>" مرفوض.')
    QuoteFactory(article=article, start=12, end=41)
    page = viewer_client.get(reverse("article_detail", args=[article.pk])).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


def test_outsiders_do_not_see_an_article(outsider_client, newsroom):
    article = ArticleFactory(newsroom=newsroom)
    assert outsider_client.get(reverse("article_detail", args=[article.pk])).status_code == 404


def test_reextraction_is_for_editors_only(viewer_client, editor_client, newsroom):
    article = ArticleFactory(newsroom=newsroom)
    url = reverse("article_reextract", args=[article.pk])
    assert post(viewer_client, url).status_code == 403
    response = post(editor_client, url)
    assert response.status_code == 302
    assert article.runs.filter(status="queued").count() == 1


def test_an_untitled_article_takes_its_headline_and_a_typed_title_stays(newsroom):
    text = "الرئيسية | محليات\n\nافتتاح جسر جديد فوق النهر الكبير\n\n" + TEXT
    untitled = services.article_create(newsroom=newsroom, text=text).article
    titled = services.article_create(newsroom=newsroom, text=text + "\nسطر إضافي.", title="عنوان المحرر").article
    for article in (untitled, titled):
        services.extraction_run_execute(run_id=article.runs.get().pk)
        article.refresh_from_db()
    assert untitled.title == "افتتاح جسر جديد فوق النهر الكبير"
    assert titled.title == "عنوان المحرر"
