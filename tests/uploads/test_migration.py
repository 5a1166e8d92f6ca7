"""A database that holds submissions and published uploads keeps them when the models move
from ``knowledge`` to ``uploads`` (knowledge 0007, uploads 0001; docs/decisions/0017).

The test migrates the real test database back to the schema before the move, stores rows
through the historical models of that moment, migrates forward again and reads them through
today's models. It always leaves the database at the latest migration.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from wagtail.models import Page, Revision

import pytest

from uploads.models import Submission, SubmissionFile, UploadIndexPage, UploadPage

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE_THE_MOVE = [("knowledge", "0006_document_text_for_search"), ("uploads", None)]
MOVED = ["submission", "submissionfile", "uploadindexpage", "uploadpage", "uploaddocument"]
# Tree paths far from the ones the site tree uses, so the historical rows never collide.
INDEX_PATH = "ZZZZ"
PAGE_PATH = "ZZZZ0001"


def migrate(targets=None):
    """Migrate to ``targets`` (the latest when None); the models as the database now is."""
    executor = MigrationExecutor(connection)
    graph = executor.loader.graph
    executor.migrate(targets or graph.leaf_nodes())
    executor.loader.build_graph()
    applied = [key for key in executor.loader.applied_migrations if key in graph.nodes]
    ContentType.objects.clear_cache()
    return executor.loader.project_state(applied).apps


def historical_rows(apps) -> dict:
    """What an existing site holds: a published upload, its submission with a file, types."""
    types = apps.get_model("contenttypes", "ContentType").objects
    locale, _ = apps.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="nl")
    theme, _ = apps.get_model("knowledge", "Theme").objects.get_or_create(
        locale=locale, slug="migratie-thema", defaults={"name": "Migratiethema"}
    )
    province, _ = apps.get_model("knowledge", "Province").objects.get_or_create(
        locale=locale, slug="migratie-provincie", defaults={"name": "Migratieprovincie"}
    )
    index_type, _ = types.get_or_create(app_label="knowledge", model="uploadindexpage")
    page_type, _ = types.get_or_create(app_label="knowledge", model="uploadpage")
    submission_type, _ = types.get_or_create(app_label="knowledge", model="submission")
    page_base_type, _ = types.get_or_create(app_label="wagtailcore", model="page")

    index = apps.get_model("knowledge", "UploadIndexPage").objects.create(
        title="Trots op mijn initiatief",
        draft_title="Trots op mijn initiatief",
        slug="trots-migratie",
        path=INDEX_PATH,
        depth=1,
        numchild=1,
        url_path="/trots-migratie/",
        content_type=index_type,
        locale=locale,
        intro="Materiaal van initiatieven.",
    )
    page = apps.get_model("knowledge", "UploadPage").objects.create(
        title="Jaarverslag van de buurtbus",
        draft_title="Jaarverslag van de buurtbus",
        slug="jaarverslag-buurtbus",
        path=PAGE_PATH,
        depth=2,
        url_path="/trots-migratie/jaarverslag-buurtbus/",
        content_type=page_type,
        locale=locale,
        material_type="jaarverslag",
        year=2024,
        description="Wat de buurtbus dit jaar deed.",
        province=province,
        extracted_text="De buurtbus reed elke dinsdag naar de markt.",
    )
    # A ParentalManyToManyField keeps additions in memory until a cluster save; the row itself.
    page.themes.through.objects.create(uploadpage=page, theme=theme)
    collection = apps.get_model("wagtailcore", "Collection").objects.create(
        name="Migratie", path="ZZZZ", depth=1
    )
    document = apps.get_model("wagtaildocs", "Document").objects.create(
        title="Jaarverslag", file="documents/jaarverslag-migratie.pdf", collection=collection
    )
    apps.get_model("knowledge", "UploadDocument").objects.create(
        page=page, document=document, sort_order=0
    )
    revision = apps.get_model("wagtailcore", "Revision").objects.create(
        content_type=page_type,
        base_content_type=page_base_type,
        object_id=str(page.pk),
        content={"title": page.title, "pk": page.pk},
        created_at=timezone.now(),
    )

    submission = apps.get_model("knowledge", "Submission").objects.create(
        status="approved",
        initiative_name="Zorgcoöperatie De Linde",
        place="Hoogeloon",
        province=province,
        contact_name="Mies Jansen",
        contact_email="mies@example.org",
        material_type="jaarverslag",
        year=2024,
        title="Jaarverslag van de buurtbus",
        description="Wat de buurtbus dit jaar deed.",
        consent_publication=True,
        consent_privacy=True,
        page=page,
    )
    submission.themes.add(theme)
    stored = apps.get_model("knowledge", "SubmissionFile").objects.create(
        submission=submission,
        batch="migratie",
        original_name="jaarverslag 2024.pdf",
        name="jaarverslag-2024.pdf",
        kind="pdf",
        content_type="application/pdf",
        size=1234,
        sha256="a" * 64,
        file="pending/migratie/jaarverslag.pdf",
        status="processed",
        removed_metadata=[{"part": "", "fields": ["author"]}],
    )

    moderate, _ = apps.get_model("auth", "Permission").objects.get_or_create(
        content_type=submission_type,
        codename="moderate_submission",
        defaults={"name": "Can moderate 'Trots op mijn initiatief' uploads"},
    )
    group = apps.get_model("auth", "Group").objects.create(name="Moderatoren (migratie)")
    group.permissions.add(moderate)
    return {
        "index": index.pk,
        "page": page.pk,
        "theme": theme.pk,
        "province": province.pk,
        "document": document.pk,
        "revision": revision.pk,
        "submission": submission.pk,
        "file": stored.pk,
        "group": group.pk,
        "types": {
            "uploadindexpage": index_type.pk,
            "uploadpage": page_type.pk,
            "submission": submission_type.pk,
        },
    }


def test_submissions_and_pages_survive_the_move_to_the_uploads_app():
    try:
        before = migrate(BEFORE_THE_MOVE)
        assert not ContentType.objects.filter(app_label="uploads").exists()
        rows = historical_rows(before)
    finally:
        migrate()

    submission = Submission.objects.get(pk=rows["submission"])
    assert submission.title == "Jaarverslag van de buurtbus"
    assert submission.contact_email == "mies@example.org"
    assert submission.province_id == rows["province"]
    assert list(submission.themes.values_list("pk", flat=True)) == [rows["theme"]]
    stored = submission.files.get()
    assert isinstance(stored, SubmissionFile) and stored.pk == rows["file"]
    assert stored.removed_metadata == [{"part": "", "fields": ["author"]}]
    assert stored.file.name == "pending/migratie/jaarverslag.pdf"

    # The pages: their content type now names the uploads app and keeps its id, so the tree,
    # revisions and permissions that point at it by id find today's models.
    for model, type_id in rows["types"].items():
        moved = ContentType.objects.get(pk=type_id)
        assert (moved.app_label, moved.model) == ("uploads", model)
    assert not ContentType.objects.filter(app_label="knowledge", model__in=MOVED).exists()

    page = Page.objects.get(pk=rows["page"]).specific
    assert isinstance(page, UploadPage)
    assert submission.page == page
    assert page.description == "Wat de buurtbus dit jaar deed."
    assert list(page.themes.values_list("pk", flat=True)) == [rows["theme"]]
    assert [item.document_id for item in page.upload_documents.all()] == [rows["document"]]
    assert isinstance(Page.objects.get(pk=rows["index"]).specific, UploadIndexPage)
    assert page.get_parent().pk == rows["index"]
    assert Revision.objects.get(pk=rows["revision"]).content_type.model_class() is UploadPage

    group = Group.objects.get(pk=rows["group"])
    assert group.permissions.get() == Permission.objects.get(
        content_type__app_label="uploads", codename="moderate_submission"
    )


def test_the_move_runs_backwards_and_forwards_keeping_the_type_ids():
    types_before = dict(
        ContentType.objects.filter(app_label="uploads", model__in=MOVED).values_list("model", "pk")
    )
    assert sorted(types_before) == sorted(MOVED)
    try:
        migrate(BEFORE_THE_MOVE)
        back = dict(
            ContentType.objects.filter(app_label="knowledge", model__in=MOVED).values_list(
                "model", "pk"
            )
        )
    finally:
        migrate()

    after = dict(
        ContentType.objects.filter(app_label="uploads", model__in=MOVED).values_list("model", "pk")
    )
    assert back == types_before
    assert after == types_before
