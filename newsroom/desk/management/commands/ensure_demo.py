"""Create (or bring back) the demo newsroom and its editor account; safe to run on every start.

The password is set on every run and printed, because a stored hash cannot be shown again:
a fresh random one unless --password (bin/run passes $DEMO_PASSWORD) fixes it. Random by
default because bin/run listens on all interfaces.
"""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import NoReverseMatch, reverse

from newsroom.desk.models import Membership, Newsroom, Role

from ._newsroom import DEMO_NEWSROOM


class Command(BaseCommand):
    help = "Ensure the demo newsroom and its admin account `editor` exist; print how to log in."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")
        parser.add_argument("--password", help="use this password instead of a new random one")
        parser.add_argument("--base-url", default="http://localhost:8000", help="printed in the login link")

    def handle(self, *args, username, password, base_url, **options):
        password = password or secrets.token_urlsafe(9)
        with transaction.atomic():
            newsroom, _ = Newsroom.objects.get_or_create(name=DEMO_NEWSROOM)
            user, _ = get_user_model().objects.get_or_create(username=username)
            user.set_password(password)
            user.is_active = True
            user.save()
            Membership.objects.update_or_create(user=user, defaults={"newsroom": newsroom, "role": Role.ADMIN})
        try:
            login_path = reverse("login")
        except NoReverseMatch:
            login_path = "/"
        self.stdout.write(f"Demo newsroom: {newsroom.name}")
        self.stdout.write(f"Log in at {base_url.rstrip('/')}{login_path}")
        self.stdout.write(f"  user:     {username}")
        self.stdout.write(f"  password: {password}")
