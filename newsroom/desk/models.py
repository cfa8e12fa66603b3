"""The desk's data: articles, their extraction runs, quotes, speakers and review history.

Every row belongs to a Newsroom (a desk team); users reach it through a Membership with a
role. Quotes carry a version number for optimistic locking and a review status: a machine
re-extraction only ever replaces quotes still in status "machine".
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Newsroom(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.name


class Role(models.TextChoices):
    ADMIN = "admin", _("Admin")
    EDITOR = "editor", _("Editor")
    VIEWER = "viewer", _("Viewer")


class Membership(models.Model):
    """A user's place in one newsroom. One newsroom per account keeps access simple."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership")
    newsroom = models.ForeignKey(Newsroom, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.VIEWER)

    @property
    def can_review(self):
        return self.role in (Role.ADMIN, Role.EDITOR)

    @property
    def is_admin(self):
        return self.role == Role.ADMIN

    def __str__(self):
        return f"{self.user} @ {self.newsroom} ({self.role})"


class ExtractionStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class Article(models.Model):
    newsroom = models.ForeignKey(Newsroom, on_delete=models.CASCADE, related_name="articles")
    title = models.CharField(_("title"), max_length=500, blank=True)
    outlet = models.CharField(_("outlet"), max_length=200, blank=True)
    url = models.URLField(_("URL"), max_length=2000, blank=True)
    published_on = models.DateField(_("published"), null=True, blank=True)
    # The text exactly as received (after decoding): every offset points into it.
    text = models.TextField(_("text"))
    # Where the text came from: a file name, "paste", an import path.
    source_name = models.CharField(max_length=500, blank=True)
    source_encoding = models.CharField(max_length=40, blank=True)
    # [[start, end], ...] judged not article body (mastheads, captions, share lines).
    boilerplate = models.JSONField(default=list, blank=True)
    # sha256 of the whitespace-normalised text: the same article uploaded twice is recognised.
    content_hash = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="uploaded_articles")
    uploaded_at = models.DateTimeField(default=timezone.now, db_index=True)
    extraction_status = models.CharField(max_length=10, choices=ExtractionStatus.choices,
                                         default=ExtractionStatus.QUEUED, db_index=True)
    extraction_error = models.TextField(blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["newsroom", "content_hash"], name="article_unique_content_per_newsroom"),
        ]

    def __str__(self):
        return self.title or f"#{self.pk}"

    @property
    def display_title(self):
        if self.title:
            return self.title
        first_line = self.text.strip().split("\n", 1)[0]
        return first_line[:120]

    @property
    def is_settled(self):
        return self.extraction_status in (ExtractionStatus.DONE, ExtractionStatus.FAILED)


class ExtractionRun(models.Model):
    """One attempt to extract an article's quotes; claimed by a worker with a conditional update."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="runs")
    status = models.CharField(max_length=10, choices=ExtractionStatus.choices, default=ExtractionStatus.QUEUED)
    extractor_version = models.CharField(max_length=40, blank=True)
    queued_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    worker = models.CharField(max_length=200, blank=True)
    quotes_found = models.PositiveIntegerField(default=0)
    quotes_created = models.PositiveIntegerField(default=0)
    quotes_kept = models.PositiveIntegerField(default=0, help_text="editor-reviewed quotes left untouched")
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-queued_at", "-id"]
        indexes = [models.Index(fields=["article", "status"])]


class SpeakerKind(models.TextChoices):
    PERSON = "person", _("Person")
    ORGANISATION = "organisation", _("Organisation")
    ANONYMOUS = "anonymous", _("Anonymous source")


class Speaker(models.Model):
    """A source in a newsroom's registry; the machine creates them, editors confirm and merge."""

    newsroom = models.ForeignKey(Newsroom, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("canonical name"), max_length=300)
    # Folded form of the name (no diacritics, unified alef/ya/ta marbuta) for matching.
    name_key = models.CharField(max_length=300, db_index=True)
    role = models.CharField(_("role"), max_length=300, blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=SpeakerKind.choices, default=SpeakerKind.PERSON)
    verified = models.BooleanField(default=False, help_text="confirmed by an editor")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["newsroom", "name_key", "kind"], name="speaker_unique_name_per_newsroom"),
        ]

    def __str__(self):
        return self.name


class SpeakerAlias(models.Model):
    class Source(models.TextChoices):
        MACHINE = "machine", _("Machine")
        EDITOR = "editor", _("Editor")

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=300)
    alias_key = models.CharField(max_length=300, db_index=True)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.MACHINE)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["speaker", "alias_key"], name="alias_unique_per_speaker")]

    def __str__(self):
        return self.alias


class Flag(models.TextChoices):
    """Why the engine asks an editor to look (codes from extraction/score.py)."""

    IMPLICIT_SPEAKER = "implicit_speaker", _("Implicit speaker")
    AMBIGUOUS_SPEAKER = "ambiguous_speaker", _("Ambiguous speaker")
    NO_SPEAKER = "no_speaker", _("No speaker found")
    UNCLOSED_QUOTE = "unclosed_quote", _("Unclosed quotation")
    UNUSUAL_CUE = "unusual_cue", _("Unusual cue")
    LONG_SPAN = "long_span", _("Very long span")


class QuoteType(models.TextChoices):
    DIRECT = "direct", _("Direct")
    INDIRECT = "indirect", _("Indirect")
    MIXED = "mixed", _("Mixed")


class ReviewStatus(models.TextChoices):
    MACHINE = "machine", _("Not reviewed")
    VERIFIED = "verified", _("Verified")
    EDITED = "edited", _("Edited")
    REJECTED = "rejected", _("Rejected")


REVIEWED_STATUSES = (ReviewStatus.VERIFIED, ReviewStatus.EDITED, ReviewStatus.REJECTED)


class QuoteQuerySet(models.QuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for quote in objs:
            quote.newsroom_from_article()
        return super().bulk_create(objs, *args, **kwargs)


class Quote(models.Model):
    class Origin(models.TextChoices):
        MACHINE = "machine", _("Machine")
        EDITOR = "editor", _("Editor")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    # The article's newsroom, copied when the quote is created (an article never changes newsroom):
    # the queue, its counts and access checks filter quotes without joining articles.
    newsroom = models.ForeignKey(Newsroom, on_delete=models.CASCADE, related_name="quotes", editable=False)
    run = models.ForeignKey(ExtractionRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes")
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MACHINE)
    content = models.TextField(_("content"))
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    type = models.CharField(_("type"), max_length=10, choices=QuoteType.choices)
    cue = models.CharField(_("cue"), max_length=200, blank=True)
    cue_start = models.IntegerField(default=-1)
    cue_end = models.IntegerField(default=-1)
    speaker = models.ForeignKey(Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes")
    speaker_mention = models.CharField(_("mention as written"), max_length=300, blank=True)
    mention_start = models.IntegerField(default=-1)
    mention_end = models.IntegerField(default=-1)
    confidence = models.FloatField(_("confidence"), default=0.0)
    flags = models.JSONField(default=list, blank=True)
    # Computed by the database, so no writer can forget it: the review queue shows flagged quotes
    # first and seeks through (status, unflagged, confidence, id) on one index.
    unflagged = models.GeneratedField(expression=Q(flags=[]), output_field=models.BooleanField(), db_persist=True)
    status = models.CharField(_("status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.MACHINE)
    reject_reason = models.CharField(max_length=500, blank=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="reviewed_quotes")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "start", "id"]
        indexes = [
            # The review queue: a newsroom's quotes of one status, flagged then least confident
            # first, keyset-paginated by id.
            models.Index(fields=["newsroom", "status", "unflagged", "confidence", "id"], name="quote_review_queue_idx"),
            # The per-status counts of the queue's tabs: an index-only scan.
            models.Index(fields=["newsroom", "status"], name="quote_newsroom_status_idx"),
            models.Index(fields=["article", "start"], name="quote_article_idx"),
            models.Index(fields=["speaker", "status"], name="quote_speaker_idx"),
            models.Index(fields=["reviewed_at"], name="quote_reviewed_at_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="quote_span_ordered"),
        ]

    def __str__(self):
        return self.content[:80]

    def newsroom_from_article(self):
        if self.newsroom_id is None and self.article_id is not None:
            self.newsroom_id = self.article.newsroom_id

    def save(self, *args, **kwargs):
        self.newsroom_from_article()
        super().save(*args, **kwargs)

    @property
    def is_reviewed(self):
        return self.status in REVIEWED_STATUSES

    @property
    def colour(self):
        from .rendering import speaker_colour

        return speaker_colour(self.speaker_id)


class ReviewEvent(models.Model):
    """Append-only history of what an editor (or the machine) did to a quote."""

    class Action(models.TextChoices):
        ACCEPT = "accept", _("Accepted")
        REJECT = "reject", _("Rejected")
        EDIT = "edit", _("Edited")
        REASSIGN = "reassign", _("Speaker changed")
        RETYPE = "retype", _("Type changed")
        UNDO = "undo", _("Undone")
        ADD = "add", _("Added")

    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    action = models.CharField(max_length=10, choices=Action.choices)
    before = models.JSONField(default=dict)
    after = models.JSONField(default=dict)
    note = models.CharField(max_length=500, blank=True)
    undone = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["quote", "-created_at"], name="event_quote_idx")]

    @property
    def changes(self):
        """(field label, before, after) for each shown field the event changed, for the history list."""
        labels = {"status": (_("status"), ReviewStatus), "type": (_("type"), QuoteType), "speaker": (_("speaker"), None),
                  "content": (_("content"), None), "reject_reason": (_("reason"), None)}
        rows = []
        for name, (label, choices) in labels.items():
            before, after = self.before.get(name, ""), self.after.get(name, "")
            if before != after:
                if choices is not None:
                    before = choices(before).label if before in choices.values else before
                    after = choices(after).label if after in choices.values else after
                rows.append((label, before or "—", after or "—"))
        return rows
