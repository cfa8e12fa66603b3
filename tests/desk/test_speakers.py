"""The speaker registry: a searchable list and a page per speaker with their recent quotes."""

import pytest
from django.urls import reverse

from newsroom.desk.models import ReviewStatus, SpeakerAlias, SpeakerKind
from newsroom.desk.text import fold
from tests.browser import post
from tests.factories import ArticleFactory, QuoteFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

LIST = "/speakers/"


def detail_url(speaker):
    return reverse("speaker_detail", args=[speaker.pk])


def names(response):
    return [s.name for s in response.context["page"].object_list]


def alias(speaker, text):
    return SpeakerAlias.objects.create(speaker=speaker, alias=text, alias_key=fold(text))


def test_anonymous_visitor_is_sent_to_login(client, newsroom):
    speaker = SpeakerFactory(newsroom=newsroom)
    for url in (LIST, detail_url(speaker)):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_outsider_cannot_see_another_newsrooms_speaker(outsider_client, newsroom):
    speaker = SpeakerFactory(newsroom=newsroom, name="سليم الحداد")

    assert outsider_client.get(detail_url(speaker)).status_code == 404
    assert "سليم الحداد" not in outsider_client.get(LIST).content.decode()


def test_viewer_reads_the_registry_with_quote_counts_and_verified_badge(viewer_client, newsroom):
    minister = SpeakerFactory(newsroom=newsroom, name="سليم الحداد", verified=True)
    SpeakerFactory(newsroom=newsroom, name="ليلى منصور")
    article = ArticleFactory(newsroom=newsroom)
    QuoteFactory(article=article, speaker=minister)
    QuoteFactory(article=article, speaker=minister, status=ReviewStatus.VERIFIED)
    QuoteFactory(article=article, speaker=minister, status=ReviewStatus.REJECTED)

    response = viewer_client.get(LIST)

    assert response.status_code == 200
    rows = {s.name: s for s in response.context["page"].object_list}
    assert rows["سليم الحداد"].quote_count == 2  # a rejected quote is not the speaker's
    assert rows["ليلى منصور"].quote_count == 0
    html = response.content.decode()
    assert html.count('class="badge verified"') == 1
    assert detail_url(minister) in html


def test_search_ignores_diacritics_and_alef_forms(viewer_client, newsroom):
    SpeakerFactory(newsroom=newsroom, name="أحمد عبد الله")
    SpeakerFactory(newsroom=newsroom, name="ليلى منصور")

    response = viewer_client.get(LIST, {"q": "اَحمد"})

    assert names(response) == ["أحمد عبد الله"]


def test_search_finds_a_speaker_by_alias_once(viewer_client, newsroom):
    minister = SpeakerFactory(newsroom=newsroom, name="سليم الحداد")
    alias(minister, "وزير النقل الحداد")
    alias(minister, "الوزير الحداد")
    SpeakerFactory(newsroom=newsroom, name="ليلى منصور")

    assert names(viewer_client.get(LIST, {"q": "الوزير"})) == ["سليم الحداد"]


def test_kind_filter(viewer_client, newsroom):
    SpeakerFactory(newsroom=newsroom, name="وزارة الصحة", kind=SpeakerKind.ORGANISATION)
    SpeakerFactory(newsroom=newsroom, name="ليلى منصور", kind=SpeakerKind.PERSON)

    assert names(viewer_client.get(LIST, {"kind": "organisation"})) == ["وزارة الصحة"]
    assert len(names(viewer_client.get(LIST, {"kind": "nonsense"}))) == 2  # an invalid choice filters nothing


def test_verified_only_filter(viewer_client, newsroom):
    SpeakerFactory(newsroom=newsroom, name="سليم الحداد", verified=True)
    SpeakerFactory(newsroom=newsroom, name="ليلى منصور")

    assert names(viewer_client.get(LIST, {"verified": "on"})) == ["سليم الحداد"]


def test_list_is_paginated_and_keeps_the_filters_in_page_links(viewer_client, newsroom):
    for n in range(55):
        SpeakerFactory(newsroom=newsroom, name=f"متحدث {n:03d}", kind=SpeakerKind.PERSON)

    first = viewer_client.get(LIST, {"kind": "person"})
    second = viewer_client.get(LIST, {"kind": "person", "page": 2})

    assert len(names(first)) == 50 and len(names(second)) == 5
    assert "kind=person&amp;page=2" in first.content.decode()


def test_htmx_search_returns_only_the_results_fragment(viewer_client, newsroom):
    SpeakerFactory(newsroom=newsroom, name="سليم الحداد")

    response = viewer_client.get(LIST, {"q": "سليم"}, HTTP_HX_REQUEST="true")

    html = response.content.decode()
    assert html.lstrip().startswith('<section id="speaker-results"')
    assert "<html" not in html and "سليم الحداد" in html


def test_speaker_page_shows_aliases_role_kind_and_recent_quotes_linking_to_articles(viewer_client, newsroom):
    minister = SpeakerFactory(newsroom=newsroom, name="سليم الحداد", role="وزير النقل", kind=SpeakerKind.PERSON)
    alias(minister, "الوزير الحداد")
    article = ArticleFactory(newsroom=newsroom, title="الطريق الجديد")
    quote = QuoteFactory(article=article, speaker=minister)
    QuoteFactory(article=ArticleFactory(newsroom=newsroom), speaker=SpeakerFactory(newsroom=newsroom, name="ليلى منصور"))

    response = viewer_client.get(detail_url(minister))

    assert response.status_code == 200
    html = response.content.decode()
    assert "الوزير الحداد" in html and "وزير النقل" in html
    assert f'{reverse("article_detail", args=[article.pk])}#quote-{quote.pk}' in html
    assert "الطريق الجديد" in html
    assert [q.pk for q in response.context["recent_quotes"]] == [quote.pk]
    assert response.context["quote_count"] == 1


def test_speaker_pages_are_read_only(editor_client, newsroom):
    speaker = SpeakerFactory(newsroom=newsroom)

    assert post(editor_client, LIST).status_code == 405
    assert post(editor_client, detail_url(speaker)).status_code == 405
