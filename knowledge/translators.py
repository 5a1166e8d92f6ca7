"""Translators: the "Vertalers" group, saving a translation as a draft, and what is out of date.

Translators edit the English tree and the translatable snippets; they never publish and never
edit a Dutch page (their page permissions are on the English home page alone). The English
knowledge base has the same review workflow as the Dutch one, so a translator's draft goes live
only when the final editors approve it.
"""

from django.contrib.auth.models import Group
from django.db.models import DateTimeField, F, OuterRef, QuerySet, Subquery

from wagtail.models import Page, WorkflowState

from wagtail_localize.models import Translation

from core.groups import ensure_group, root_collection

TRANSLATORS = "Vertalers"
TRANSLATABLE_SNIPPETS = [
    "glossaryterm",
    "theme",
    "initiativetype",
    "legalform",
    "province",
    "fundingsource",
    "developmentstage",
]
TRANSLATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    *(("knowledge", f"change_{model}") for model in TRANSLATABLE_SNIPPETS),
]
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
TRANSLATOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
]


def ensure_translators(english_home: Page) -> Group:
    """Idempotent: the group, its permissions and its pages (the English tree only)."""
    return ensure_group(
        TRANSLATORS,
        TRANSLATOR_PERMISSIONS,
        pages={english_home: TRANSLATOR_PAGE_PERMISSIONS},
        collections={root_collection(): TRANSLATOR_COLLECTION_PERMISSIONS},
    )


def save_translation_draft(translation: Translation, user) -> Page:
    """Write the translated strings into a new draft revision of the translated page.

    wagtail-localize's editor keeps each string as it is typed but writes the page itself only
    when someone publishes it; a translator, who may not publish, needs a draft to submit.
    """
    return translation.source.create_or_update_translation(
        translation.target_locale, user=user, publish=False, fallback=True, copy_parent_pages=True
    )[0]


def submit_translation_for_review(translation: Translation, user) -> Page:
    """A draft from the translated strings, handed to the page's review workflow.

    As Wagtail's own "Submit for moderation": a workflow sent back for changes resumes; one
    still in progress starts again, so the reviewers see this draft and not an older one.
    """
    page = save_translation_draft(translation, user)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return page
    if state is not None:
        state.cancel(user=user)
    page.get_workflow().start(page, user)
    return page


def out_of_date_translations() -> QuerySet[Translation]:
    """Page translations whose source has a revision newer than the strings they were made from.

    ``TranslationSource.last_updated_at`` is when the source's strings were last extracted
    (on translating and on "Sync translated pages"). Snippets keep no revisions, so only pages
    can be told to be out of date.
    """
    source_changed_at = Subquery(
        Page.objects.filter(
            translation_key=OuterRef("source__object_id"), locale=OuterRef("source__locale")
        ).values("latest_revision_created_at")[:1],
        output_field=DateTimeField(),
    )
    return (
        Translation.objects.filter(enabled=True)
        .annotate(source_changed_at=source_changed_at)
        .filter(source_changed_at__gt=F("source__last_updated_at"))
        .select_related("source", "source__locale", "target_locale")
        .order_by("-source_changed_at")
    )
