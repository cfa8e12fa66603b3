"""Every read of the desk; each function's query count does not grow with the data."""

from django.db.models import Count, Q

from .models import REVIEWED_STATUSES, Article, Quote
from .rendering import article_segments


def article_list(*, newsroom):
    return (
        Article.objects.filter(newsroom=newsroom)
        .select_related("uploaded_by")
        .annotate(
            quote_count=Count("quotes", filter=~Q(quotes__status="rejected")),
            reviewed_count=Count("quotes", filter=Q(quotes__status__in=REVIEWED_STATUSES)),
        )
        .defer("text", "boilerplate")
    )


def articles_pending(*, newsroom, ids):
    """Of these article ids, those whose extraction has not settled yet (for live polling)."""
    return list(Article.objects.filter(newsroom=newsroom, pk__in=ids).exclude(extraction_status__in=["done", "failed"]).values_list("pk", flat=True))


def article_quotes(*, article):
    return list(Quote.objects.filter(article=article).select_related("speaker").order_by("start", "id"))


def article_detail(*, article):
    """The article with its quotes and display segments, in two queries."""
    quotes = article_quotes(article=article)
    return {
        "article": article,
        "quotes": quotes,
        "segments": article_segments(article.text, quotes, article.boilerplate),
        "reviewed_count": sum(1 for q in quotes if q.is_reviewed),
        "active_count": sum(1 for q in quotes if q.status != "rejected"),
    }
