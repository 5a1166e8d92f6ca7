from io import StringIO

from django.core.management import call_command

import pytest

from academy.models import CoursePage, ModulePage, Session
from search.index import page_document

from .factories import ModulePageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def test_course_document_is_a_course_with_its_themes_and_no_personal_data(course, session):
    RegistrationFactory(session=session, name="Geheime Gerda", email="gerda@example.org")

    document = page_document(course)

    assert document.kind == "course"
    assert document.facets["type"] == ["course"]
    assert "Gerda" not in " ".join(
        [document.title, document.summary, document.body, document.keywords]
    )


def test_module_document_carries_the_course_themes(course):
    module = ModulePageFactory(parent=course)

    document = page_document(module)

    assert document.kind == "module"
    assert document.keywords == course.title


def test_demo_content_has_two_courses_with_modules_and_an_upcoming_session(site_tree):
    call_command("load_demo_content", stdout=StringIO())
    call_command("load_demo_content", stdout=StringIO())

    courses = CoursePage.objects.live().filter(locale__language_code="nl")
    assert courses.count() == 2
    for course in courses:
        assert ModulePage.objects.child_of(course).live().count() == 2
        assert course.upcoming_sessions().count() == 1
    assert Session.objects.count() == 2
