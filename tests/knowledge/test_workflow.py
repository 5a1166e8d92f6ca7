from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from knowledge.models import WhitepaperPage

from .factories import CasePageFactory, UserFactory, WhitepaperPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(editorial):
    return UserFactory(username="redacteur", groups=["Redacteuren"])


@pytest.fixture
def final_editor(editorial):
    return UserFactory(username="eindredacteur", groups=["Eindredactie"])


@pytest.fixture
def draft_whitepaper(knowledge_index):
    whitepaper = WhitepaperPageFactory(parent=knowledge_index, live=False)
    whitepaper.save_revision()
    return whitepaper


def test_editor_may_create_but_not_publish(editor, knowledge_index, draft_whitepaper):
    assert knowledge_index.permissions_for_user(editor).can_add_subpage()
    assert not draft_whitepaper.permissions_for_user(editor).can_publish()


def test_editor_cannot_publish_a_whitepaper_through_the_admin(client, editor, draft_whitepaper):
    client.force_login(editor)

    response = client.post(
        f"/admin/pages/{draft_whitepaper.pk}/edit/",
        nested_form_data(
            {
                "title": "Nieuwe titel",
                "slug": draft_whitepaper.slug,
                "summary": draft_whitepaper.summary,
                "authors": streamfield([]),
                "organisations": streamfield([]),
                "changelog": streamfield([]),
                "chapters": streamfield(
                    [("chapter", {"title": "Inleiding", "anchor": "", "body": streamfield([])})]
                ),
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )

    assert response.status_code == 302, response.context["form"].errors
    draft_whitepaper.refresh_from_db()
    assert draft_whitepaper.get_latest_revision_as_object().title == "Nieuwe titel"
    assert not draft_whitepaper.live


def test_whitepapers_and_cases_go_through_the_review_workflow(knowledge_index, editorial):
    whitepaper = WhitepaperPageFactory(parent=knowledge_index)
    case = CasePageFactory(parent=knowledge_index)

    assert whitepaper.get_workflow() == editorial.workflow
    assert case.get_workflow() == editorial.workflow


def test_approval_by_final_editor_publishes(editor, final_editor, draft_whitepaper):
    workflow_state = draft_whitepaper.get_workflow().start(draft_whitepaper, editor)
    task_state = workflow_state.current_task_state

    task_state.task.specific.on_action(task_state, final_editor, "approve")

    draft_whitepaper.refresh_from_db()
    assert draft_whitepaper.live
    assert WhitepaperPage.objects.live().filter(pk=draft_whitepaper.pk).exists()


def test_editor_cannot_approve_their_own_submission(editor, draft_whitepaper):
    workflow_state = draft_whitepaper.get_workflow().start(draft_whitepaper, editor)
    task = workflow_state.current_task_state.task.specific

    actions = task.get_actions(draft_whitepaper, editor)

    assert "approve" not in [name for name, *_ in actions]
