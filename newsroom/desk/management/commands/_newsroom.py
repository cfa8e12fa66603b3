"""Which newsroom a command acts on (a module of the commands package, not a command itself)."""

from django.core.management.base import CommandError

from newsroom.desk.models import Newsroom

DEMO_NEWSROOM = "Demo newsroom"


def newsroom_for_command(name=None, *, user=None):
    """The named newsroom; else the user's; else the only one; else the demo one."""
    if name:
        try:
            return Newsroom.objects.get(name=name)
        except Newsroom.DoesNotExist:
            raise CommandError(f"No newsroom named {name!r}.") from None
    membership = getattr(user, "membership", None) if user is not None else None
    if membership is not None:
        return membership.newsroom
    newsrooms = list(Newsroom.objects.order_by("pk")[:2])
    if len(newsrooms) == 1:
        return newsrooms[0]
    demo = Newsroom.objects.filter(name=DEMO_NEWSROOM).first()
    if demo:
        return demo
    if not newsrooms:
        raise CommandError("There is no newsroom yet: run `manage.py ensure_demo` or create one in the admin.")
    raise CommandError("There are several newsrooms: choose one with --newsroom NAME.")
