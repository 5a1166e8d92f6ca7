"""Services send tasks by name, and only once their transaction has committed."""

import pytest
from celery.exceptions import NotRegistered
from celery.signals import task_prerun

from core.tasks import enqueue_after_commit

pytestmark = pytest.mark.django_db


@pytest.fixture
def started_tasks():
    names: list[str] = []

    def record(sender, **kwargs):
        names.append(sender.name)

    task_prerun.connect(record, weak=False)
    yield names
    task_prerun.disconnect(record)


def test_a_task_runs_only_after_the_commit(started_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        enqueue_after_commit("core.ping", "na-de-commit")

    assert started_tasks == []
    for callback in callbacks:
        callback()
    assert started_tasks == ["core.ping"]


def test_an_unknown_task_name_fails_in_the_caller(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(NotRegistered):
        enqueue_after_commit("core.no_such_task")

    assert callbacks == []
