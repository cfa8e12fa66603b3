"""Thin function views: access check, one service or selector call, render."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language_bidi, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseStopPolling

from . import charts, selectors, services
from .access import desk_access, get_article_for_user, get_quote_for_user, get_speaker_for_user
from .filters import QUEUE_STATUS_ALL, SpeakerFilter
from .forms import ArticleUploadForm
from .ingest import decode_article_bytes
from .models import ReviewStatus

SPEAKERS_PER_PAGE = 50
REVIEW_TEMPLATE = "desk/review.html"
# Panels of a quote card rendered only when opened (see quote_detail).
QUOTE_PANELS = ("reject", "edit", "speaker", "type", "history")


# Articles: the list, uploads, the article page and its article-level actions

@login_required
@require_GET
def article_list(request):
    access = desk_access(request.user)
    articles = list(selectors.article_list(newsroom=access.newsroom)[:200])
    context = {"articles": articles, "pending": any(not a.is_settled for a in articles), "access": access}
    template = "desk/article_list.html"
    if request.htmx and request.GET.get("poll"):
        response = render(request, template + "#article-rows", context)
        return response if context["pending"] else HttpResponseStopPolling(response.content)
    return render(request, template, context)


@login_required
@require_http_methods(["GET", "POST"])
def article_upload(request):
    access = desk_access(request.user, write=True)
    form = ArticleUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["file"]:
                text, encoding = decode_article_bytes(data["file"].read())
                source = data["file"].name
            else:
                text, encoding, source = data["text"], "", "paste"
            result = services.article_create(
                newsroom=access.newsroom, text=text, uploaded_by=request.user, title=data["title"],
                outlet=data["outlet"], url=data["url"], published_on=data["published_on"],
                source_name=source, source_encoding=encoding,
            )
        except services.ArticleRejected as exc:
            form.add_error(None, str(exc))
        else:
            if not result.created:
                messages.info(request, _("This article was already uploaded; here it is."))
            return redirect("article_detail", article_id=result.article.pk)
    return render(request, "desk/article_upload.html", {"form": form}, status=400 if form.errors else 200)


@login_required
@require_GET
def article_detail(request, article_id):
    article, access = get_article_for_user(request.user, article_id)
    context = selectors.article_detail(article=article) | {"access": access}
    template = "desk/article_detail.html"
    if request.htmx and request.GET.get("poll"):
        response = render(request, template + "#article-body", context)
        return HttpResponseStopPolling(response.content) if article.is_settled else response
    return render(request, template, context)


@login_required
@require_POST
def article_reextract(request, article_id):
    article, _access = get_article_for_user(request.user, article_id, write=True)
    services.extraction_queue(article=article)
    messages.success(request, _("Extraction queued again."))
    return redirect("article_detail", article_id=article.pk)


def _article_answer(request, article, access, *, status=200, error="", focus=None):
    """The article page after an article-level action: its body for htmx, else a redirect back."""
    if not request.htmx and status == 200:
        return redirect(reverse("article_detail", args=[article.pk]) + (f"#quote-{focus}" if focus else ""))
    context = selectors.article_detail(article=article) | {"access": access, "add_error": error, "focus": focus}
    template = "desk/article_detail.html" + ("#article-body" if request.htmx else "")
    return render(request, template, context, status=status)


@login_required
@require_POST
def quote_add(request, article_id):
    article, access = get_article_for_user(request.user, article_id, write=True)
    try:
        quote = services.quote_add(article=article, user=request.user, start=request.POST.get("start"),
                                   end=request.POST.get("end"), type=request.POST.get("type") or "direct",
                                   **_speaker_choice(request))
    except services.QuoteInvalid as exc:
        return _article_answer(request, article, access, status=422, error=str(exc))
    messages.success(request, _("Quote added."))
    return _article_answer(request, article, access, focus=quote.pk)


@login_required
@require_POST
def article_bulk_accept(request, article_id):
    article, access = get_article_for_user(request.user, article_id, write=True)
    try:
        count = services.quotes_bulk_accept(article=article, user=request.user,
                                            min_confidence=request.POST.get("min_confidence"))
    except services.QuoteInvalid as exc:
        return _article_answer(request, article, access, status=422, error=str(exc))
    messages.success(request, ngettext("%(count)d quote accepted.", "%(count)d quotes accepted.", count) % {"count": count})
    return _article_answer(request, article, access)


@login_required
@require_POST
def article_bulk_reassign(request, article_id):
    article, access = get_article_for_user(request.user, article_id, write=True)
    try:
        quotes = _selected_quotes(request, article)
        count = services.quotes_bulk_reassign(quotes=quotes, user=request.user, **_speaker_choice(request))
    except services.QuoteInvalid as exc:
        return _article_answer(request, article, access, status=422, error=str(exc))
    messages.success(request, ngettext("Speaker changed on %(count)d quote.", "Speaker changed on %(count)d quotes.",
                                       count) % {"count": count})
    return _article_answer(request, article, access)


def _selected_quotes(request, article):
    """The article's quotes ticked on its page; any other id is refused, never skipped."""
    ids = request.POST.getlist("quotes")
    if not all(i.isdigit() for i in ids):
        raise services.QuoteInvalid(_("The selection is not valid; reload the page."))
    quotes = list(article.quotes.filter(pk__in={int(i) for i in ids}).select_related("article__newsroom"))
    if len(quotes) != len(set(ids)):
        raise services.QuoteInvalid(_("Some selected quotes are no longer in this article; reload the page."))
    return quotes


# Dashboard and speaker registry


@login_required
@require_GET
def dashboard(request):
    access = desk_access(request.user)
    context = selectors.dashboard(newsroom=access.newsroom) | {"access": access}
    context["chart"] = charts.horizontal_bars(
        ((row["speaker__name"], row["quote_count"], reverse("speaker_detail", args=[row["speaker_id"]]))
         for row in context["top_speakers"]),
        rtl=get_language_bidi(),
    )
    return render(request, "desk/dashboard.html", context)


@login_required
@require_POST
def dashboard_retry(request, article_id):
    article, access = get_article_for_user(request.user, article_id, write=True)
    queued = services.extraction_retry(article=article)
    if request.htmx:
        context = {"failures": selectors.extraction_failures(newsroom=access.newsroom), "access": access}
        return render(request, "desk/dashboard.html#failures", context)
    if queued:
        messages.success(request, _("Extraction queued again."))
    else:
        messages.info(request, _("This article is no longer failed; nothing was queued."))
    return redirect("dashboard")


@login_required
@require_GET
def speaker_list(request):
    access = desk_access(request.user)
    speakers = SpeakerFilter(request.GET, queryset=selectors.speaker_list(newsroom=access.newsroom))
    page = Paginator(speakers.qs, SPEAKERS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"filter": speakers, "page": page, "query": query.urlencode(), "access": access}
    template = "desk/speaker_list.html"
    if request.htmx:
        template += "#speaker-results"
    return render(request, template, context, status=400 if speakers.errors else 200)


@login_required
@require_GET
def speaker_detail(request, speaker_id):
    speaker, access = get_speaker_for_user(request.user, speaker_id)
    return render(request, "desk/speaker_detail.html", selectors.speaker_detail(speaker=speaker) | {"access": access})


# Review: the queue and the quote actions (each a POST answering with the quote's card when
# htmx asks, else a redirect back).


@login_required
@require_GET
def review_queue(request):
    access = desk_access(request.user)
    queue = selectors.review_queue(newsroom=access.newsroom, params=request.GET)
    query = request.GET.copy()
    for key in ("after", "before"):
        query.pop(key, None)
    context = {"queue": queue, "query": query.urlencode(), "status_tabs": _status_tabs(query, queue),
               "unpin": {name: _query_without(query, name) for name in ("speaker", "article")},
               "access": access, "page": "queue"}
    template = REVIEW_TEMPLATE + ("#queue" if request.htmx and not request.htmx.boosted else "")
    return render(request, template, context, status=200 if queue.valid else 400)


def _query_without(query, name):
    query = query.copy()
    query.pop(name, None)
    return query.urlencode()


def _status_tabs(query, queue):
    """One link per status with its count; each keeps the other filters."""
    current = queue.filter.data.get("status")
    tabs = []
    for value, label in [*ReviewStatus.choices, (QUEUE_STATUS_ALL, _("All"))]:
        tab_query = query.copy()
        tab_query["status"] = value
        count = sum(queue.counts.values()) if value == QUEUE_STATUS_ALL else queue.counts.get(value, 0)
        tabs.append({"value": value, "label": label, "count": count, "query": tab_query.urlencode(),
                     "current": value == current})
    return tabs


@login_required
@require_GET
def quote_detail(request, quote_id):
    """The quote's own page, and its full card (every action's form and the history) for htmx:
    lists show light cards whose panel links load this when an editor opens one."""
    quote, access = get_quote_for_user(request.user, quote_id, queryset=selectors.quote_cards())
    panel = request.GET.get("panel")
    context = {"quote": quote, "access": access, "full": True,
               "open_panel": panel if panel in QUOTE_PANELS else ""}
    if request.htmx:
        context["page"] = "article" if request.GET.get("page") == "article" else "queue"
        return render(request, REVIEW_TEMPLATE + "#quote-card", context)
    return render(request, REVIEW_TEMPLATE, context | {"page": "quote", "single": True})


@login_required
@require_GET
def speaker_suggest(request):
    access = desk_access(request.user)
    speakers = selectors.speaker_suggestions(newsroom=access.newsroom, text=request.GET.get("speaker_name", ""))
    return render(request, REVIEW_TEMPLATE + "#speaker-options", {"speakers": speakers})


def _next_url(request, fallback):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


def _quote_answer(request, quote_id, access, *, status=200, error="", conflict=False, focus="next"):
    """The quote's card after an action: the fragment for htmx, else back where the editor was."""
    quote = selectors.quote_card(quote_id=quote_id)
    if status == 200 and not request.htmx:
        return redirect(_next_url(request, reverse("article_detail", args=[quote.article_id]) + f"#quote-{quote_id}"))
    context = {"quote": quote, "access": access, "error": error, "conflict": conflict,
               "acted": focus if status == 200 else "",
               "page": request.POST.get("page", "queue"), "single": not request.htmx}
    if request.POST.get("page") == "article":
        context["progress"] = selectors.article_progress(article=quote.article)
    template = REVIEW_TEMPLATE
    if request.htmx:
        template += "#quote-conflict" if conflict else "#quote-answer"
    response = render(request, template, context, status=status)
    if status == 200 and request.htmx:
        response["HX-Trigger"] = json.dumps({"quoteReviewed": {"id": quote_id}})
    return response


def _quote_act(request, quote_id, act, *, focus="next"):
    """Run a review action; after it the focus moves to the next quote (`focus="next"`) or stays."""
    quote, access = get_quote_for_user(request.user, quote_id, write=True)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        return _quote_answer(request, quote.pk, access, status=400, error=_("The form is missing the quote's version; reload the page."))
    try:
        act(quote=quote, user=request.user, version=version)
    except services.QuoteConflict:
        return _quote_answer(request, quote.pk, access, status=409, conflict=True)
    except services.QuoteInvalid as exc:
        return _quote_answer(request, quote.pk, access, status=422, error=str(exc))
    return _quote_answer(request, quote.pk, access, focus=focus)


def _speaker_choice(request):
    """The speaker a form names: an id from the registry, else the typed name (known or new)."""
    fields = {"new_name": request.POST.get("speaker_name", ""), "role": request.POST.get("speaker_role", ""),
              "kind": request.POST.get("speaker_kind") or "person"}
    speaker_id = request.POST.get("speaker_id", "")
    if speaker_id:
        if not speaker_id.isdigit():
            raise services.QuoteInvalid(_("The chosen speaker is not valid; choose it again."))
        fields["speaker"], _access = get_speaker_for_user(request.user, int(speaker_id))
    return fields


@login_required
@require_POST
def quote_accept(request, quote_id):
    return _quote_act(request, quote_id, services.quote_accept)


@login_required
@require_POST
def quote_reject(request, quote_id):
    return _quote_act(request, quote_id, lambda **kw: services.quote_reject(reason=request.POST.get("reason", ""), **kw))


@login_required
@require_POST
def quote_edit(request, quote_id):
    return _quote_act(request, quote_id, lambda **kw: services.quote_edit(
        start=request.POST.get("start"), end=request.POST.get("end"), **kw))


@login_required
@require_POST
def quote_reassign(request, quote_id):
    return _quote_act(request, quote_id, lambda **kw: services.quote_reassign(
        **_speaker_choice(request), **kw))


@login_required
@require_POST
def quote_retype(request, quote_id):
    return _quote_act(request, quote_id, lambda **kw: services.quote_retype(type=request.POST.get("type", ""), **kw))


@login_required
@require_POST
def quote_undo(request, quote_id):
    # After an undo the focus stays on the quote, to look at it again.
    return _quote_act(request, quote_id, services.quote_undo, focus="stay")
