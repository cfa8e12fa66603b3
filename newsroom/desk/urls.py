from django.urls import path

from . import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("dashboard/failures/<int:article_id>/retry/", views.dashboard_retry, name="dashboard_retry"),
    path("speakers/", views.speaker_list, name="speaker_list"),
    path("speakers/<int:speaker_id>/", views.speaker_detail, name="speaker_detail"),
    path("articles/", views.article_list, name="article_list"),
    path("articles/new/", views.article_upload, name="article_upload"),
    path("articles/<int:article_id>/", views.article_detail, name="article_detail"),
    path("articles/<int:article_id>/reextract/", views.article_reextract, name="article_reextract"),
    # Review
    path("review/", views.review_queue, name="review_queue"),
    path("review/speakers/", views.speaker_suggest, name="speaker_suggest"),
    path("quotes/<int:quote_id>/", views.quote_detail, name="quote_detail"),
    path("quotes/<int:quote_id>/accept/", views.quote_accept, name="quote_accept"),
    path("quotes/<int:quote_id>/reject/", views.quote_reject, name="quote_reject"),
    path("quotes/<int:quote_id>/edit/", views.quote_edit, name="quote_edit"),
    path("quotes/<int:quote_id>/speaker/", views.quote_reassign, name="quote_reassign"),
    path("quotes/<int:quote_id>/type/", views.quote_retype, name="quote_retype"),
    path("quotes/<int:quote_id>/undo/", views.quote_undo, name="quote_undo"),
    path("articles/<int:article_id>/quotes/", views.quote_add, name="quote_add"),
    path("articles/<int:article_id>/bulk-accept/", views.article_bulk_accept, name="article_bulk_accept"),
    path("articles/<int:article_id>/bulk-speaker/", views.article_bulk_reassign, name="article_bulk_reassign"),
]
