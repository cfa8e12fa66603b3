"""Requests as a browser sends them, for tests using the CSRF-enforcing clients."""

from django.middleware.csrf import _get_new_csrf_string


def post(client, url, data=None, *, htmx=False, **extra):
    """A POST with the CSRF cookie and its header (and HX-Request when htmx sends it)."""
    token = _get_new_csrf_string()
    client.cookies["csrftoken"] = token
    headers = {"X-CSRFToken": token}
    if htmx:
        headers["HX-Request"] = "true"
    return client.post(url, data or {}, headers=headers, **extra)
