"""A newsroom's quote counts per review status (the queue's tabs), kept in the cache.

Counting 100,000 quotes on every queue load was most of its cost; the counts change only
through review actions and extraction, which know what they changed. So the counts are
computed once (one grouped query on index quote_newsroom_status_idx) and then shifted by
each service after its transaction commits: an accept moves one quote from "machine" to
"verified". The shifts are atomic increments (Redis INCRBY), so concurrent editors in
different worker processes do not lose each other's. Anything that cannot say what it
changed (extraction replacing machine quotes) forgets the counts instead.

A read that recomputes while another request commits can store a count off by one; the
entries expire after COUNTS_TTL so such drift lasts at most that long. They are tab labels,
not figures anyone bills on.
"""

from collections import Counter

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count

from .models import Quote, ReviewStatus

COUNTS_TTL = 60  # seconds


def _keys(newsroom_id):
    return {status: f"desk:quote-count:{newsroom_id}:{status}" for status in ReviewStatus.values}


def status_counts(*, newsroom) -> dict:
    """{status: number of the newsroom's quotes}, statuses with no quotes left out."""
    keys = _keys(newsroom.pk)
    cached = cache.get_many(keys.values())
    if len(cached) == len(keys):
        return {status: cached[key] for status, key in keys.items() if cached[key]}
    counts = dict(Quote.objects.filter(newsroom=newsroom).order_by().values_list("status").annotate(n=Count("id")))
    cache.set_many({key: counts.get(status, 0) for status, key in keys.items()}, COUNTS_TTL)
    return counts


def status_counts_shift(*, newsroom_id, before, after) -> None:
    """After commit, move quotes between statuses: `before` and `after` list each changed quote's status."""
    shifts = Counter(after)
    shifts.subtract(Counter(before))
    shifts = {status: n for status, n in shifts.items() if n}
    if shifts:
        transaction.on_commit(lambda: _shift(newsroom_id, shifts))


def _shift(newsroom_id, shifts):
    keys = _keys(newsroom_id)
    try:
        for status, n in sorted(shifts.items()):
            cache.incr(keys[status], n)
    except ValueError:  # expired or never computed: the next read counts afresh
        cache.delete_many(list(keys.values()))


def status_counts_forget(*, newsroom_id) -> None:
    transaction.on_commit(lambda: cache.delete_many(list(_keys(newsroom_id).values())))
