"""The review queue's speaker and article filters: names and titles as editors know them,
with the registry's type-ahead; ids from links still work and are named on the page."""

import pytest
from django.urls import reverse

from newsroom.desk.models import SpeakerAlias
from newsroom.desk.text import fold
from tests.desk.test_review_views import TEXT
from tests.factories import ArticleFactory, QuoteFactory, SpeakerFactory

QUEUE = reverse("review_queue")


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def article(newsroom, editor):
    return ArticleFactory(newsroom=newsroom, text=TEXT, title="افتتاح الطريق السريع", uploaded_by=editor)


@pytest.fixture
def minister(newsroom):
    speaker = SpeakerFactory(newsroom=newsroom, name="سليم الحدّاد")
    SpeakerAlias.objects.create(speaker=speaker, alias="وزير النقل", alias_key=fold("وزير النقل"))
    return speaker


@pytest.fixture
def quotes(article, minister, newsroom):
    other = SpeakerFactory(newsroom=newsroom, name="ليلى منصور")
    return {
        "minister": QuoteFactory(article=article, start=0, end=3, speaker=minister),
        "other": QuoteFactory(article=article, start=4, end=8, speaker=other),
        "nobody": QuoteFactory(article=article, start=9, end=12, speaker=None),
        "elsewhere": QuoteFactory(article=ArticleFactory(newsroom=newsroom, title="موازنة العام المقبل"),
                                  speaker=minister),
    }


def shown(response):
    assert response.status_code == 200, response.content[:300]
    return {q.pk for q in response.context["queue"].quotes}


@pytest.mark.parametrize("typed", ["سليم الحداد", "سليم الحدّاد", "الحداد", "  سليم   الحداد ", "وزير النقل", "وزير  النقل"])
def test_speaker_filter_matches_the_folded_name_or_an_alias(editor_client, quotes, typed):
    assert shown(editor_client.get(QUEUE, {"speaker_name": typed})) == {quotes["minister"].pk, quotes["elsewhere"].pk}


def test_speaker_filter_with_no_match_shows_nothing(editor_client, quotes):
    response = editor_client.get(QUEUE, {"speaker_name": "أحد آخر"})
    assert shown(response) == set()
    assert "Nothing to review here." in response.content.decode()


def test_speaker_filter_of_only_marks_filters_nothing(editor_client, quotes):
    assert shown(editor_client.get(QUEUE, {"speaker_name": "\u064e "})) == {q.pk for q in quotes.values()}


def test_speaker_filter_stays_in_the_newsroom(editor_client, quotes, other_newsroom):
    stranger = SpeakerFactory(newsroom=other_newsroom, name="سليم الحداد")
    QuoteFactory(article=ArticleFactory(newsroom=other_newsroom), speaker=stranger)
    assert shown(editor_client.get(QUEUE, {"speaker_name": "سليم الحداد"})) == {quotes["minister"].pk, quotes["elsewhere"].pk}


def test_article_filter_searches_titles(editor_client, quotes):
    assert shown(editor_client.get(QUEUE, {"article_title": "الطريق"})) == {
        quotes["minister"].pk, quotes["other"].pk, quotes["nobody"].pk}
    assert shown(editor_client.get(QUEUE, {"article_title": "الطريق", "speaker_name": "الحداد"})) == {quotes["minister"].pk}


def test_a_speaker_id_link_still_filters_and_names_the_speaker(editor_client, quotes, minister):
    response = editor_client.get(QUEUE, {"speaker": minister.pk, "status": "all"})
    assert shown(response) == {quotes["minister"].pk, quotes["elsewhere"].pk}
    html = response.content.decode()
    assert f'<input type="hidden" name="speaker" value="{minister.pk}"' in html
    assert "سليم الحدّاد</strong>" in html
    assert 'href="?status=all">Remove</a>' in html
    assert all(f"speaker={minister.pk}" in tab["query"] for tab in response.context["status_tabs"])


def test_an_article_id_link_still_filters_and_names_the_article(editor_client, quotes, article):
    response = editor_client.get(QUEUE, {"article": article.pk})
    assert shown(response) == {quotes["minister"].pk, quotes["other"].pk, quotes["nobody"].pk}
    assert "افتتاح الطريق السريع</strong>" in response.content.decode()
    untitled = ArticleFactory(newsroom=article.newsroom, title="", text="خبر بلا عنوان: " + TEXT)
    QuoteFactory(article=untitled, speaker=None)
    assert "خبر بلا عنوان" in editor_client.get(QUEUE, {"article": untitled.pk}).content.decode().split("</strong>")[0]


def test_an_id_link_to_nothing_shows_the_id_and_no_quotes(editor_client, quotes):
    response = editor_client.get(QUEUE, {"speaker": 987654})
    assert shown(response) == set()
    assert "#987654</strong>" in response.content.decode()


def test_the_speakers_page_links_to_its_quotes_in_the_queue(viewer_client, quotes, minister):
    html = viewer_client.get(reverse("speaker_detail", args=[minister.pk])).content.decode()
    assert f'href="{QUEUE}?speaker={minister.pk}&amp;status=all"' in html


def test_the_speaker_field_offers_the_registry_as_you_type(editor_client, quotes):
    html = editor_client.get(QUEUE).content.decode()
    assert 'name="speaker_name"' in html and 'list="queue-speaker-options"' in html
    assert '<datalist id="queue-speaker-options"></datalist>' in html
    assert f'hx-get="{reverse("speaker_suggest")}"' in html
    assert 'hx-push-url="false"' in html  # typing must not rewrite the page's URL
    assert "Speaker (id)" not in html and 'type="number" name="speaker"' not in html

    options = editor_client.get(reverse("speaker_suggest"), {"speaker_name": "وزير النقل"}).content.decode()
    assert '<option value="سليم الحدّاد">' in options


def test_a_pinned_id_with_no_quote_left_on_the_page_is_still_named(editor_client, quotes, minister, article):
    response = editor_client.get(QUEUE, {"speaker": minister.pk, "article": article.pk, "status": "rejected"})
    assert shown(response) == set()
    html = response.content.decode()
    assert "سليم الحدّاد</strong>" in html and "افتتاح الطريق السريع</strong>" in html
