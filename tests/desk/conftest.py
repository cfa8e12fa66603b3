import pytest
from django.utils import translation


@pytest.fixture
def english(settings):
    """Assertions read the English strings (pages and service messages alike); the Arabic
    interface is checked in test_i18n."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield
