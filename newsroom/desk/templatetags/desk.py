from django import template

from ..models import Flag

register = template.Library()
_FLAG_LABELS = dict(Flag.choices)


@register.filter
def flag_label(code):
    """An engine flag as words an editor reads; an unknown code is shown as is."""
    return _FLAG_LABELS.get(code, code)
