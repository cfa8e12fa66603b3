"""The review queue and every quote action, for each persona, with conflicts and bad input."""

import pytest
from django.test import Client
from django.urls import reverse

from newsroom.desk import selectors
from newsroom.desk.models import Quote, ReviewEvent, ReviewStatus, Speaker
from tests import browser
from tests.factories import ArticleFactory, QuoteFactory, SpeakerFactory

TEXT = "قال الوزير سليم الحداد: «سنفتح الطريق الشهر المقبل». وأضاف أن التمويل متوفر، وقالت الهيئة إن العمل بدأ."


pytestmark = pytest.mark.usefixtures("english")


def post(client, url, data=None, *, htmx=True):
    """Quote actions are sent by htmx unless a test says otherwise."""
    return browser.post(client, url, data, htmx=htmx)


@pytest.fixture
def article(newsroom, editor):
    return ArticleFactory(newsroom=newsroom, text=TEXT, uploaded_by=editor)


@pytest.fixture
def quote(article):
    start = TEXT.index("سنفتح")
    end = TEXT.index("»")
    return QuoteFactory(article=article, start=start, end=end, content=TEXT[start:end], confidence=0.5,
                        speaker_mention="سليم الحداد")


@pytest.fixture
def anonymous_client():
    return Client(enforce_csrf_checks=True)


# The queue ----------------------------------------------------------------------------

def test_queue_shows_flagged_then_least_confident_quotes_with_counts(editor_client, article):
    calm_low = QuoteFactory(article=article, start=0, end=3, confidence=0.2, content="calm-low")
    flagged_high = QuoteFactory(article=article, start=4, end=8, confidence=0.9, flags=["no_speaker"], content="flag-high")
    calm_high = QuoteFactory(article=article, start=9, end=12, confidence=0.7, content="calm-high")
    QuoteFactory(article=article, start=13, end=16, status=ReviewStatus.VERIFIED)

    response = editor_client.get(reverse("review_queue"))

    assert response.status_code == 200
    ids = [q.pk for q in response.context["queue"].quotes]
    assert ids == [flagged_high.pk, calm_low.pk, calm_high.pk]
    assert response.context["queue"].counts == {"machine": 3, "verified": 1}


def test_english_interface_labels_the_actions(editor_client, quote):
    post(editor_client, reverse("quote_retype", args=[quote.pk]), {"version": 1, "type": "direct"})
    html = editor_client.get(reverse("review_queue") + "?status=edited").content.decode()
    for label in ("Accept", "Reject", "Edit", "Speaker", "Undo"):
        assert f">{label} <kbd" in html


def test_queue_filters_live_in_the_query_string(editor_client, article, newsroom):
    speaker = SpeakerFactory(newsroom=newsroom, name="منى السيد")
    mine = QuoteFactory(article=article, start=0, end=3, speaker=speaker, confidence=0.3, flags=["long_span"])
    QuoteFactory(article=article, start=4, end=8, confidence=0.3)
    QuoteFactory(article=article, start=9, end=12, speaker=speaker, confidence=0.95)

    url = reverse("review_queue") + f"?speaker={speaker.pk}&confidence_max=0.5&flag=long_span&article={article.pk}"
    response = editor_client.get(url)

    assert [q.pk for q in response.context["queue"].quotes] == [mine.pk]
    status_links = [tab["query"] for tab in response.context["status_tabs"]]
    assert all(f"speaker={speaker.pk}" in link for link in status_links)


def test_queue_pages_by_seeking_not_offset(editor_client, article):
    quotes = [QuoteFactory(article=article, start=i, end=i + 1, confidence=round(0.01 * i, 2)) for i in range(30)]

    first = editor_client.get(reverse("review_queue")).context["queue"]
    assert [q.pk for q in first.quotes] == [q.pk for q in quotes[:25]]
    assert first.prev_cursor is None and first.next_cursor

    second = editor_client.get(reverse("review_queue") + f"?after={first.next_cursor}").context["queue"]
    assert [q.pk for q in second.quotes] == [q.pk for q in quotes[25:]]
    assert second.next_cursor is None

    back = editor_client.get(reverse("review_queue") + f"?before={second.prev_cursor}").context["queue"]
    assert [q.pk for q in back.quotes] == [q.pk for q in quotes[:25]]


def test_queue_page_sql_is_a_seek(article, newsroom):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cursor = f"1_0.5_{10**6}"
    with CaptureQueriesContext(connection) as captured:
        selectors.review_queue(newsroom=newsroom, params={"after": cursor})
    page_sql = [q["sql"] for q in captured.captured_queries if "LIMIT" in q["sql"]]
    assert page_sql and all("OFFSET" not in sql for sql in page_sql)


def test_queue_htmx_request_gets_the_partial(editor_client, quote):
    response = editor_client.get(reverse("review_queue"), headers={"HX-Request": "true"})
    html = response.content.decode()
    assert 'id="queue"' in html and "<html" not in html


def test_queue_is_for_members_only(anonymous_client, outsider_client, viewer_client, quote):
    assert anonymous_client.get(reverse("review_queue")).status_code == 302
    assert outsider_client.get(reverse("review_queue")).context["queue"].quotes == []
    viewer_page = viewer_client.get(reverse("review_queue"))
    assert viewer_page.status_code == 200
    assert reverse("quote_accept", args=[quote.pk]) not in viewer_page.content.decode()


# Quote actions: permissions -----------------------------------------------------------

ACTIONS = {
    "quote_accept": {},
    "quote_reject": {"reason": "ليس اقتباسا"},
    "quote_edit": {"start": "0", "end": "10"},
    "quote_reassign": {"speaker_name": "منى السيد"},
    "quote_retype": {"type": "direct"},
    "quote_undo": {},
}


@pytest.mark.parametrize("action", ACTIONS)
def test_anonymous_is_sent_to_log_in(anonymous_client, quote, action):
    response = post(anonymous_client, reverse(action, args=[quote.pk]), ACTIONS[action] | {"version": 1}, htmx=False)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert Quote.objects.get(pk=quote.pk).version == 1


@pytest.mark.parametrize("action", ACTIONS)
def test_viewer_may_not_change_quotes(viewer_client, quote, action):
    response = post(viewer_client, reverse(action, args=[quote.pk]), ACTIONS[action] | {"version": 1})
    assert response.status_code == 403
    assert Quote.objects.get(pk=quote.pk).version == 1


@pytest.mark.parametrize("action", ACTIONS)
def test_outsider_does_not_learn_the_quote_exists(outsider_client, quote, action):
    response = post(outsider_client, reverse(action, args=[quote.pk]), ACTIONS[action] | {"version": 1})
    assert response.status_code == 404


@pytest.mark.parametrize("action", ACTIONS)
def test_actions_require_csrf(editor, quote, action):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(reverse(action, args=[quote.pk]), ACTIONS[action] | {"version": 1})
    assert response.status_code == 403


@pytest.mark.parametrize("action", ["quote_accept", "quote_reject", "quote_edit", "quote_reassign", "quote_retype"])
def test_actions_are_post_only(editor_client, quote, action):
    assert editor_client.get(reverse(action, args=[quote.pk])).status_code == 405


# Quote actions: what the editor gets ----------------------------------------------------

def test_accept_answers_htmx_with_the_updated_card(editor_client, quote):
    response = post(editor_client, reverse("quote_accept", args=[quote.pk]), {"version": 1, "page": "article"})

    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="quote-{quote.pk}"' in html and "status-verified" in html and 'data-acted="next"' in html
    assert 'hx-swap-oob="true"' in html  # the article's progress follows
    assert "quoteReviewed" in response["HX-Trigger"]
    assert Quote.objects.get(pk=quote.pk).status == ReviewStatus.VERIFIED


def test_accept_without_javascript_redirects_back(editor_client, quote):
    back = reverse("review_queue") + "?status=machine"
    response = post(editor_client, reverse("quote_accept", args=[quote.pk]), {"version": 1, "next": back}, htmx=False)
    assert response.status_code == 302 and response["Location"] == back


def test_redirect_back_never_leaves_the_site(editor_client, quote):
    response = post(editor_client, reverse("quote_accept", args=[quote.pk]),
                    {"version": 1, "next": "https://evil.example/"}, htmx=False)
    assert response["Location"].startswith(reverse("article_detail", args=[quote.article_id]))


def test_reject_keeps_the_reason(editor_client, quote):
    response = post(editor_client, reverse("quote_reject", args=[quote.pk]), {"version": 1, "reason": "مكرر"})
    assert response.status_code == 200 and "مكرر" in response.content.decode()
    assert Quote.objects.get(pk=quote.pk).reject_reason == "مكرر"


def test_edit_moves_the_boundaries(editor_client, quote):
    start, end = TEXT.index("«"), TEXT.index("»") + 1
    response = post(editor_client, reverse("quote_edit", args=[quote.pk]), {"version": 1, "start": start, "end": end})
    assert response.status_code == 200
    quote.refresh_from_db()
    assert quote.content == "سنفتح الطريق الشهر المقبل" and quote.status == ReviewStatus.EDITED


def test_edit_with_bad_offsets_is_422_and_changes_nothing(editor_client, quote):
    response = post(editor_client, reverse("quote_edit", args=[quote.pk]), {"version": 1, "start": 50, "end": 10**6})
    assert response.status_code == 422
    assert 'role="alert"' in response.content.decode()
    assert Quote.objects.get(pk=quote.pk).version == 1


def test_reassign_to_a_typed_name_finds_the_known_speaker(editor_client, quote, newsroom):
    known = SpeakerFactory(newsroom=newsroom, name="منى السيد")
    response = post(editor_client, reverse("quote_reassign", args=[quote.pk]), {"version": 1, "speaker_name": "منى  السيّد"})
    assert response.status_code == 200
    assert Quote.objects.get(pk=quote.pk).speaker == known


def test_reassign_by_id_of_another_newsroom_is_404(editor_client, quote, other_newsroom):
    stranger = SpeakerFactory(newsroom=other_newsroom)
    response = post(editor_client, reverse("quote_reassign", args=[quote.pk]), {"version": 1, "speaker_id": stranger.pk})
    assert response.status_code == 404


def test_retype_and_undo(editor_client, quote):
    post(editor_client, reverse("quote_retype", args=[quote.pk]), {"version": 1, "type": "direct"})
    response = post(editor_client, reverse("quote_undo", args=[quote.pk]), {"version": 2})
    assert response.status_code == 200
    quote.refresh_from_db()
    assert (quote.type, quote.status, quote.version) == ("indirect", "machine", 3)
    assert "History (2)" in response.content.decode()


def test_undo_with_nothing_to_undo_is_422(editor_client, quote):
    assert post(editor_client, reverse("quote_undo", args=[quote.pk]), {"version": 1}).status_code == 422


def test_a_stale_action_is_a_409_showing_the_current_value(editor_client, quote, editor):
    post(editor_client, reverse("quote_reject", args=[quote.pk]), {"version": 1, "reason": "مكرر"})

    response = post(editor_client, reverse("quote_accept", args=[quote.pk]), {"version": 1})

    assert response.status_code == 409
    html = response.content.decode()
    assert "your action was not applied" in html and "status-rejected" in html and "مكرر" in html
    assert 'name="version" value="2"' in html  # acting again from this card uses the current version
    assert Quote.objects.get(pk=quote.pk).status == ReviewStatus.REJECTED


def test_a_stale_action_without_javascript_is_a_409_page(editor_client, quote):
    post(editor_client, reverse("quote_accept", args=[quote.pk]), {"version": 1})
    response = post(editor_client, reverse("quote_retype", args=[quote.pk]), {"version": 1, "type": "mixed"}, htmx=False)
    assert response.status_code == 409
    assert "<html" in response.content.decode()


def test_a_missing_version_is_refused(editor_client, quote):
    assert post(editor_client, reverse("quote_accept", args=[quote.pk]), {}).status_code == 400


def test_history_lists_who_did_what(editor_client, quote, editor):
    post(editor_client, reverse("quote_reassign", args=[quote.pk]), {"version": 1, "speaker_name": "منى السيد"})
    html = editor_client.get(reverse("quote_detail", args=[quote.pk])).content.decode()
    assert "History (1)" in html and editor.username in html and "منى السيد" in html


# Article-level actions --------------------------------------------------------------------

ARTICLE_ACTIONS = {
    "quote_add": {"start": str(TEXT.index("أن التمويل")), "end": str(TEXT.index("،")), "speaker_name": "الوزير"},
    "article_bulk_accept": {"min_confidence": "0.4"},
    "article_bulk_reassign": {"speaker_name": "الوزير"},
}


@pytest.mark.parametrize("action", ARTICLE_ACTIONS)
def test_article_actions_permissions(anonymous_client, viewer_client, outsider_client, article, action):
    url = reverse(action, args=[article.pk])
    assert post(anonymous_client, url, ARTICLE_ACTIONS[action], htmx=False).status_code == 302
    assert post(viewer_client, url, ARTICLE_ACTIONS[action]).status_code == 403
    assert post(outsider_client, url, ARTICLE_ACTIONS[action]).status_code == 404
    assert not ReviewEvent.objects.exists()


def test_add_a_missed_quote(editor_client, article):
    response = post(editor_client, reverse("quote_add", args=[article.pk]), ARTICLE_ACTIONS["quote_add"])
    assert response.status_code == 200
    added = Quote.objects.get(article=article)
    assert added.content == "أن التمويل متوفر" and added.origin == "editor"
    assert f'data-focus="{added.pk}"' in response.content.decode()


def test_add_over_an_existing_quote_is_422(editor_client, quote):
    data = {"start": quote.start, "end": quote.end, "speaker_name": "الوزير"}
    response = post(editor_client, reverse("quote_add", args=[quote.article_id]), data)
    assert response.status_code == 422 and "overlaps" in response.content.decode()


def test_bulk_accept_above_a_confidence(editor_client, article):
    sure = QuoteFactory(article=article, start=0, end=3, confidence=0.95)
    unsure = QuoteFactory(article=article, start=4, end=8, confidence=0.3)
    response = post(editor_client, reverse("article_bulk_accept", args=[article.pk]), {"min_confidence": "0.9"}, htmx=False)
    assert response.status_code == 302
    assert dict(Quote.objects.values_list("pk", "status")) == {sure.pk: "verified", unsure.pk: "machine"}


def test_bulk_reassign_selected_quotes(editor_client, article, newsroom):
    first = QuoteFactory(article=article, start=0, end=3)
    second = QuoteFactory(article=article, start=4, end=8)
    untouched = QuoteFactory(article=article, start=9, end=12)
    response = post(editor_client, reverse("article_bulk_reassign", args=[article.pk]),
                    {"speaker_name": "هيئة الطرق", "quotes": [first.pk, second.pk]})
    assert response.status_code == 200
    speaker = Speaker.objects.get(name="هيئة الطرق")
    assert set(Quote.objects.filter(speaker=speaker).values_list("pk", flat=True)) == {first.pk, second.pk}
    assert Quote.objects.get(pk=untouched.pk).speaker != speaker


def test_article_page_shows_cards_progress_and_tools(editor_client, quote):
    html = editor_client.get(reverse("article_detail", args=[quote.article_id])).content.decode()
    assert "0 of 1 quotes reviewed" in html
    assert f'id="quote-{quote.pk}"' in html and 'id="add-quote-form"' in html and 'id="shortcuts"' in html
    assert f'href="#q{quote.pk}-{quote.start}"' in html


def test_speaker_suggestions_search_names_and_aliases(editor_client, newsroom, other_newsroom):
    SpeakerFactory(newsroom=newsroom, name="منى السيد", verified=True)
    SpeakerFactory(newsroom=other_newsroom, name="منى الغريبة")
    html = editor_client.get(reverse("speaker_suggest") + "?speaker_name=منى").content.decode()
    assert "منى السيد" in html and "منى الغريبة" not in html


def test_queue_and_article_pages_take_at_most_ten_queries(editor_client, article, newsroom, editor, django_assert_max_num_queries):
    speaker = SpeakerFactory(newsroom=newsroom)
    for i in range(12):
        q = QuoteFactory(article=article, start=i * 3, end=i * 3 + 2, speaker=speaker, flags=["no_speaker"] if i % 2 else [])
        post(editor_client, reverse("quote_accept", args=[q.pk]), {"version": 1})
    filters = (f"?status=all&speaker={speaker.pk}&article={article.pk}&uploader={editor.pk}&flag=no_speaker"
               "&confidence_min=0&confidence_max=1&date_from=2000-01-01&date_to=2100-01-01")
    with django_assert_max_num_queries(10):
        response = editor_client.get(reverse("review_queue") + filters)
    assert response.status_code == 200
    assert len(response.context["queue"].quotes) == 6  # the filters are valid and match: the page was really read
    with django_assert_max_num_queries(10):
        assert editor_client.get(reverse("article_detail", args=[article.pk])).status_code == 200


def test_carriage_returns_get_their_own_segments_so_offsets_survive_html_parsing():
    from newsroom.desk.rendering import article_segments

    text = "سطر أول\r\nقال: «نعم»\r\n"
    segments = article_segments(text, [], [])
    assert "".join(s.text for s in segments) == text
    assert [s.text for s in segments if "\r" in s.text] == ["\r", "\r"]
    assert all(text[s.start:s.end] == s.text for s in segments)


# Status counts and light cards -------------------------------------------------------------

def tab_counts(client, url=None):
    response = client.get(url or reverse("review_queue"))
    return {tab["value"]: tab["count"] for tab in response.context["status_tabs"]}


@pytest.mark.django_db(transaction=True)  # the counts move when the action's transaction commits
def test_status_counts_follow_every_action(editor_client, article, quote):
    other = QuoteFactory(article=article, start=0, end=3)
    assert tab_counts(editor_client) == {"machine": 2, "verified": 0, "edited": 0, "rejected": 0, "all": 2}

    post(editor_client, reverse("quote_accept", args=[quote.pk]), {"version": 1})
    assert tab_counts(editor_client) == {"machine": 1, "verified": 1, "edited": 0, "rejected": 0, "all": 2}

    post(editor_client, reverse("quote_reject", args=[other.pk]), {"version": 1, "reason": "مكرر"})
    post(editor_client, reverse("quote_undo", args=[quote.pk]), {"version": 2})
    assert tab_counts(editor_client) == {"machine": 1, "verified": 0, "edited": 0, "rejected": 1, "all": 2}

    post(editor_client, reverse("quote_add", args=[article.pk]), ARTICLE_ACTIONS["quote_add"])
    post(editor_client, reverse("article_bulk_accept", args=[article.pk]), {"min_confidence": "0"})
    assert tab_counts(editor_client) == {"machine": 0, "verified": 2, "edited": 0, "rejected": 1, "all": 3}


def test_everyday_queue_counts_are_not_recounted_on_each_load(editor_client, quote):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    editor_client.get(reverse("review_queue"))
    with CaptureQueriesContext(connection) as captured:
        editor_client.get(reverse("review_queue"))
    assert not [q for q in captured.captured_queries if "GROUP BY" in q["sql"]]


def test_filtered_queue_counts_only_matching_quotes(editor_client, article, newsroom, quote):
    speaker = SpeakerFactory(newsroom=newsroom)
    QuoteFactory(article=article, start=0, end=3, speaker=speaker, status=ReviewStatus.VERIFIED)
    counts = tab_counts(editor_client, reverse("review_queue") + f"?speaker={speaker.pk}")
    assert counts == {"machine": 0, "verified": 1, "edited": 0, "rejected": 0, "all": 1}


def test_list_cards_load_their_panels_on_demand(editor_client, quote):
    queue_html = editor_client.get(reverse("review_queue")).content.decode()
    card_url = reverse("quote_detail", args=[quote.pk])
    assert f'href="{card_url}?panel=reject"' in queue_html and f'id="reason-{quote.pk}"' not in queue_html

    panel = editor_client.get(card_url + "?page=queue&panel=reject", headers={"HX-Request": "true"})
    html = panel.content.decode()
    assert "<html" not in html and f'id="reason-{quote.pk}"' in html
    assert 'data-open="reject"' in html and '<details class="panel" data-panel="reject" open>' in html

    without_javascript = editor_client.get(card_url + "?panel=speaker").content.decode()
    assert "<html" in without_javascript and f'id="speaker-name-{quote.pk}"' in without_javascript


def test_an_action_answers_with_a_light_card(editor_client, quote):
    html = post(editor_client, reverse("quote_accept", args=[quote.pk]), {"version": 1}).content.decode()
    assert 'data-panel-link="history"' in html and "History (1)" in html and 'class="events"' not in html


@pytest.mark.parametrize(("count", "message"), [(1, "1 quote accepted."), (2, "2 quotes accepted.")])
def test_bulk_accept_message_agrees_with_the_count(editor_client, article, count, message):
    for i in range(count):
        QuoteFactory(article=article, start=i * 4, end=i * 4 + 3, confidence=0.95)
    response = post(editor_client, reverse("article_bulk_accept", args=[article.pk]), {"min_confidence": "0.9"}, htmx=False)
    assert message in editor_client.get(response["Location"]).content.decode()


def test_flags_are_shown_in_words_and_offered_as_a_filter(editor_client, article):
    QuoteFactory(article=article, start=0, end=3, flags=["ambiguous_speaker"])
    page = editor_client.get(reverse("review_queue"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert ">Ambiguous speaker<" in page
    assert '<option value="ambiguous_speaker">' in page


def test_type_and_kind_choices_are_the_models_and_translated(editor_client, quote, settings):
    from newsroom.desk.models import QuoteType, SpeakerKind

    settings.LANGUAGE_CODE = "ar"
    html = editor_client.get(reverse("quote_detail", args=[quote.pk]) + "?panel=type").content.decode()
    for value in QuoteType.values:
        assert f'name="type" value="{value}"' in html
    for value in SpeakerKind.values:
        assert f'<option value="{value}">' in html
    assert ">مباشر<" in html and ">شخص<" in html
    article_html = editor_client.get(reverse("article_detail", args=[quote.article_id])).content.decode()
    assert all(f'<option value="{value}">' in article_html for value in QuoteType.values)


def test_after_an_undo_the_focus_stays_on_the_quote(editor_client, quote):
    post(editor_client, reverse("quote_accept", args=[quote.pk]), {"version": quote.version})
    html = post(editor_client, reverse("quote_undo", args=[quote.pk]), {"version": quote.version + 1}).content.decode()
    assert 'data-acted="stay"' in html and 'data-acted="next"' not in html
