"""Editorial groups and the review workflow: editors write, final editors approve."""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from core.groups import ensure_group, root_collection

EDITORS = "Redacteuren"
FINAL_EDITORS = "Eindredactie"
EDITOR_GROUP_NAMES = [EDITORS, FINAL_EDITORS]
WORKFLOW_NAME = "Redactie en eindredactie"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    FINAL_EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
MODEL_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("knowledge", "add_glossaryterm"),
        ("knowledge", "change_glossaryterm"),
        ("knowledge", "add_initiative"),
        ("knowledge", "change_initiative"),
        ("knowledge", "view_whitepaperfeedback"),
        ("search", "view_searchtermday"),
    ],
    FINAL_EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("knowledge", "add_glossaryterm"),
        ("knowledge", "change_glossaryterm"),
        ("knowledge", "delete_glossaryterm"),
        ("knowledge", "add_initiative"),
        ("knowledge", "change_initiative"),
        ("knowledge", "delete_initiative"),
        ("knowledge", "view_whitepaperfeedback"),
        ("knowledge", "delete_whitepaperfeedback"),
        ("search", "view_searchtermday"),
        *(
            (app, f"{action}_{model}")
            for app, model in [
                ("knowledge", "theme"),
                ("knowledge", "initiativetype"),
                ("knowledge", "legalform"),
                ("knowledge", "fundingsource"),
                ("knowledge", "developmentstage"),
            ]
            for action in ("add", "change")
        ),
        ("knowledge", "change_province"),
    ],
}


@dataclass(frozen=True)
class Editorial:
    editors: Group
    final_editors: Group
    workflow: Workflow


@transaction.atomic
def ensure_editorial_workflow(knowledge_index: Page) -> Editorial:
    """Idempotent: groups, their permissions and the workflow on the knowledge base."""
    collection = root_collection()
    groups = {
        name: ensure_group(
            name,
            MODEL_PERMISSIONS[name],
            pages={knowledge_index: PAGE_PERMISSIONS[name]},
            collections={collection: COLLECTION_PERMISSIONS},
        )
        for name in EDITOR_GROUP_NAMES
    }

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task = GroupApprovalTask.objects.filter(name="Goedkeuring eindredactie").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Goedkeuring eindredactie")
    task.groups.set([groups[FINAL_EDITORS]])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=knowledge_index, defaults={"workflow": workflow})
    return Editorial(groups[EDITORS], groups[FINAL_EDITORS], workflow)
