"""django-filter sets for the desk's list pages: they validate the query string and build the form."""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.db import connection
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from . import selectors
from .models import Flag, Quote, ReviewStatus, Speaker, SpeakerKind
from .text import fold


class SpeakerFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Name or alias"), method="search")
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=SpeakerKind.choices, empty_label=_("All kinds"))
    verified = django_filters.BooleanFilter(label=_("Verified only"), method="only_verified",
                                            widget=forms.CheckboxInput())

    class Meta:
        model = Speaker
        fields = ["q", "kind", "verified"]

    def search(self, queryset, name, value):
        return selectors.speakers_matching(queryset, value)

    def only_verified(self, queryset, name, value):
        return queryset.filter(verified=True) if value else queryset


# Review queue

QUEUE_STATUS_ALL = "all"


class IdFilter(django_filters.NumberFilter):
    """A row id from a link (the speakers page links to `?speaker=<id>`): a whole number from 1,
    carried as a hidden field; editors filter by name, and the page names the pinned row."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=2**63 - 1, widget=forms.HiddenInput(), **kwargs)


SPEAKER_OPTIONS_ID = "queue-speaker-options"


class QuoteQueueFilter(django_filters.FilterSet):
    """The review queue's filters; every one lives in the query string, so a view is a shareable URL."""

    status = django_filters.ChoiceFilter(
        label=_("Status"), method="by_status", empty_label=None,
        choices=[*ReviewStatus.choices, (QUEUE_STATUS_ALL, _("All"))],
    )
    # What editors type: a speaker's name or alias (folded, as the registry matches them, with the
    # registry's type-ahead) and words of an article's title.
    speaker_name = django_filters.CharFilter(
        label=_("Speaker"), method="by_speaker_name",
        widget=forms.TextInput(attrs={
            "list": SPEAKER_OPTIONS_ID, "autocomplete": "off", "dir": "auto", "maxlength": 300,
            "hx-get": reverse_lazy("speaker_suggest"), "hx-trigger": "input changed delay:150ms",
            "hx-target": f"#{SPEAKER_OPTIONS_ID}", "hx-swap": "innerHTML", "hx-sync": "this:replace",
            "hx-push-url": "false",  # the form pushes its URL; a suggestion request must not
        }),
    )
    article_title = django_filters.CharFilter(label=_("Article title"), method="by_article_title",
                                              widget=forms.TextInput(attrs={"dir": "auto", "maxlength": 500}))
    # Plain ids from links, not model choices: validating them would cost a query each, and the
    # base queryset already keeps the queue inside the editor's newsroom.
    speaker = IdFilter(label=_("Speaker"), field_name="speaker_id")
    article = IdFilter(label=_("Article"), field_name="article_id")
    flag = django_filters.ChoiceFilter(label=_("Flag"), method="by_flag", choices=Flag.choices, empty_label=_("Any"))
    flagged = django_filters.BooleanFilter(label=_("Flagged only"), method="only_flagged",
                                           widget=forms.CheckboxInput())
    confidence_min = django_filters.NumberFilter(label=_("Confidence from"), field_name="confidence",
                                                 lookup_expr="gte", widget=forms.NumberInput(attrs={"step": "0.05", "min": 0, "max": 1}))
    confidence_max = django_filters.NumberFilter(label=_("Confidence to"), field_name="confidence",
                                                 lookup_expr="lte", widget=forms.NumberInput(attrs={"step": "0.05", "min": 0, "max": 1}))
    date_from = django_filters.DateFilter(label=_("Uploaded from"), field_name="article__uploaded_at",
                                          lookup_expr="date__gte", widget=forms.DateInput(attrs={"type": "date"}))
    date_to = django_filters.DateFilter(label=_("Uploaded to"), field_name="article__uploaded_at",
                                        lookup_expr="date__lte", widget=forms.DateInput(attrs={"type": "date"}))
    uploader = django_filters.ModelChoiceFilter(label=_("Uploader"), field_name="article__uploaded_by",
                                                queryset=get_user_model().objects.none(), empty_label=_("Anyone"))

    class Meta:
        model = Quote
        fields = ["status", "speaker_name", "article_title", "speaker", "article", "flag", "flagged", "confidence_min", "confidence_max",
                  "date_from", "date_to", "uploader"]

    def __init__(self, data=None, *args, newsroom, **kwargs):
        data = data.copy() if data is not None else {}
        if not data.get("status"):
            data["status"] = ReviewStatus.MACHINE  # the queue: what still needs a look
        super().__init__(data, *args, **kwargs)
        self.newsroom = newsroom
        self.filters["uploader"].queryset = get_user_model().objects.filter(membership__newsroom=newsroom).order_by("username")

    def by_status(self, queryset, name, value):
        return queryset if value == QUEUE_STATUS_ALL else queryset.filter(status=value)

    def by_speaker_name(self, queryset, name, value):
        if not fold(value):
            return queryset
        speakers = selectors.speakers_matching(Speaker.objects.filter(newsroom=self.newsroom), value)
        return queryset.filter(speaker__in=speakers.values("pk"))

    def by_article_title(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(article__title__icontains=value) if value else queryset

    def by_flag(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        if connection.vendor == "postgresql":
            return queryset.filter(flags__contains=[value])
        return queryset.filter(flags__icontains=f'"{value}"')  # SQLite has no JSON containment

    def only_flagged(self, queryset, name, value):
        return queryset.filter(unflagged=False) if value else queryset

    def filters_besides_status(self) -> bool:
        return any(value not in (None, "", False) for name, value in self.form.cleaned_data.items() if name != "status")

    def queryset_without(self, skipped):
        """The queryset with every filter but `skipped` applied: the per-status counts ignore the status."""
        queryset = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name != skipped:
                queryset = self.filters[name].filter(queryset, value)
        return queryset
