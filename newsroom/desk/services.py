"""Every write of the desk: keyword-only functions named <thing>_<verb>, each atomic."""

import hashlib
import logging
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

import extraction

from .models import (
    REVIEWED_STATUSES,
    Article,
    ExtractionRun,
    ExtractionStatus,
    Quote,
    ReviewStatus,
    Speaker,
    SpeakerAlias,
    SpeakerKind,
)
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
            if found.speaker_mention:
                speaker_alias_add(speaker=speaker, alias=found.speaker_mention)
        fields = dict(
            run=run, content=found.content, type=found.type, cue=found.cue[:200],
            cue_start=found.cue_start, cue_end=found.cue_end, speaker=speaker,
            speaker_mention=found.speaker_mention[:300], mention_start=found.mention_start,
            mention_end=found.mention_end, confidence=found.confidence, flags=list(found.flags),
        )
        quote = machine.pop(key, None)
        if quote is None:
            Quote.objects.create(article=article, start=found.start, end=found.end, **fields)
            created += 1
        else:
            changed = [name for name, value in fields.items() if getattr(quote, name) != value]
            if changed:
                for name in changed:
                    setattr(quote, name, fields[name])
                quote.save(update_fields=changed + ["updated_at"])
    if machine:
        Quote.objects.filter(pk__in=[q.pk for q in machine.values()]).delete()
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
