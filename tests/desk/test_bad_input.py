"""Malformed input never gives a 500 and is never silently dropped: each persona gets a clear
400/403/404/405/409/422, and nothing changes."""

import pytest
from django.test import Client
from django.urls import reverse

from newsroom.desk.models import Quote, ReviewEvent, ReviewStatus, Speaker
from tests.desk.test_review_views import TEXT, post
from tests.factories import ArticleFactory, QuoteFactory

HUGE = "9" * 30
GARBAGE = ["abc", "-1", HUGE, "1.5", "nan", "1e999", "x" * 5000, "٣"]


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def article(newsroom, editor):
    return ArticleFactory(newsroom=newsroom, text=TEXT, uploaded_by=editor)


@pytest.fixture
def quote(article):
    return QuoteFactory(article=article, start=0, end=10, confidence=0.5, speaker_mention="سليم الحداد")


@pytest.fixture
def personas(editor_client, viewer_client, outsider_client):
    return {"editor": editor_client, "viewer": viewer_client, "outsider": outsider_client,
            "anonymous": Client(enforce_csrf_checks=True)}


def state(quote):
    fresh = Quote.objects.get(pk=quote.pk)
    return fresh.version, fresh.status, fresh.speaker_id, fresh.start, fresh.end, fresh.type, fresh.reject_reason


def unchanged(quote):
    return state(quote) == (quote.version, quote.status, quote.speaker_id, quote.start, quote.end, quote.type,
                            quote.reject_reason)


# Every endpoint, every persona: never a 500 --------------------------------------------

QUEUE_PARAMS = ["after", "before", "speaker", "speaker_name", "article", "article_title", "confidence_min",
                "confidence_max", "date_from", "date_to", "uploader", "flag", "flagged", "status"]


def test_no_get_with_garbage_is_a_server_error(personas, quote):
    gets = [(reverse("review_queue"), {name: value}) for name in QUEUE_PARAMS for value in GARBAGE]
    for value in GARBAGE:
        gets += [
            (reverse("speaker_list"), {"page": value, "kind": value, "verified": value, "q": value}),
            (reverse("speaker_suggest"), {"speaker_name": value}),
            (reverse("quote_detail", args=[quote.pk]), {"panel": value, "page": value}),
            (reverse("article_list"), {"poll": value}),
            (reverse("article_detail", args=[quote.article_id]), {"poll": value}),
        ]
    gets += [(f"/quotes/{HUGE}/", {}), (f"/articles/{HUGE}/", {}), (f"/speakers/{HUGE}/", {})]
    for who, client in personas.items():
        for url, data in gets:
            response = client.get(url, data, headers={"HX-Request": "true"})
            assert response.status_code < 500, (who, url, data)


@pytest.mark.parametrize("action", ["quote_accept", "quote_reject", "quote_edit", "quote_reassign",
                                    "quote_retype", "quote_undo"])
def test_no_quote_action_with_garbage_is_a_server_error(personas, quote, action):
    url = reverse(action, args=[quote.pk])
    for who, client in personas.items():
        for value in GARBAGE + [""]:
            fields = {"start": value, "end": value, "type": value, "reason": value, "speaker_id": value,
                      "speaker_name": value, "speaker_kind": value, "speaker_role": value}
            before = state(quote)
            response = post(client, url, {"version": value, **fields})
            assert response.status_code in (302, 400, 403, 404, 409, 422), (who, value, response.status_code)
            assert state(quote) == before, (who, value)
            current = before[0]
            response = post(client, url, {"version": current, **fields})
            assert response.status_code < 500, (who, value, response.status_code)


def test_no_article_action_with_garbage_is_a_server_error(personas, quote):
    article_id = quote.article_id
    for who, client in personas.items():
        for value in GARBAGE + [""]:
            for url, data in [
                (reverse("quote_add", args=[article_id]), {"start": value, "end": value, "type": value, "speaker_id": value}),
                (reverse("article_bulk_accept", args=[article_id]), {"min_confidence": value}),
                (reverse("article_bulk_reassign", args=[article_id]),
                 {"quotes": [value, quote.pk], "speaker_id": value, "speaker_name": "هيئة الطرق"}),
                (reverse("article_upload"), {"text": value, "title": value * 200, "published_on": value, "url": value}),
            ]:
                response = post(client, url, data)
                assert response.status_code in (302, 400, 403, 404, 422), (who, url, value, response.status_code)
        assert unchanged(quote), who
    assert Quote.objects.count() == 1


# Anonymous, viewers and outsiders ------------------------------------------------------

def test_personas_get_their_answer_whatever_the_input(personas, quote):
    url = reverse("quote_reject", args=[quote.pk])
    data = {"version": "abc", "reason": "x" * 5000}
    assert post(personas["anonymous"], url, data).status_code == 302  # to log in
    assert post(personas["outsider"], url, data).status_code == 404
    assert post(personas["viewer"], url, data).status_code == 403
    assert post(personas["editor"], url, data).status_code == 400
    assert personas["anonymous"].get(reverse("review_queue"), {"after": "garbage"}).status_code == 302
    assert personas["viewer"].get(reverse("review_queue"), {"after": "garbage"}).status_code == 400


# The queue: a garbled page link or filter is a 400 that says so ------------------------

@pytest.mark.parametrize("cursor", ["garbage", "1_0.5", "1_abc_3", "2_0.5_3", "1_nan_3", "1_inf_3", "1_0.5_-3",
                                    "1_0.5_" + HUGE, "", "x" * 5000])
@pytest.mark.parametrize("direction", ["after", "before"])
def test_a_garbled_page_link_is_a_400_not_the_first_page(editor_client, quote, direction, cursor):
    response = editor_client.get(reverse("review_queue"), {direction: cursor})
    assert response.status_code == 400
    assert "This page link is not valid" in response.content.decode()
    assert response.context["queue"].quotes == []


def test_a_garbled_page_link_under_htmx_answers_the_queue_fragment(editor_client, quote):
    response = editor_client.get(reverse("review_queue"), {"after": "garbage", "status": "all"},
                                 headers={"HX-Request": "true"})
    assert response.status_code == 400
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="queue">')
    assert 'href="?status=all">First page' in html


@pytest.mark.parametrize("params", [{"confidence_min": "abc"}, {"confidence_max": "1e999"}, {"date_from": "2026-13-45"},
                                    {"uploader": "abc"}, {"uploader": HUGE}, {"flag": "nonsense"}, {"status": "nonsense"},
                                    {"speaker": "abc"}, {"speaker": "-1"}, {"article": "1.5"}])
def test_an_invalid_filter_is_a_400_that_names_it(editor_client, quote, params):
    response = editor_client.get(reverse("review_queue"), params)
    assert response.status_code == 400
    assert "Some filters are not valid" in response.content.decode()
    assert response.context["queue"].quotes == []


def test_a_valid_page_link_still_pages(editor_client, article):
    quotes = [QuoteFactory(article=article, start=i, end=i + 1, confidence=0.01 * i) for i in range(30)]
    first = editor_client.get(reverse("review_queue")).context["queue"]
    second = editor_client.get(reverse("review_queue"), {"after": first.next_cursor})
    assert second.status_code == 200
    assert [q.pk for q in second.context["queue"].quotes] == [q.pk for q in quotes[25:]]


# Quote actions: nothing is truncated or skipped without a word -------------------------

def test_a_reason_longer_than_the_limit_is_refused_not_cut(editor_client, quote):
    response = post(editor_client, reverse("quote_reject", args=[quote.pk]),
                    {"version": quote.version, "reason": "ب" * 501})
    assert response.status_code == 422
    assert "The reason is too long (501 characters; the limit is 500)" in response.content.decode()
    assert unchanged(quote)
    assert not ReviewEvent.objects.exists()


def test_a_reason_at_the_limit_is_kept_whole(editor_client, quote):
    response = post(editor_client, reverse("quote_reject", args=[quote.pk]),
                    {"version": quote.version, "reason": "ب" * 500})
    assert response.status_code == 200
    assert Quote.objects.get(pk=quote.pk).reject_reason == "ب" * 500


@pytest.mark.parametrize("version", ["abc", "", "1.5", "1e3"])
def test_a_version_that_is_not_a_number_is_a_400(editor_client, quote, version):
    response = post(editor_client, reverse("quote_accept", args=[quote.pk]), {"version": version})
    assert response.status_code == 400
    assert "missing the quote&#x27;s version" in response.content.decode()
    assert unchanged(quote)


@pytest.mark.parametrize("version", ["-1", HUGE])
def test_a_version_that_never_was_is_a_409(editor_client, quote, version):
    response = post(editor_client, reverse("quote_accept", args=[quote.pk]), {"version": version})
    assert response.status_code == 409
    assert unchanged(quote)


@pytest.mark.parametrize("start,end", [("abc", "5"), ("-1", "5"), ("0", HUGE), ("5", "2"), ("1.5", "5"), ("", "")])
def test_edit_with_malformed_offsets_is_a_422(editor_client, quote, start, end):
    response = post(editor_client, reverse("quote_edit", args=[quote.pk]),
                    {"version": quote.version, "start": start, "end": end})
    assert response.status_code == 422
    assert unchanged(quote)


def test_an_unknown_type_is_a_422(editor_client, quote):
    response = post(editor_client, reverse("quote_retype", args=[quote.pk]), {"version": quote.version, "type": "poem"})
    assert response.status_code == 422
    assert "Unknown quote type." in response.content.decode()
    assert unchanged(quote)


@pytest.mark.parametrize("speaker_id", ["abc", "-1", "1.5"])
def test_a_malformed_speaker_id_is_a_422_not_ignored(editor_client, quote, speaker_id):
    response = post(editor_client, reverse("quote_reassign", args=[quote.pk]),
                    {"version": quote.version, "speaker_id": speaker_id, "speaker_name": "هيئة الطرق"})
    assert response.status_code == 422
    assert "The chosen speaker is not valid" in response.content.decode()
    assert unchanged(quote)
    assert not Speaker.objects.filter(name="هيئة الطرق").exists()


def test_a_speaker_id_out_of_range_is_a_404(editor_client, quote):
    response = post(editor_client, reverse("quote_reassign", args=[quote.pk]),
                    {"version": quote.version, "speaker_id": HUGE})
    assert response.status_code == 404
    assert unchanged(quote)


def test_an_unknown_speaker_kind_is_a_422_not_a_person(editor_client, quote):
    response = post(editor_client, reverse("quote_reassign", args=[quote.pk]),
                    {"version": quote.version, "speaker_name": "هيئة الطرق", "speaker_kind": "robot"})
    assert response.status_code == 422
    assert "Unknown speaker kind." in response.content.decode()
    assert not Speaker.objects.filter(name="هيئة الطرق").exists()


@pytest.mark.parametrize("field", ["speaker_name", "speaker_role"])
def test_a_speaker_name_or_role_over_the_limit_is_a_422_not_cut(editor_client, quote, field):
    data = {"version": quote.version, "speaker_name": "هيئة الطرق", field: "ب" * 301}
    response = post(editor_client, reverse("quote_reassign", args=[quote.pk]), data)
    assert response.status_code == 422
    assert "at most 300 characters" in response.content.decode()
    assert unchanged(quote)
    assert Speaker.objects.count() == 1


def test_a_missing_speaker_is_a_422(editor_client, quote):
    response = post(editor_client, reverse("quote_reassign", args=[quote.pk]), {"version": quote.version})
    assert response.status_code == 422
    assert "Choose a speaker or type a new name." in response.content.decode()


# Article actions -----------------------------------------------------------------------

@pytest.mark.parametrize("value", ["abc", "-0.5", "1.5", "nan", "1e999", ""])
def test_bulk_accept_with_a_bad_confidence_is_a_422(editor_client, quote, value):
    response = post(editor_client, reverse("article_bulk_accept", args=[quote.article_id]), {"min_confidence": value})
    assert response.status_code == 422
    assert "The confidence must be a number between 0 and 1." in response.content.decode()
    assert unchanged(quote)


@pytest.mark.parametrize("ids", [["abc"], ["-1"], ["1.5"]])
def test_bulk_speaker_with_a_malformed_selection_is_a_422_not_skipped(editor_client, quote, ids):
    response = post(editor_client, reverse("article_bulk_reassign", args=[quote.article_id]),
                    {"quotes": [*ids, quote.pk], "speaker_name": "هيئة الطرق"})
    assert response.status_code == 422
    assert "The selection is not valid" in response.content.decode()
    assert unchanged(quote)


def test_bulk_speaker_with_a_quote_of_another_article_is_a_422(editor_client, quote, newsroom, other_newsroom):
    elsewhere = QuoteFactory(article=ArticleFactory(newsroom=newsroom))
    foreign = QuoteFactory(article=ArticleFactory(newsroom=other_newsroom))
    for stranger in (elsewhere, foreign):
        response = post(editor_client, reverse("article_bulk_reassign", args=[quote.article_id]),
                        {"quotes": [quote.pk, stranger.pk], "speaker_name": "هيئة الطرق"})
        assert response.status_code == 422
        assert "no longer in this article" in response.content.decode()
        assert unchanged(quote) and unchanged(stranger)


def test_bulk_speaker_counts_a_repeated_id_once(editor_client, quote):
    response = post(editor_client, reverse("article_bulk_reassign", args=[quote.article_id]),
                    {"quotes": [quote.pk, quote.pk], "speaker_name": "هيئة الطرق"})
    assert response.status_code == 200
    assert Quote.objects.get(pk=quote.pk).speaker.name == "هيئة الطرق"


@pytest.mark.parametrize("start,end", [("abc", "5"), ("0", HUGE), ("-3", "4"), ("4", "4")])
def test_adding_a_quote_with_malformed_offsets_is_a_422(editor_client, article, start, end):
    response = post(editor_client, reverse("quote_add", args=[article.pk]), {"start": start, "end": end})
    assert response.status_code == 422
    assert not Quote.objects.exists()


def test_adding_a_quote_of_an_unknown_type_is_a_422(editor_client, article):
    response = post(editor_client, reverse("quote_add", args=[article.pk]), {"start": "0", "end": "5", "type": "poem"})
    assert response.status_code == 422
    assert not Quote.objects.exists()


def test_an_upload_with_bad_fields_is_a_400_that_says_why(editor_client):
    response = post(editor_client, reverse("article_upload"),
                    {"text": "قال الوزير", "title": "ب" * 501, "published_on": "2026-13-45", "url": "not a url"}, htmx=False)
    assert response.status_code == 400
    form = response.context["form"]
    assert set(form.errors) == {"title", "published_on", "url"}


def test_ids_beyond_any_row_are_404(editor_client):
    for url in (f"/quotes/{HUGE}/", f"/articles/{HUGE}/", f"/speakers/{HUGE}/"):
        assert editor_client.get(url).status_code == 404
    assert post(editor_client, f"/quotes/{HUGE}/accept/", {"version": "1"}).status_code == 404


# The speaker registry ------------------------------------------------------------------

def test_an_invalid_speaker_list_filter_is_a_400_that_says_it_was_not_applied(viewer_client, newsroom):
    from tests.factories import SpeakerFactory

    SpeakerFactory(newsroom=newsroom, name="ليلى منصور")
    response = viewer_client.get(reverse("speaker_list"), {"kind": "robot", "q": "ليلى"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "These filters are not valid and were not applied:" in html and "robot" in html
    assert [s.name for s in response.context["page"].object_list] == ["ليلى منصور"]  # the valid ones still apply
    htmx = viewer_client.get(reverse("speaker_list"), {"kind": "robot"}, headers={"HX-Request": "true"})
    assert htmx.status_code == 400 and htmx.content.decode().lstrip().startswith('<section id="speaker-results"')
