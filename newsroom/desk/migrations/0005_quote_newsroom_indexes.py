import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """The queue and its counts filter on Quote.newsroom; the old queue indexes led with status."""

    dependencies = [
        ("desk", "0004_quote_newsroom_backfill"),
    ]

    operations = [
        migrations.AlterField(
            model_name="quote",
            name="newsroom",
            field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.CASCADE,
                                    related_name="quotes", to="desk.newsroom"),
        ),
        migrations.RemoveIndex(model_name="quote", name="quote_queue_idx"),
        migrations.RemoveIndex(model_name="quote", name="quote_review_queue_idx"),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(fields=["newsroom", "status", "unflagged", "confidence", "id"],
                               name="quote_review_queue_idx"),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(fields=["newsroom", "status"], name="quote_newsroom_status_idx"),
        ),
    ]
