"""Bundle statuses and "still active?" stored in Dutch become English machine values."""

import pytest

from helpdesk.models import Bundle, CaseNote
from tests.migrating import database_at

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = "0001_initial"


def test_dutch_values_stored_before_the_migration_become_english(cases):
    with database_at("helpdesk", BEFORE) as apps:
        OldBundle = apps.get_model("helpdesk", "Bundle")
        OldCaseNote = apps.get_model("helpdesk", "CaseNote")
        for status in ["concept", "verzonden"]:
            OldBundle.objects.create(title=status, status=status)
        for case, still_active in zip(cases, ["ja", "nee", "onbekend"], strict=True):
            OldCaseNote.objects.create(
                case_id=case.pk, internal_notes=still_active, still_active=still_active
            )

    assert dict(Bundle.objects.values_list("title", "status")) == {
        "concept": Bundle.DRAFT,
        "verzonden": Bundle.SENT,
    }
    assert dict(CaseNote.objects.values_list("internal_notes", "still_active")) == {
        "ja": CaseNote.YES,
        "nee": CaseNote.NO,
        "onbekend": CaseNote.UNKNOWN,
    }
    assert (Bundle.DRAFT, Bundle.SENT) == ("draft", "sent")
    assert (CaseNote.YES, CaseNote.NO, CaseNote.UNKNOWN) == ("yes", "no", "unknown")


def test_migrating_back_stores_the_dutch_values_again(cases):
    for status in [Bundle.DRAFT, Bundle.SENT]:
        Bundle.objects.create(title=status, status=status)
    answers = [CaseNote.YES, CaseNote.NO, CaseNote.UNKNOWN]
    for case, still_active in zip(cases, answers, strict=True):
        CaseNote.objects.create(case=case, internal_notes=still_active, still_active=still_active)

    with database_at("helpdesk", BEFORE) as apps:
        bundles = dict(apps.get_model("helpdesk", "Bundle").objects.values_list("title", "status"))
        notes = dict(
            apps.get_model("helpdesk", "CaseNote").objects.values_list(
                "internal_notes", "still_active"
            )
        )

    assert bundles == {"draft": "concept", "sent": "verzonden"}
    assert notes == {"yes": "ja", "no": "nee", "unknown": "onbekend"}
    assert set(Bundle.objects.values_list("status", flat=True)) == {"draft", "sent"}


def test_the_labels_stay_dutch(cases):
    bundle = Bundle(status=Bundle.DRAFT)
    note = CaseNote(case=cases[0], still_active=CaseNote.UNKNOWN)

    assert bundle.get_status_display() == "concept"
    assert note.get_still_active_display() == "onbekend"
