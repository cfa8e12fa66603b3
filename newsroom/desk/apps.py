import logging
import sys

from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger("iqtibas")


class DeskConfig(AppConfig):
    name = "newsroom.desk"
    label = "desk"
    verbose_name = "Iqtibas desk"

    def ready(self):
        # Say loudly when running on the embedded defaults, once per server/worker start.
        if any(cmd in sys.argv for cmd in ("runserver", "worker")):
            if settings.EMBEDDED_DATABASE:
                logger.warning("DATABASE_URL is not set: using embedded SQLite (%s), demo only.",
                               settings.DATABASES["default"]["NAME"])
            if settings.EMBEDDED_TASKS:
                logger.warning("REDIS_URL is not set: Celery tasks run in-process (eager), no worker.")
