from .models import Membership


def desk(request):
    """The signed-in user's membership, for navigation and role-dependent controls."""
    user = getattr(request, "user", None)
    membership = None
    if user is not None and user.is_authenticated:
        try:
            membership = user.membership
        except Membership.DoesNotExist:
            membership = None
    return {"membership": membership}
