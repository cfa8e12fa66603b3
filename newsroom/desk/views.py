"""Thin function views: access check, one service or selector call, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseStopPolling

from . import selectors, services
from .access import desk_access, get_article_for_user
from .forms import ArticleUploadForm
from .ingest import decode_article_bytes


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
