"""A translator's workflow: the Vertalers group, the PO round trip, out-of-date translations."""

from urllib.parse import urlencode

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import resolve, reverse

from wagtail.models import Locale

import polib
import pytest
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.operations import translate_object

from knowledge.editorial import ensure_editorial_workflow
from knowledge.translation_views import UpdateTranslationsWithoutPublishView
from knowledge.translators import TRANSLATORS, ensure_translators
from knowledge.wagtail_hooks import SAVE_DRAFT_ACTION, SUBMIT_ACTION

from .factories import CasePageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(site_tree):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def translator(site_tree, editorial):
    ensure_translators(site_tree.homes["en"])
    return UserFactory(username="vertaler", groups=[TRANSLATORS])


@pytest.fixture
def dutch_case(knowledge_index):
    case = CasePageFactory(parent=knowledge_index, title="Buurtzorg in het dorp")
    case.save_revision().publish()
    return case


@pytest.fixture
def translation(dutch_case, english):
    translate_object(dutch_case, [english])
    return Translation.objects.get(source__object_id=dutch_case.translation_key)


@pytest.fixture
def english_case(translation, dutch_case, english):
    return dutch_case.get_translation(english)


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def translate_title(client, translation, text):
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(
        url, urlencode({"value": text}), content_type="application/x-www-form-urlencoded"
    )


def test_translator_opens_the_translation_editor_of_an_english_draft(
    client, translator, english_case
):
    client.force_login(translator)

    response = client.get(edit_url(english_case))

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]


def test_translator_saves_a_translated_string_as_a_draft(
    client, translator, translation, english_case
):
    client.force_login(translator)

    assert (
        translate_title(client, translation, "Neighbourhood care in the village").status_code == 201
    )
    response = client.post(edit_url(english_case), {SAVE_DRAFT_ACTION: "1"})

    assert response.status_code == 302
    english_case.refresh_from_db()
    draft = english_case.get_latest_revision_as_object()
    assert (draft.title, english_case.live) == ("Neighbourhood care in the village", False)


def test_the_translation_editor_shows_a_save_as_draft_button(client, translator, english_case):
    client.force_login(translator)

    content = client.get(edit_url(english_case)).content.decode()

    assert f'name="{SAVE_DRAFT_ACTION}"' in content
    assert "Opslaan als concept" in content


def test_the_draft_button_saves_the_strings_and_leaves_the_page_a_draft(
    client, translator, translation, english_case
):
    client.force_login(translator)
    translate_title(client, translation, "Care organised by the village")

    response = client.post(edit_url(english_case), {SAVE_DRAFT_ACTION: "1"}, follow=True)

    english_case.refresh_from_db()
    assert english_case.get_latest_revision_as_object().title == "Care organised by the village"
    assert (english_case.live, english_case.has_unpublished_changes) == (False, True)
    assert "De vertaling is als concept opgeslagen." in response.content.decode()


def test_submitting_a_translation_hands_the_draft_to_the_final_editors(
    client, translator, translation, english_case
):
    ensure_editorial_workflow(english_case.get_parent())
    client.force_login(translator)
    translate_title(client, translation, "Care organised by the village")

    client.post(edit_url(english_case), {SUBMIT_ACTION: "1"})

    english_case.refresh_from_db()
    state = english_case.current_workflow_state
    assert state.status == state.STATUS_IN_PROGRESS
    assert state.current_task_state.revision.as_object().title == "Care organised by the village"
    assert not english_case.live


def test_translator_cannot_publish_a_translation(client, translator, english_case):
    client.force_login(translator)

    response = client.post(edit_url(english_case), {"action": "publish"})

    assert response.status_code == 302
    english_case.refresh_from_db()
    assert not english_case.live


def test_translator_cannot_edit_the_dutch_source(client, translator, dutch_case, english_case):
    client.force_login(translator)

    response = client.get(edit_url(dutch_case))

    assert response.status_code == 302
    assert not dutch_case.permissions_for_user(translator).can_edit()
    assert english_case.permissions_for_user(translator).can_edit()


def test_a_po_file_edited_outside_changes_the_english_draft(
    client, translator, translation, english_case
):
    client.force_login(translator)
    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    po = polib.pofile(download.content.decode())
    next(entry for entry in po if entry.msgctxt == "title").msgstr = "Care close to home"

    upload = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {
            "file": SimpleUploadedFile(
                "case-en.po", str(po).encode(), "text/x-gettext-translation"
            ),
            "next": edit_url(english_case),
        },
    )
    client.post(edit_url(english_case), {SAVE_DRAFT_ACTION: "1"})

    assert upload.status_code == 302
    english_case.refresh_from_db()
    assert english_case.get_latest_revision_as_object().title == "Care close to home"


def report(client):
    return client.get(reverse("translations_out_of_date"))


def test_a_fresh_translation_is_not_out_of_date(client, translator, english_case, dutch_case):
    client.force_login(translator)

    assert dutch_case.title not in report(client).content.decode()


def test_a_changed_dutch_source_lists_the_translation_as_out_of_date(
    client, translator, translation, dutch_case
):
    client.force_login(translator)
    dutch_case.title = "Buurtzorg in het dorp, met cijfers van 2025"
    dutch_case.save_revision().publish()

    content = report(client).content.decode()

    assert "Buurtzorg in het dorp" in content
    assert "1 vertaling" in content
    assert reverse("wagtail_localize:update_translations", args=[translation.source_id]) in content


def test_updating_the_translation_takes_it_off_the_report(
    client, translator, translation, dutch_case
):
    client.force_login(translator)
    dutch_case.title = "Buurtzorg in het dorp, met cijfers van 2025"
    dutch_case.save_revision().publish()

    update_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])

    assert client.post(update_url).status_code == 302
    assert update_url not in report(client).content.decode()


def test_translator_cannot_publish_through_the_update_view(
    client, translator, translation, english_case
):
    client.force_login(translator)
    update_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])

    response = client.post(update_url, {"publish_translations": "on"})

    assert resolve(update_url).func.view_class is UpdateTranslationsWithoutPublishView
    assert (response.status_code, response.url) == (302, "/admin/")
    english_case.refresh_from_db()
    assert not english_case.live


def test_the_report_is_only_for_translation_staff(client, english_case):
    client.force_login(UserFactory(username="lezer", groups=[]))

    assert report(client).status_code != 200


def test_the_copied_english_knowledge_base_has_the_review_workflow(english_case, editorial):
    english_index = english_case.get_parent()

    assert english_index.get_workflow() == editorial.workflow
