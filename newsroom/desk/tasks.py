"""Celery tasks: thin, take ids, call one service. Idempotent through the run's claim."""

from celery import shared_task

from . import services


@shared_task(bind=True, acks_late=True, ignore_result=True)
def extract_article(self, run_id):
    services.extraction_run_execute(run_id=run_id, worker=self.request.hostname or "")
