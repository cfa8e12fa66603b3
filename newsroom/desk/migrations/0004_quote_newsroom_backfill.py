from django.db import migrations
from django.db.models import OuterRef, Subquery


def backfill(apps, schema_editor):
    Article = apps.get_model("desk", "Article")
    Quote = apps.get_model("desk", "Quote")
    Quote.objects.filter(newsroom__isnull=True).update(
        newsroom_id=Subquery(Article.objects.filter(pk=OuterRef("article_id")).values("newsroom_id")[:1])
    )


class Migration(migrations.Migration):
    """One UPDATE. Its own migration (own transaction): PostgreSQL refuses to ALTER a table with
    pending deferred foreign-key checks, which 0005 does."""

    dependencies = [
        ("desk", "0003_quote_newsroom"),
    ]

    operations = [
        migrations.RunPython(backfill, migrations.RunPython.noop, elidable=True),
    ]
