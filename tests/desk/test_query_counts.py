"""Main pages run a fixed number of SQL queries, however much data there is.

Each page is rendered with small and with larger data under the same ceiling, so an N+1
(a query per quote, speaker or article) fails here long before it is felt in production.
"""

import itertools
from datetime import timedelta

import pytest
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone

from newsroom.desk.models import ExtractionStatus, Quote, QuoteType, ReviewStatus, SpeakerAlias
from newsroom.desk.text import fold
from tests.factories import ArticleFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
SIZES = [5, 300]

SERIAL = itertools.count()
SENTENCE = "قال الوزير إن «العمل يسير وفق الخطة» وأضاف أن التمويل متوفر. "


def article_with_quotes(newsroom, count, speakers, **kwargs):
    """An article of `count` sentences, each holding one quote, spread over the speakers."""
    # The trailing number keeps each text distinct (one newsroom never stores a text twice).
    article = ArticleFactory(newsroom=newsroom, text=SENTENCE * count + f"\n{next(SERIAL)}", **kwargs)
    step = len(SENTENCE)
    now = timezone.now()
    statuses = [ReviewStatus.MACHINE, ReviewStatus.VERIFIED, ReviewStatus.EDITED, ReviewStatus.REJECTED]
    Quote.objects.bulk_create([
        Quote(
            article=article, start=i * step + 13, end=i * step + 35, content=SENTENCE[13:35], type=QuoteType.DIRECT,
            cue="قال", cue_start=i * step, cue_end=i * step + 3, speaker=speakers[i % len(speakers)],
            speaker_mention="الوزير", mention_start=i * step + 4, mention_end=i * step + 10,
            confidence=(i % 10) / 10, flags=["low_confidence"] if i % 3 == 0 else [],
            status=statuses[i % 4], reviewed_at=now if i % 4 in (1, 2) else None,
        )
        for i in range(count)
    ])
    return article


@pytest.fixture
def speakers(newsroom):
    made = [SpeakerFactory(newsroom=newsroom, name=f"متحدث رقم {n}", verified=n % 2 == 0) for n in range(12)]
    for speaker in made:
        SpeakerAlias.objects.create(speaker=speaker, alias=f"السيد {speaker.name}", alias_key=fold(f"السيد {speaker.name}"))
    return made


def populate(newsroom, speakers, size):
    """`size` quotes in one big article plus a spread of articles for the lists."""
    article = article_with_quotes(newsroom, size, speakers)
    for n in range(max(1, size // 30)):
        article_with_quotes(newsroom, 3, speakers, title=f"مقال {n}" if n % 2 else "")  # untitled: shown by its lead
        ArticleFactory(newsroom=newsroom, title=f"فاشل {n}", extraction_status=ExtractionStatus.FAILED, extraction_error="boom")
        ArticleFactory(newsroom=newsroom, title=f"قديم {n}", uploaded_at=timezone.now() - timedelta(days=30))
    return article


def get_ok(client, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    return response


@pytest.mark.parametrize("size", SIZES)
def test_article_page(size, editor_client, newsroom, speakers, django_assert_max_num_queries):
    article = populate(newsroom, speakers, size)

    response = get_ok(editor_client, reverse("article_detail", args=[article.pk]), django_assert_max_num_queries)

    assert response.content.decode().count('class="quote-item') == size


@pytest.mark.parametrize("size", SIZES)
def test_dashboard(size, editor_client, newsroom, speakers, django_assert_max_num_queries):
    populate(newsroom, speakers, size)

    response = get_ok(editor_client, reverse("dashboard"), django_assert_max_num_queries)

    assert response.context["failures"] and response.context["awaiting"] and response.context["chart"].bars


@pytest.mark.parametrize("size", SIZES)
def test_speaker_list(size, viewer_client, newsroom, speakers, django_assert_max_num_queries):
    populate(newsroom, speakers, size)
    url = reverse("speaker_list")

    get_ok(viewer_client, url, django_assert_max_num_queries)
    response = get_ok(viewer_client, url + "?q=متحدث&kind=person&verified=on", django_assert_max_num_queries)

    assert len(response.context["page"].object_list) == 6


@pytest.mark.parametrize("size", SIZES)
def test_speaker_page(size, viewer_client, newsroom, speakers, django_assert_max_num_queries):
    populate(newsroom, speakers, size)

    response = get_ok(viewer_client, reverse("speaker_detail", args=[speakers[0].pk]), django_assert_max_num_queries)

    assert response.context["recent_quotes"]


@pytest.mark.parametrize("size", SIZES)
def test_article_list(size, viewer_client, newsroom, speakers, django_assert_max_num_queries):
    populate(newsroom, speakers, size)

    get_ok(viewer_client, reverse("article_list"), django_assert_max_num_queries)


def review_page_exists():
    try:
        get_template("desk/review.html")
    except TemplateDoesNotExist:
        return False
    return True


@pytest.mark.skipif(not review_page_exists(), reason="the review queue page is not built yet")
@pytest.mark.parametrize("size", SIZES)
def test_review_queue(size, editor_client, newsroom, speakers, django_assert_max_num_queries):
    populate(newsroom, speakers, size)
    url = reverse("review_queue")

    get_ok(editor_client, url, django_assert_max_num_queries)
    get_ok(editor_client, url + "?status=all", django_assert_max_num_queries)


@pytest.mark.skipif(not review_page_exists(), reason="the review queue page is not built yet")
@pytest.mark.parametrize("size", SIZES)
def test_review_queue_filtered_by_name_title_and_pinned_ids(size, editor_client, newsroom, speakers,
                                                            django_assert_max_num_queries):
    article = populate(newsroom, speakers, size)
    url = reverse("review_queue")

    by_name = get_ok(editor_client, url + "?speaker_name=السيد متحدث رقم 3&article_title=خبر&status=all", django_assert_max_num_queries)
    pinned = get_ok(editor_client, url + f"?speaker={speakers[3].pk}&article={article.pk}&status=all",
                    django_assert_max_num_queries)

    assert by_name.context["queue"].quotes
    assert pinned.context["queue"].quotes


@pytest.mark.skipif(not review_page_exists(), reason="the review queue page is not built yet")
def test_opening_a_panel_reads_the_quote_once(editor_client, newsroom, speakers):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    quote = Quote.objects.filter(article=populate(newsroom, speakers, 5)).first()
    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get(reverse("quote_detail", args=[quote.pk]) + "?panel=reject&page=queue",
                                     headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert 'data-panel="reject" open' in response.content.decode()
    quote_reads = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT") and 'FROM "desk_quote"' in q["sql"]]
    assert len(quote_reads) == 1, quote_reads


@pytest.mark.parametrize("action,data", [("quote_reassign", {"speaker_name": "منى السيد"}), ("quote_accept", {}),
                                         ("article_bulk_reassign", {"speaker_name": "منى السيد"})])
def test_actions_take_the_newsroom_from_the_access_check(editor_client, newsroom, speakers, action, data):
    """The membership query already joined the newsroom; no action reads it again."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.browser import post

    quote = Quote.objects.filter(article=populate(newsroom, speakers, 5), status=ReviewStatus.MACHINE).first()
    if action.startswith("article_"):
        url, data = reverse(action, args=[quote.article_id]), {"quotes": [quote.pk], **data}
    else:
        url, data = reverse(action, args=[quote.pk]), {"version": quote.version, **data}
    with CaptureQueriesContext(connection) as queries:
        response = post(editor_client, url, data, htmx=True)
    assert response.status_code == 200
    assert not [q["sql"] for q in queries.captured_queries if q["sql"].startswith('SELECT "desk_newsroom"')]
