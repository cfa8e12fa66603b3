"""Every write of the desk: keyword-only functions named <thing>_<verb>, each atomic."""

import hashlib
import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

import extraction

from .models import (
    REVIEWED_STATUSES,
    Article,
    ExtractionRun,
    ExtractionStatus,
    Quote,
    QuoteType,
    ReviewEvent,
    ReviewStatus,
    Speaker,
    SpeakerAlias,
    SpeakerKind,
)
from .quote_counts import status_counts_forget, status_counts_shift
from .text import content_hash_source, fold

logger = logging.getLogger(__name__)

# A run left "running" this long is taken to have lost its worker and may be claimed again.
STALE_RUN_AFTER = timedelta(minutes=10)


class ArticleRejected(ValueError):
    """Input that cannot become an article; the message is shown to the editor as is."""


@dataclass(frozen=True)
class ArticleCreated:
    article: Article
    created: bool  # False: the same text was already in this newsroom (a duplicate)


def article_validate_text(text: str) -> str:
    if text is None or not text.strip():
        raise ArticleRejected(_("The article is empty."))
    if "\x00" in text:
        raise ArticleRejected(_("The text contains NUL characters: this looks like a binary file, not an article."))
    size = len(text.encode("utf-8"))
    if size > settings.ARTICLE_MAX_BYTES:
        raise ArticleRejected(
            _("The article is too large (%(size)d bytes; the limit is %(limit)d).")
            % {"size": size, "limit": settings.ARTICLE_MAX_BYTES}
        )
    return text


def article_hash(text: str) -> str:
    return hashlib.sha256(content_hash_source(text).encode("utf-8")).hexdigest()


def article_create(*, newsroom, text, uploaded_by=None, title="", outlet="", url="", published_on=None,
                   source_name="", source_encoding="") -> ArticleCreated:
    """Store an article exactly as received and queue its extraction; a known text returns the existing one."""
    article_validate_text(text)
    content_hash = article_hash(text)
    existing = Article.objects.filter(newsroom=newsroom, content_hash=content_hash).first()
    if existing:
        return ArticleCreated(existing, False)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                newsroom=newsroom,
                text=text,
                title=(title or "").strip()[:500],
                outlet=(outlet or "").strip()[:200],
                url=(url or "").strip(),
                published_on=published_on,
                source_name=source_name[:500],
                source_encoding=source_encoding[:40],
                uploaded_by=uploaded_by,
                content_hash=content_hash,
            )
            extraction_queue(article=article)
    except IntegrityError:
        # Two uploads of the same text raced; the other one won.
        return ArticleCreated(Article.objects.get(newsroom=newsroom, content_hash=content_hash), False)
    return ArticleCreated(article, True)


def extraction_queue(*, article) -> ExtractionRun:
    """Create a queued run and send it to a worker once the transaction commits."""
    from .tasks import extract_article  # tasks import services: import here to avoid a cycle

    with transaction.atomic():
        run = ExtractionRun.objects.create(article=article)
        Article.objects.filter(pk=article.pk).update(extraction_status=ExtractionStatus.QUEUED, extraction_error="")
        article.extraction_status = ExtractionStatus.QUEUED
        article.extraction_error = ""
        transaction.on_commit(lambda: extract_article.delay(run.pk))
    return run


def extraction_run_claim(*, run_id, worker="") -> bool:
    """Compare-and-swap: only one worker moves a run from queued (or stale running) to running."""
    now = timezone.now()
    claimable = Q(status=ExtractionStatus.QUEUED) | Q(status=ExtractionStatus.RUNNING, started_at__lt=now - STALE_RUN_AFTER)
    return ExtractionRun.objects.filter(claimable, pk=run_id).update(
        status=ExtractionStatus.RUNNING, started_at=now, worker=worker[:200]
    ) == 1


def extraction_run_execute(*, run_id, worker="") -> ExtractionRun | None:
    """Run the engine on a claimed run's article and store its quotes. Returns None if not claimed."""
    if not extraction_run_claim(run_id=run_id, worker=worker):
        return None
    run = ExtractionRun.objects.select_related("article__newsroom").get(pk=run_id)
    article = run.article
    _article_status_set(run=run, status=ExtractionStatus.RUNNING)
    started = time.monotonic()
    try:
        result = extraction.extract(article.text, known_speakers=speakers_known(newsroom=article.newsroom))
        with transaction.atomic():
            counts = _quotes_replace_machine(article=article, run=run, result=result)
            run.status = ExtractionStatus.DONE
            run.extractor_version = extraction.__version__
            run.quotes_found, run.quotes_created, run.quotes_kept = counts
            run.finished_at = timezone.now()
            run.duration_ms = int((time.monotonic() - started) * 1000)
            run.save()
            Article.objects.filter(pk=article.pk).update(
                boilerplate=[list(span) for span in result.boilerplate],
                extractor_version=extraction.__version__,
                extracted_at=run.finished_at,
            )
            if result.headline:
                # An untitled upload takes the headline the engine recognised; a title someone
                # typed is never replaced.
                headline = article.text[result.headline[0]:result.headline[1]].strip()[:500]
                Article.objects.filter(pk=article.pk, title="").update(title=headline)
            _article_status_set(run=run, status=ExtractionStatus.DONE)
    except Exception as exc:  # the editor sees the error and can retry; the worker stays up
        logger.exception("extraction of article %s failed", article.pk)
        error = f"{type(exc).__name__}: {exc}"[:2000]
        ExtractionRun.objects.filter(pk=run.pk).update(
            status=ExtractionStatus.FAILED, error=error, finished_at=timezone.now(),
            duration_ms=int((time.monotonic() - started) * 1000),
        )
        _article_status_set(run=run, status=ExtractionStatus.FAILED, error=error)
    run.refresh_from_db()
    return run


def _article_status_set(*, run, status, error=""):
    # Only the newest run speaks for the article: an older, slower run never overwrites it.
    newest = ExtractionRun.objects.filter(article_id=run.article_id).order_by("-queued_at", "-id").values_list("pk", flat=True).first()
    if newest == run.pk:
        Article.objects.filter(pk=run.article_id).update(extraction_status=status, extraction_error=error)


def _overlaps(start, end, spans):
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def _quotes_replace_machine(*, article, run, result):
    """Replace the article's machine quotes with the engine's, keeping ids of unchanged spans.

    A quote an editor verified, edited or rejected is never touched, and the machine does not
    add a quote over its span (a rejected span stays rejected).
    """
    existing = list(article.quotes.all())
    reviewed_spans = [(q.start, q.end) for q in existing if q.status in REVIEWED_STATUSES or q.origin == Quote.Origin.EDITOR]
    machine = {(q.start, q.end): q for q in existing if q.status == ReviewStatus.MACHINE and q.origin == Quote.Origin.MACHINE}
    speakers = {}
    created = kept = 0
    seen = set()
    unchanged = []
    aliases = set()
    for found in result.quotes:
        if _overlaps(found.start, found.end, reviewed_spans):
            kept += 1
            continue
        key = (found.start, found.end)
        if key in seen:
            continue
        seen.add(key)
        speaker = None
        if found.speaker:
            cache_key = (fold(found.speaker), found.speaker_kind)
            if cache_key not in speakers:
                speakers[cache_key] = speaker_get_or_create(
                    newsroom=article.newsroom, name=found.speaker, role=found.speaker_role, kind=found.speaker_kind
                )
            speaker = speakers[cache_key]
            alias_key = (speaker.pk, fold(found.speaker_mention))
            if found.speaker_mention and alias_key not in aliases:
                aliases.add(alias_key)  # a speaker quoted ten times by surname: one alias write
                speaker_alias_add(speaker=speaker, alias=found.speaker_mention)
        fields = dict(
            content=found.content, type=found.type, cue=found.cue[:200],
            cue_start=found.cue_start, cue_end=found.cue_end, speaker_id=speaker.pk if speaker else None,
            speaker_mention=found.speaker_mention[:300], mention_start=found.mention_start,
            mention_end=found.mention_end, confidence=found.confidence, flags=list(found.flags),
        )
        quote = machine.pop(key, None)
        if quote is None:
            Quote.objects.create(article=article, newsroom_id=article.newsroom_id, run=run, start=found.start,
                                 end=found.end, **fields)
            created += 1
        else:
            # Only a real change moves the version: an unchanged quote must not make an
            # editor's open review form conflict.
            unchanged.append(quote.pk)
            changed = {name: value for name, value in fields.items() if getattr(quote, name) != value}
            if changed:
                # Conditional on the quote still being unreviewed at the version read: an editor
                # who acted meanwhile wins, and the version moves so a stale review form conflicts.
                Quote.objects.filter(
                    pk=quote.pk, version=quote.version, status=ReviewStatus.MACHINE, origin=Quote.Origin.MACHINE
                ).update(**changed, run=run, version=F("version") + 1, updated_at=timezone.now())
    Quote.objects.filter(pk__in=unchanged, status=ReviewStatus.MACHINE).update(run=run)
    if machine:
        Quote.objects.filter(
            pk__in=[q.pk for q in machine.values()], status=ReviewStatus.MACHINE, origin=Quote.Origin.MACHINE
        ).delete()
    if created or machine:
        status_counts_forget(newsroom_id=article.newsroom_id)
    return len(result.quotes), created, kept


def speaker_get_or_create(*, newsroom, name, role="", kind=SpeakerKind.PERSON) -> Speaker:
    """The registry's speaker for a name: by canonical key, then by a known alias, else a new one."""
    kind = kind if kind in SpeakerKind.values else SpeakerKind.PERSON
    key = fold(name)[:300]
    speaker = Speaker.objects.filter(newsroom=newsroom, name_key=key, kind=kind).first()
    if speaker is None:
        alias = SpeakerAlias.objects.filter(speaker__newsroom=newsroom, alias_key=key, speaker__verified=True).select_related("speaker").first()
        if alias:
            return alias.speaker
        speaker, _created = Speaker.objects.get_or_create(
            newsroom=newsroom, name_key=key, kind=kind, defaults={"name": name.strip()[:300], "role": (role or "")[:300]}
        )
    if role and not speaker.role:
        Speaker.objects.filter(pk=speaker.pk).update(role=role[:300])
        speaker.role = role[:300]
    return speaker


def speaker_alias_add(*, speaker, alias, source=SpeakerAlias.Source.MACHINE) -> None:
    key = fold(alias)[:300]
    if not key or key == speaker.name_key:
        return
    SpeakerAlias.objects.get_or_create(speaker=speaker, alias_key=key, defaults={"alias": alias.strip()[:300], "source": source})


def speakers_known(*, newsroom):
    """The newsroom's editor-verified speakers, as the engine's KnownSpeaker records."""
    speakers = Speaker.objects.filter(newsroom=newsroom, verified=True).prefetch_related("aliases")
    return [
        extraction.KnownSpeaker(name=s.name, aliases=tuple(a.alias for a in s.aliases.all()), role=s.role, kind=s.kind)
        for s in speakers
    ]


def extraction_retry(*, article) -> ExtractionRun | None:
    """Queue a failed article again. None when it is no longer failed: a second click, or
    another editor, got there first; the conditional update makes sure only one run is queued."""
    with transaction.atomic():
        claimed = Article.objects.filter(pk=article.pk, extraction_status=ExtractionStatus.FAILED).update(
            extraction_status=ExtractionStatus.QUEUED, extraction_error=""
        ) == 1
        if not claimed:
            return None
        return extraction_queue(article=article)


# Review actions
# Every action is one transaction: lock the quote, check the version the editor saw, update it
# with a version bump (compare-and-swap), and append a ReviewEvent with the before/after state.

# Characters trimmed from the ends of a selection: spaces and every quotation mark the desk meets.
QUOTE_TRIM = " \t\r\n\u00a0\u200f\u200e\"'«»“”„‟‘’‚‛‹›「」『』<>"
# Fields an undo puts back; reviewer fields included so an undone accept is unreviewed again.
_REVERTIBLE = ("status", "content", "start", "end", "type", "speaker_id", "reject_reason",
               "reviewed_by_id", "reviewed_at")


class QuoteConflict(Exception):
    """The quote moved on since the editor saw it; `current` is the quote as it is now."""

    def __init__(self, current):
        super().__init__(f"quote {current.pk} is at version {current.version}")
        self.current = current


class QuoteInvalid(ValueError):
    """A review action that cannot be applied; the message is shown to the editor as is."""


def quote_snapshot(quote) -> dict:
    """The reviewable state of a quote, as stored in a ReviewEvent (JSON-safe)."""
    return {
        "status": quote.status,
        "content": quote.content,
        "start": quote.start,
        "end": quote.end,
        "type": quote.type,
        "speaker_id": quote.speaker_id,
        "speaker": quote.speaker.name if quote.speaker_id and quote.speaker else "",
        "reject_reason": quote.reject_reason,
        "reviewed_by_id": quote.reviewed_by_id,
        "reviewed_at": quote.reviewed_at.isoformat() if quote.reviewed_at else None,
        "version": quote.version,
    }


def quote_current(*, quote_id):
    return Quote.objects.select_related("article", "speaker").get(pk=quote_id)


def _quote_change(*, quote, user, version, action, note="", changes) -> Quote:
    """Apply `changes` if the quote is still at `version`; record the event. Caller holds a transaction."""
    locked = Quote.objects.select_for_update().filter(pk=quote.pk).first()
    if locked is None:
        raise QuoteInvalid(_("This quote no longer exists."))
    if version is not None and locked.version != int(version):
        raise QuoteConflict(quote_current(quote_id=quote.pk))
    before = quote_snapshot(locked)
    if callable(changes):
        changes = changes(locked)
    expected = locked.version
    updated = Quote.objects.filter(pk=quote.pk, version=expected).update(
        **changes, version=F("version") + 1, updated_at=timezone.now()
    )
    if updated != 1:
        raise QuoteConflict(quote_current(quote_id=quote.pk))
    fresh = quote_current(quote_id=quote.pk)
    ReviewEvent.objects.create(quote=fresh, actor=user, action=action, before=before,
                               after=quote_snapshot(fresh), note=note[:500])
    status_counts_shift(newsroom_id=fresh.newsroom_id, before=[before["status"]], after=[fresh.status])
    return fresh


def _reviewed(user, status) -> dict:
    return {"status": status, "reviewed_by": user, "reviewed_at": timezone.now()}


def quote_span_clean(*, text, start, end) -> tuple[int, int]:
    """Validate offsets into `text` and trim spaces and quotation marks from both ends."""
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError):
        raise QuoteInvalid(_("The selection has no valid offsets.")) from None
    if not 0 <= start < end <= len(text):
        raise QuoteInvalid(_("The selection is outside the article."))
    while start < end and text[start] in QUOTE_TRIM:
        start += 1
    while end > start and text[end - 1] in QUOTE_TRIM:
        end -= 1
    if start >= end:
        raise QuoteInvalid(_("The selection holds only spaces or quotation marks."))
    return start, end


def quote_accept(*, quote, user, version) -> Quote:
    """Accept the quote as it is. An edited quote stays 'edited'; a rejected one is verified again."""
    with transaction.atomic():
        def accepted(current):
            status = ReviewStatus.EDITED if current.status == ReviewStatus.EDITED else ReviewStatus.VERIFIED
            return _reviewed(user, status) | {"reject_reason": ""}

        return _quote_change(quote=quote, user=user, version=version, action=ReviewEvent.Action.ACCEPT,
                             changes=accepted)


REASON_MAX = 500  # ReviewEvent.note and Quote.reject_reason


def quote_reject(*, quote, user, version, reason="") -> Quote:
    reason = (reason or "").strip()
    if len(reason) > REASON_MAX:
        raise QuoteInvalid(_("The reason is too long (%(length)d characters; the limit is %(limit)d).")
                           % {"length": len(reason), "limit": REASON_MAX})
    with transaction.atomic():
        return _quote_change(quote=quote, user=user, version=version, action=ReviewEvent.Action.REJECT,
                             note=reason, changes=_reviewed(user, ReviewStatus.REJECTED) | {"reject_reason": reason})


def quote_edit(*, quote, user, version, start, end) -> Quote:
    """Fix the boundaries (and so the content, always article.text[start:end]) and accept."""
    text = quote.article.text
    start, end = quote_span_clean(text=text, start=start, end=end)
    with transaction.atomic():
        return _quote_change(quote=quote, user=user, version=version, action=ReviewEvent.Action.EDIT,
                             changes=_reviewed(user, ReviewStatus.EDITED) | {
                                 "start": start, "end": end, "content": text[start:end], "reject_reason": ""})


SPEAKER_FIELD_MAX = 300  # Speaker.name and Speaker.role


def _speaker_resolve(*, newsroom, speaker=None, new_name=None, role="", kind=SpeakerKind.PERSON) -> Speaker:
    """The speaker an editor chose: by id, or by a typed name (a known speaker, else a new one)."""
    if kind not in SpeakerKind.values:
        raise QuoteInvalid(_("Unknown speaker kind."))
    if len((new_name or "").strip()) > SPEAKER_FIELD_MAX or len((role or "").strip()) > SPEAKER_FIELD_MAX:
        raise QuoteInvalid(_("A speaker's name and role are at most %(limit)d characters.") % {"limit": SPEAKER_FIELD_MAX})
    if speaker is not None:
        if speaker.newsroom_id != newsroom.pk:
            raise QuoteInvalid(_("This speaker belongs to another newsroom."))
        return speaker
    name = (new_name or "").strip()
    if not name:
        raise QuoteInvalid(_("Choose a speaker or type a new name."))
    # A name typed from the type-ahead is a known speaker whatever its kind; only a new name creates one.
    known = Speaker.objects.filter(newsroom=newsroom, name_key=fold(name)[:300]).order_by("-verified", "id").first()
    if known is not None:
        return known
    return speaker_get_or_create(newsroom=newsroom, name=name, role=(role or "").strip(), kind=kind)


def _speaker_learn(*, speaker, mentions) -> None:
    """The editor confirmed this speaker: verify it and keep how the article named it as an alias."""
    if not speaker.verified:
        Speaker.objects.filter(pk=speaker.pk).update(verified=True)
        speaker.verified = True
    for mention in mentions:
        if mention:
            speaker_alias_add(speaker=speaker, alias=mention, source=SpeakerAlias.Source.EDITOR)


def quote_reassign(*, quote, user, version, speaker=None, new_name=None, role="", kind=SpeakerKind.PERSON) -> Quote:
    """Give the quote another speaker (a known one, or a new name): the registry learns the mention."""
    with transaction.atomic():
        speaker = _speaker_resolve(newsroom=quote.article.newsroom, speaker=speaker, new_name=new_name,
                                   role=role, kind=kind)
        _speaker_learn(speaker=speaker, mentions=[quote.speaker_mention])
        return _quote_change(quote=quote, user=user, version=version, action=ReviewEvent.Action.REASSIGN,
                             note=speaker.name, changes=_reviewed(user, ReviewStatus.EDITED) | {"speaker": speaker})


def quote_retype(*, quote, user, version, type) -> Quote:
    if type not in QuoteType.values:
        raise QuoteInvalid(_("Unknown quote type."))
    with transaction.atomic():
        return _quote_change(quote=quote, user=user, version=version, action=ReviewEvent.Action.RETYPE,
                             changes=_reviewed(user, ReviewStatus.EDITED) | {"type": type})


def quote_undo(*, quote, user, version=None) -> Quote:
    """Revert the quote's last action not yet undone; the undo is itself an event."""
    with transaction.atomic():
        event = (ReviewEvent.objects.select_for_update()
                 .filter(quote_id=quote.pk, undone=False).exclude(action=ReviewEvent.Action.UNDO)
                 .order_by("-created_at", "-id").first())
        if event is None or event.action == ReviewEvent.Action.ADD:
            raise QuoteInvalid(_("Nothing to undo on this quote."))
        changes = {name: event.before[name] for name in _REVERTIBLE if name in event.before}
        if changes.get("speaker_id") and not Speaker.objects.filter(pk=changes["speaker_id"]).exists():
            changes["speaker_id"] = None
        if changes.get("reviewed_at"):
            changes["reviewed_at"] = datetime.fromisoformat(changes["reviewed_at"])
        fresh = _quote_change(quote=quote, user=user, version=version, action=ReviewEvent.Action.UNDO,
                              note=event.get_action_display(), changes=changes)
        ReviewEvent.objects.filter(pk=event.pk).update(undone=True)
        return fresh


def quote_add(*, article, user, start, end, type=QuoteType.DIRECT, speaker=None, new_name=None, role="",
              kind=SpeakerKind.PERSON) -> Quote:
    """A quote the machine missed, selected by the editor: verified from the start."""
    start, end = quote_span_clean(text=article.text, start=start, end=end)
    if type not in QuoteType.values:
        raise QuoteInvalid(_("Unknown quote type."))
    with transaction.atomic():
        overlapping = (Quote.objects.filter(article=article, start__lt=end, end__gt=start)
                       .exclude(status=ReviewStatus.REJECTED).values_list("pk", flat=True).first())
        if overlapping:
            raise QuoteInvalid(_("This text overlaps quote #%(id)s: edit that quote instead.") % {"id": overlapping})
        if speaker is not None or (new_name or "").strip():
            speaker = _speaker_resolve(newsroom=article.newsroom, speaker=speaker, new_name=new_name,
                                       role=role, kind=kind)
            _speaker_learn(speaker=speaker, mentions=[])
        quote = Quote.objects.create(
            article=article, newsroom_id=article.newsroom_id, origin=Quote.Origin.EDITOR, content=article.text[start:end], start=start, end=end,
            type=type, speaker=speaker, confidence=1.0, **_reviewed(user, ReviewStatus.VERIFIED),
        )
        ReviewEvent.objects.create(quote=quote, actor=user, action=ReviewEvent.Action.ADD, before={},
                                   after=quote_snapshot(quote))
        status_counts_shift(newsroom_id=article.newsroom_id, before=[], after=[quote.status])
    return quote


def _quotes_bulk_change(*, quotes_qs, user, action, changes, note="") -> int:
    locked = list(quotes_qs.select_for_update(of=("self",)).select_related("speaker"))
    if not locked:
        return 0
    before = {q.pk: quote_snapshot(q) for q in locked}
    Quote.objects.filter(pk__in=before).update(
        **changes, version=F("version") + 1, updated_at=timezone.now())
    fresh = list(Quote.objects.filter(pk__in=before).select_related("speaker"))
    ReviewEvent.objects.bulk_create([
        ReviewEvent(quote=q, actor=user, action=action, before=before[q.pk], after=quote_snapshot(q), note=note)
        for q in fresh
    ])
    status_counts_shift(newsroom_id=locked[0].newsroom_id, before=[q.status for q in locked],
                        after=[q.status for q in fresh])
    return len(locked)


def quotes_bulk_accept(*, article, user, min_confidence) -> int:
    """Accept every unreviewed machine quote of the article at or above a confidence; returns how many."""
    try:
        min_confidence = float(min_confidence)
    except (TypeError, ValueError):
        raise QuoteInvalid(_("The confidence must be a number between 0 and 1.")) from None
    if not 0 <= min_confidence <= 1:
        raise QuoteInvalid(_("The confidence must be a number between 0 and 1."))
    with transaction.atomic():
        return _quotes_bulk_change(
            quotes_qs=Quote.objects.filter(article=article, status=ReviewStatus.MACHINE, confidence__gte=min_confidence),
            user=user, action=ReviewEvent.Action.ACCEPT, changes=_reviewed(user, ReviewStatus.VERIFIED),
            note=_("bulk, confidence ≥ %(value).2f") % {"value": min_confidence},
        )


def quotes_bulk_reassign(*, quotes, user, speaker=None, new_name=None, role="", kind=SpeakerKind.PERSON) -> int:
    """Give the selected quotes (all of one newsroom) one speaker; returns how many changed."""
    quotes = list(quotes)
    if not quotes:
        raise QuoteInvalid(_("Select at least one quote."))
    newsroom = quotes[0].article.newsroom
    if any(q.article.newsroom_id != newsroom.pk for q in quotes):
        raise QuoteInvalid(_("These quotes belong to different newsrooms."))
    with transaction.atomic():
        speaker = _speaker_resolve(newsroom=newsroom, speaker=speaker, new_name=new_name, role=role, kind=kind)
        _speaker_learn(speaker=speaker, mentions={q.speaker_mention for q in quotes})
        return _quotes_bulk_change(
            quotes_qs=Quote.objects.filter(pk__in=[q.pk for q in quotes]), user=user,
            action=ReviewEvent.Action.REASSIGN, note=speaker.name,
            changes=_reviewed(user, ReviewStatus.EDITED) | {"speaker": speaker},
        )
