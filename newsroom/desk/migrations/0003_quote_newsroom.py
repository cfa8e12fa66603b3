import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """Quote.newsroom, nullable until 0004 has copied every article's newsroom onto its quotes."""

    dependencies = [
        ("desk", "0002_review_queue"),
    ]

    operations = [
        migrations.AddField(
            model_name="quote",
            name="newsroom",
            field=models.ForeignKey(editable=False, null=True, on_delete=django.db.models.deletion.CASCADE,
                                    related_name="quotes", to="desk.newsroom"),
        ),
    ]
