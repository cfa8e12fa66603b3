"""One access helper per object type: the object and what the user may do with it.

Outsiders (users of another newsroom, or with no membership) get a 404, never a hint that
the object exists; a viewer asking to change something gets a 403.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from .models import Article, Membership, Quote, Speaker


@dataclass(frozen=True)
class Access:
    membership: Membership

    @property
    def newsroom(self):
        return self.membership.newsroom

    @property
    def can_review(self):
        return self.membership.can_review

    @property
    def is_admin(self):
        return self.membership.is_admin


def membership_for(user) -> Membership:
    if not user.is_authenticated:
        raise Http404
    # One query for the membership and its newsroom; assigning it caches it on the user,
    # so the template context processor reuses it.
    membership = Membership.objects.select_related("newsroom").filter(user_id=user.pk).first()
    if membership is None:
        raise Http404
    user.membership = membership
    return membership


def desk_access(user, *, write=False) -> Access:
    access = Access(membership_for(user))
    if write and not access.can_review:
        raise PermissionDenied
    return access


def get_article_for_user(user, article_id, *, write=False):
    access = desk_access(user)
    article = get_object_or_404(Article.objects.select_related("uploaded_by"), pk=article_id, newsroom=access.newsroom)
    article.newsroom = access.newsroom  # it is that newsroom (filtered on it): services need not read it again
    if write and not access.can_review:
        raise PermissionDenied
    return article, access


def get_quote_for_user(user, quote_id, *, write=False, queryset=None):
    """`queryset` lets a read that needs more of the quote (a card) fetch it in the same query."""
    access = desk_access(user)
    if queryset is None:
        queryset = Quote.objects.select_related("article", "speaker")
    quote = get_object_or_404(queryset, pk=quote_id, newsroom=access.newsroom)
    quote.newsroom = quote.article.newsroom = access.newsroom
    if write and not access.can_review:
        raise PermissionDenied
    return quote, access


def get_speaker_for_user(user, speaker_id, *, write=False):
    access = desk_access(user)
    speaker = get_object_or_404(Speaker, pk=speaker_id, newsroom=access.newsroom)
    speaker.newsroom = access.newsroom
    if write and not access.can_review:
        raise PermissionDenied
    return speaker, access
