"""A django-tasks backend that hands Wagtail's background tasks to Celery.

Wagtail and modelsearch enqueue their tasks from ``post_save``, inside the
transaction that saves the page. This backend sends a task to the broker only
after that transaction commits (so the worker sees the saved row), and a broker
outage is logged instead of raised (so a publish never fails because Redis is down).
The published django-tasks Celery backends need Django 6's ``django.tasks``;
this project stays on Django 5.2 LTS, hence this small one.
"""

import logging
from functools import partial

from django.db import transaction
from django.utils import timezone

from django_tasks import TaskResult, TaskResultStatus
from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import Task
from django_tasks.exceptions import InvalidTaskError
from django_tasks.utils import get_random_id, normalize_json

from core.tasks import run_django_task

logger = logging.getLogger(__name__)


class CeleryBackend(BaseTaskBackend):
    supports_defer = True

    def validate_task(self, task: Task) -> None:
        super().validate_task(task)
        if task.takes_context:
            raise InvalidTaskError("The Celery backend does not pass a task context.")

    def enqueue(self, task: Task, args, kwargs) -> TaskResult:
        self.validate_task(task)
        result = TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=None,
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=normalize_json(args),
            kwargs=normalize_json(kwargs),
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
        transaction.on_commit(partial(self._send, result))
        return result

    def _send(self, result: TaskResult) -> None:
        try:
            run_django_task.apply_async(
                args=(result.task.module_path, result.args, result.kwargs),
                task_id=result.id,
                eta=result.task.run_after,
                queue=None if result.task.queue_name == "default" else result.task.queue_name,
            )
        except Exception:
            # The saved content is safe; the reconcile commands repair the index later.
            logger.exception(
                "Broker unreachable: task %s (%s) not sent",
                result.task.module_path,
                result.id,
            )
            return
        object.__setattr__(result, "enqueued_at", timezone.now())
