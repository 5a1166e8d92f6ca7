import pytest

from .factories import AcademyIndexPageFactory, CoursePageFactory, SessionFactory


@pytest.fixture
def academy_index(home_page):
    return AcademyIndexPageFactory(parent=home_page)


@pytest.fixture
def course(academy_index):
    return CoursePageFactory(parent=academy_index, title="Een zorgcoöperatie starten")


@pytest.fixture
def session(course):
    return SessionFactory(course=course, capacity=2)
