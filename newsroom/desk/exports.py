"""Quotes out of the desk, one flat row per quote, streamed (a million rows never sit in memory).

Statuses: "reviewed" (the default) is what a newsroom publishes from: quotes an editor
verified as they are, or edited into shape. "verified" and "edited" alone, "machine" (not yet
reviewed), "rejected" and "all" are there for audits and evaluation.

CSV is written as UTF-8 with a byte-order mark, because Excel reads a BOM-less CSV in the
local ANSI code page and shows Arabic as mojibake; every other CSV reader ignores the BOM.
JSON is one array; JSON Lines is one object per line, the easiest to stream onwards.
"""

import csv
import json

from django.db.models import Case, F, TextField, When
from django.db.models.functions import Substr

from .models import Quote, ReviewStatus

STATUS_CHOICES = {
    "reviewed": [ReviewStatus.VERIFIED, ReviewStatus.EDITED],
    "verified": [ReviewStatus.VERIFIED],
    "edited": [ReviewStatus.EDITED],
    "machine": [ReviewStatus.MACHINE],
    "rejected": [ReviewStatus.REJECTED],
    "all": None,
}
DEFAULT_STATUS = "reviewed"
FORMATS = ("csv", "json", "jsonl")

COLUMNS = [
    "quote_id", "article_id", "article_title", "article_url", "content", "speaker", "speaker_role",
    "speaker_mention", "type", "cue", "status", "start", "end", "confidence", "flags", "reviewed_at",
]

# An untitled article is named by its first line, as on the desk (Article.display_title);
# only the head of the text is read from the database, never the whole article per row.
_TITLE_HEAD = 300


def quotes_for_export(*, newsroom, status=DEFAULT_STATUS, chunk_size=2000):
    """Yield one dict per quote of the newsroom in the given status group, in article order."""
    if status not in STATUS_CHOICES:
        raise ValueError(f"unknown status {status!r}; choose from {', '.join(STATUS_CHOICES)}")
    quotes = Quote.objects.filter(newsroom=newsroom)
    if STATUS_CHOICES[status] is not None:
        quotes = quotes.filter(status__in=STATUS_CHOICES[status])
    rows = quotes.order_by("article_id", "start", "id").values(
        "id", "article_id", "content", "speaker_mention", "type", "cue", "status", "start", "end",
        "confidence", "flags", "reviewed_at",
        title=Case(
            When(article__title="", then=Substr("article__text", 1, _TITLE_HEAD)),
            default=F("article__title"),
            output_field=TextField(),
        ),
        url=F("article__url"),
        speaker_name=F("speaker__name"),
        role=F("speaker__role"),
    )
    for row in rows.iterator(chunk_size=chunk_size):
        yield {
            "quote_id": row["id"],
            "article_id": row["article_id"],
            "article_title": _first_line(row["title"]),
            "article_url": row["url"],
            "content": row["content"],
            "speaker": row["speaker_name"] or "",
            "speaker_role": row["role"] or "",
            "speaker_mention": row["speaker_mention"],
            "type": row["type"],
            "cue": row["cue"],
            "status": row["status"],
            "start": row["start"],
            "end": row["end"],
            "confidence": round(row["confidence"], 4),
            "flags": list(row["flags"] or []),
            "reviewed_at": row["reviewed_at"].isoformat() if row["reviewed_at"] else None,
        }


def _first_line(value):
    value = (value or "").strip()
    return value.split("\n", 1)[0].strip()[:120]


def write_csv(rows, out):
    """CSV, UTF-8 with BOM; flags joined by "; ". `out` is a text stream."""
    out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({**row, "flags": "; ".join(row["flags"]), "reviewed_at": row["reviewed_at"] or ""})
        count += 1
    return count


def write_jsonl(rows, out):
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def write_json(rows, out):
    """A JSON array written element by element, so it streams like the others."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(row, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


WRITERS = {"csv": write_csv, "json": write_json, "jsonl": write_jsonl}
