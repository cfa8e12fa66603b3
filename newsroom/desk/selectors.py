"""Every read of the desk; each function's query count does not grow with the data."""

import math
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.db.models import Count, Exists, F, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce, Greatest, Least, Substr
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import REVIEWED_STATUSES, Article, ExtractionStatus, Quote, ReviewEvent, ReviewStatus, Speaker, SpeakerAlias
from .quote_counts import status_counts
from .rendering import article_segments
from .text import fold

# The start of the text stands in for a missing title without loading whole articles.
LEAD = Substr("text", 1, 160)


# Article list


def article_list(*, newsroom):
    return (
        Article.objects.filter(newsroom=newsroom)
        .select_related("uploaded_by")
        .annotate(
            quote_count=Count("quotes", filter=~Q(quotes__status="rejected")),
            reviewed_count=Count("quotes", filter=Q(quotes__status__in=REVIEWED_STATUSES)),
            # Stands in for a missing title: display_title would load each deferred text.
            lead=LEAD,
        )
        .defer("text", "boilerplate")
    )


# Article page

def article_detail(*, article):
    """The article with its quote cards (and their history) and display segments, in three queries."""
    quotes = list(quote_cards(Quote.objects.filter(article=article)).order_by("start", "id"))
    return {
        "article": article,
        "quotes": quotes,
        "segments": article_segments(article.text, quotes, article.boilerplate),
        "active_count": sum(1 for q in quotes if q.status != "rejected"),
        "progress": {"reviewed_count": sum(1 for q in quotes if q.is_reviewed), "total_count": len(quotes)},
    }


def article_progress(*, article) -> dict:
    """Reviewed (accepted, edited or rejected) of all the article's quotes."""
    counts = Quote.objects.filter(article=article).aggregate(
        reviewed_count=Count("id", filter=Q(status__in=REVIEWED_STATUSES)), total_count=Count("id"),
    )
    return {"article": article, **counts}


# Dashboard
# Each read is one query whatever the data size; the lists are capped for the page.

DASHBOARD_LIST_SIZE = 10
TOP_SPEAKERS = 8


def articles_awaiting_review(*, newsroom, limit=DASHBOARD_LIST_SIZE):
    """Extracted articles that still hold unreviewed machine quotes, newest first."""
    return list(
        Article.objects.filter(newsroom=newsroom, extraction_status=ExtractionStatus.DONE)
        .annotate(open_count=Count("quotes", filter=Q(quotes__status=ReviewStatus.MACHINE)))
        .filter(open_count__gt=0)
        .annotate(lead=LEAD)
        .only("id", "title", "outlet", "uploaded_at", "extraction_status")
        .order_by("-uploaded_at", "-id")[:limit]
    )


def articles_awaiting_review_count(*, newsroom) -> int:
    open_quotes = Quote.objects.filter(article=OuterRef("pk"), status=ReviewStatus.MACHINE)
    return Article.objects.filter(newsroom=newsroom, extraction_status=ExtractionStatus.DONE).filter(Exists(open_quotes)).count()


def today_start():
    """Midnight today in the desk's time zone (settings.TIME_ZONE), as an aware datetime."""
    return timezone.make_aware(datetime.combine(timezone.localdate(), time.min))


def quotes_verified_today_count(*, newsroom) -> int:
    return Quote.objects.filter(
        newsroom=newsroom,
        status__in=(ReviewStatus.VERIFIED, ReviewStatus.EDITED),
        reviewed_at__gte=today_start(),
    ).count()


def extraction_failures(*, newsroom, limit=DASHBOARD_LIST_SIZE):
    return list(
        Article.objects.filter(newsroom=newsroom, extraction_status=ExtractionStatus.FAILED)
        .annotate(lead=LEAD)
        .only("id", "title", "outlet", "uploaded_at", "extraction_status", "extraction_error")
        .order_by("-uploaded_at", "-id")[:limit]
    )


def top_speakers_of_week(*, newsroom, limit=TOP_SPEAKERS):
    """Speakers with the most non-rejected quotes in articles uploaded in the last seven days."""
    since = timezone.now() - timedelta(days=7)
    return list(
        Quote.objects.filter(newsroom=newsroom, article__uploaded_at__gte=since, speaker__isnull=False)
        .exclude(status=ReviewStatus.REJECTED)
        .values("speaker_id", "speaker__name")
        .annotate(quote_count=Count("id"))
        .order_by("-quote_count", "speaker__name")[:limit]
    )


def dashboard(*, newsroom):
    return {
        "awaiting": articles_awaiting_review(newsroom=newsroom),
        "awaiting_count": articles_awaiting_review_count(newsroom=newsroom),
        "verified_today": quotes_verified_today_count(newsroom=newsroom),
        "failures": extraction_failures(newsroom=newsroom),
        "top_speakers": top_speakers_of_week(newsroom=newsroom),
    }


# Speakers

SPEAKER_RECENT_QUOTES = 20


def speaker_list(*, newsroom):
    """The registry with each speaker's live (non-rejected) quote count.

    The count is a correlated subquery rather than a join + GROUP BY, so PostgreSQL computes
    it only for the page of rows it returns (index quote_speaker_idx), not for every speaker.
    """
    live_quotes = (
        Quote.objects.filter(speaker=OuterRef("pk")).exclude(status=ReviewStatus.REJECTED)
        .order_by().values("speaker").annotate(n=Count("id")).values("n")
    )
    return (
        Speaker.objects.filter(newsroom=newsroom)
        .annotate(quote_count=Coalesce(Subquery(live_quotes, output_field=IntegerField()), 0))
        .order_by("name", "id")
    )


def speakers_matching(queryset, text):
    """Speakers whose folded name or any folded alias contains the folded search text."""
    key = fold(text)
    if not key:
        return queryset
    alias_hit = SpeakerAlias.objects.filter(speaker=OuterRef("pk"), alias_key__contains=key)
    return queryset.filter(Q(name_key__contains=key) | Exists(alias_hit))


def speaker_detail(*, speaker):
    recent = list(
        Quote.objects.filter(speaker=speaker)
        .select_related("article")
        .annotate(article_lead=Substr("article__text", 1, 160))
        .only("id", "content", "type", "status", "confidence", "created_at", "speaker_mention", "article_id",
              "article__id", "article__title", "article__uploaded_at", "article__outlet")
        .order_by("-article__uploaded_at", "-id")[:SPEAKER_RECENT_QUOTES]
    )
    counts = Quote.objects.filter(speaker=speaker).aggregate(
        total=Count("id", filter=~Q(status=ReviewStatus.REJECTED)),
        reviewed=Count("id", filter=Q(status__in=(ReviewStatus.VERIFIED, ReviewStatus.EDITED))),
    )
    return {
        "speaker": speaker,
        "aliases": list(speaker.aliases.order_by("alias")),
        "recent_quotes": recent,
        "quote_count": counts["total"],
        "reviewed_count": counts["reviewed"],
    }


# Review queue and quote cards
# The queue seeks through (unflagged, confidence, id) on index quote_review_queue_idx, never OFFSET:
# page 40,000 of a million quotes costs what page 1 does.

QUEUE_PAGE_SIZE = 25
CONTEXT_CHARS = 90
SPEAKER_SUGGESTIONS = 8
_QUEUE_ORDER = ("unflagged", "confidence", "id")
BIGINT_MAX = 2**63 - 1


def quote_cards(queryset=None):
    """Quotes (all, unless a queryset is given) ready for a card in one query plus one for their history: speaker, article title,
    the quoted span as stored in the text and a little context either side (offsets kept)."""
    queryset = Quote.objects.all() if queryset is None else queryset
    return (
        queryset.select_related("article", "speaker")
        .defer("article__text", "article__boilerplate")
        .annotate(
            article_lead=Substr("article__text", 1, 120),
            context_start=Greatest(F("start") - CONTEXT_CHARS, 0),
            context_before=Substr("article__text", Greatest(F("start") - CONTEXT_CHARS, 0) + 1, Least(F("start"), CONTEXT_CHARS)),
            span_text=Substr("article__text", F("start") + 1, F("end") - F("start")),
            context_after=Substr("article__text", F("end") + 1, CONTEXT_CHARS),
        )
        .prefetch_related(Prefetch("events", queryset=ReviewEvent.objects.select_related("actor")))
    )


def quote_card(*, quote_id):
    return quote_cards(Quote.objects.filter(pk=quote_id)).get()


def _cursor(quote) -> str:
    return f"{int(quote.unflagged)}_{quote.confidence!r}_{quote.pk}"


class CursorInvalid(ValueError):
    """A page link (`after`/`before`) the queue did not write."""


def _cursor_parse(value):
    """(unflagged, confidence, id) of a cursor; None when absent, CursorInvalid when garbled."""
    if value is None:
        return None
    try:
        unflagged, confidence, pk = value.split("_")
        confidence, pk = float(confidence), int(pk)
    except ValueError:
        raise CursorInvalid(value) from None
    if unflagged not in ("0", "1") or not math.isfinite(confidence) or not 0 < pk <= BIGINT_MAX:
        raise CursorInvalid(value)
    return unflagged == "1", confidence, pk


def _seek(queryset, cursor, *, forward):
    unflagged, confidence, pk = cursor
    op = "gt" if forward else "lt"
    return queryset.filter(
        Q(**{f"unflagged__{op}": unflagged})
        | Q(unflagged=unflagged, **{f"confidence__{op}": confidence})
        | Q(unflagged=unflagged, confidence=confidence, **{f"id__{op}": pk})
    )


@dataclass
class ReviewQueue:
    filter: object
    quotes: list
    counts: dict
    next_cursor: str | None = None
    prev_cursor: str | None = None
    error: str = ""  # why the page could not be read (a garbled page link); filters keep their own errors
    # The names of rows a link pinned by id (`?speaker=<id>`, `?article=<id>`), for the page to show.
    pinned: dict = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not (self.error or self.filter.errors)


def review_queue(*, newsroom, params, page_size=QUEUE_PAGE_SIZE) -> ReviewQueue:
    """Quotes needing a look, flagged then least confident first, one keyset page of them."""
    from .filters import QuoteQueueFilter  # filters use selectors: import here to avoid a cycle

    filterset = QuoteQueueFilter(params, queryset=Quote.objects.filter(newsroom=newsroom), newsroom=newsroom)
    if not filterset.is_valid():
        return ReviewQueue(filter=filterset, quotes=[], counts={})
    try:
        after, before = _cursor_parse(params.get("after")), _cursor_parse(params.get("before"))
    except CursorInvalid:
        return ReviewQueue(filter=filterset, quotes=[], counts={},
                           error=_("This page link is not valid; start again from the first page."))
    if filterset.filters_besides_status():
        counts = dict(filterset.queryset_without("status").order_by().values_list("status").annotate(n=Count("id")))
    else:  # the everyday queue: the newsroom's counts, kept up to date by the services
        counts = status_counts(newsroom=newsroom)
    queryset = filterset.qs
    if before:
        rows = list(quote_cards(_seek(queryset, before, forward=False)).order_by(*(f"-{f}" for f in _QUEUE_ORDER))[:page_size + 1])
        has_prev, has_next = len(rows) > page_size, True
        rows = rows[:page_size][::-1]
    else:
        if after:
            queryset = _seek(queryset, after, forward=True)
        rows = list(quote_cards(queryset).order_by(*_QUEUE_ORDER)[:page_size + 1])
        has_prev, has_next = after is not None, len(rows) > page_size
        rows = rows[:page_size]
    pinned = _pinned_names(newsroom=newsroom, speaker_id=filterset.form.cleaned_data["speaker"],
                           article_id=filterset.form.cleaned_data["article"], rows=rows)
    return ReviewQueue(
        filter=filterset, quotes=rows, counts=counts, pinned=pinned,
        next_cursor=_cursor(rows[-1]) if rows and has_next else None,
        prev_cursor=_cursor(rows[0]) if rows and has_prev else None,
    )


def _pinned_names(*, newsroom, speaker_id, article_id, rows) -> dict:
    """Names for the ids a link pinned: from the page's own cards when it has any (every one is that
    speaker's and that article's), else a query per id (links only; the everyday queue pins nothing)."""
    names = {}
    if speaker_id:
        names["speaker"] = (rows[0].speaker.name if rows else
                            Speaker.objects.filter(newsroom=newsroom, pk=speaker_id).values_list("name", flat=True).first())
    if article_id:
        article = ({"title": rows[0].article.title, "lead": rows[0].article_lead} if rows else
                   Article.objects.filter(newsroom=newsroom, pk=article_id).annotate(lead=LEAD).values("title", "lead").first())
        names["article"] = article and (article["title"] or article["lead"])
    return names


def speaker_suggestions(*, newsroom, text, limit=SPEAKER_SUGGESTIONS):
    """Type-ahead over the registry: verified speakers first."""
    if not fold(text):
        return []
    return list(speakers_matching(Speaker.objects.filter(newsroom=newsroom), text).order_by("-verified", "name")[:limit])
