from django import template

from ..models import Flag, QuoteType, SpeakerKind

register = template.Library()
_FLAG_LABELS = dict(Flag.choices)


@register.filter
def flag_label(code):
    """An engine flag as words an editor reads; an unknown code is shown as is."""
    return _FLAG_LABELS.get(code, code)


_CHOICES = {"quote_type": QuoteType.choices, "speaker_kind": SpeakerKind.choices}


@register.simple_tag
def choices(name):
    """(value, label) pairs of a model's choices, so a form's options never drift from what the services accept."""
    return _CHOICES[name]
