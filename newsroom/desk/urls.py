from django.urls import path

from . import views

urlpatterns = [
    path("articles/", views.article_list, name="article_list"),
    path("articles/new/", views.article_upload, name="article_upload"),
    path("articles/<int:article_id>/", views.article_detail, name="article_detail"),
    path("articles/<int:article_id>/reextract/", views.article_reextract, name="article_reextract"),
]
