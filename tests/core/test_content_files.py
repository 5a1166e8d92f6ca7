from pathlib import Path

import pytest

from academy import demo_content as academy_demo
from core.content_files import ContentFileError, blocks, read_front_matter
from knowledge import demo_content as knowledge_demo
from uploads import demo as uploads_demo

CASE = """---
slug: een-voorbeeld
title: Een voorbeeld
summary: Kort.
---

## Begin
"""

COURSE = """---
slug: een-leergang
title: Een leergang
intro: Kort.
format: online
session: {days_ahead: 3, start: "19:30", end: "21:00", capacity: 10}
modules: [{slug: een}]
---

# Module 1

Tekst.
"""

MALFORMED = [
    ("knowledge/cases/01-a.md", "slug: a\n---\n", knowledge_demo.cases, "begint niet met"),
    ("knowledge/cases/01-a.md", "---\nslug: a\n", knowledge_demo.cases, "sluit"),
    ("knowledge/cases/01-a.md", "---\nslug: [a\n---\n", knowledge_demo.cases, "regel 2"),
    ("knowledge/cases/01-a.md", "---\n- a\n---\n", knowledge_demo.cases, "veld: waarde"),
    (
        "knowledge/cases/01-a.md",
        CASE.replace("summary", "samenvatting"),
        knowledge_demo.cases,
        "onbekende velden: samenvatting",
    ),
    (
        "knowledge/cases/01-a.md",
        CASE.replace("title: Een voorbeeld\n", ""),
        knowledge_demo.cases,
        "mist de velden: title",
    ),
    (
        "knowledge/cases/01-a.md",
        CASE + "\n```quote\n- a\n```\n",
        knowledge_demo.cases,
        "blok quote op regel 9",
    ),
    ("knowledge/whitepapers/01-a.md", CASE, knowledge_demo.whitepapers, "{#anker}"),
    (
        "knowledge/whitepapers/01-a.md",
        CASE.replace("summary: Kort.", "summary: K\npublication_date: nov"),
        knowledge_demo.whitepapers,
        "geen datum",
    ),
    ("knowledge/glossary.yaml", "slug: a\n", knowledge_demo.glossary, "geen lijst"),
    (
        "knowledge/initiatives.yaml",
        "- {slug: a, name: [b}\n",
        knowledge_demo.initiatives,
        "geen geldige YAML",
    ),
    (
        "academy/courses/01-a.md",
        COURSE.replace('"19:30"', "19:30"),
        academy_demo.courses,
        "tussen aanhalingstekens",
    ),
    (
        "academy/courses/01-a.md",
        COURSE.replace("# Module 1", "## Module 1"),
        academy_demo.courses,
        "beginnen met een kop #",
    ),
    (
        "academy/courses/01-a.md",
        COURSE + "\n# Module 2\n",
        academy_demo.courses,
        "evenveel modules",
    ),
    ("uploads/01-a.md", "---\ntitle: a\n---\n", uploads_demo.uploads, "mist de velden: slug"),
    (
        "uploads/01-a.md",
        "---\nslug:\ntitle: a\n---\n",
        uploads_demo.uploads,
        "mist de velden: slug",
    ),
]


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "text", "reader", "problem"), MALFORMED)
def test_a_malformed_file_gives_one_error_that_names_the_file(
    tmp_path, name, text, reader, problem
):
    path = write(tmp_path, name, text)

    with pytest.raises(ContentFileError) as raised:
        reader(tmp_path)

    assert str(raised.value).startswith(f"{path}: ")
    assert problem in str(raised.value)


def test_a_missing_folder_is_an_error_naming_it(tmp_path):
    with pytest.raises(ContentFileError, match="cases: is geen map"):
        knowledge_demo.cases(tmp_path)


def test_a_field_left_empty_gets_its_default_and_each_item_its_own(tmp_path):
    write(
        tmp_path,
        "knowledge/glossary.yaml",
        "- {slug: a, term: A, definition: D, themes: }\n- {slug: b, term: B, definition: D}\n",
    )

    first, second = knowledge_demo.glossary(tmp_path)

    assert first["themes"] == second["themes"] == []
    assert first["themes"] is not second["themes"]


def test_front_matter_and_text_are_split_at_the_second_dashes_line(tmp_path):
    path = write(tmp_path, "a.md", "---\ntitle: Een\n---\nRegel een\n---\n")

    meta, text = read_front_matter(path)

    assert (meta, text.strip()) == ({"title": "Een"}, "Regel een\n---")


def test_markdown_text_becomes_heading_paragraph_and_fenced_blocks():
    body = (
        "## Waarom\n\nEen **sterke** zin,\nover twee regels.\n\n- een\n- twee\n\n"
        "```key_figure\nvalue: '35'\nlabel: medewerkers\n```\n\nNa het getal.\n\n---\n\nApart.\n"
    )

    assert blocks(Path("a.md"), body) == [
        ("heading", "Waarom"),
        (
            "paragraph",
            "<p>Een <strong>sterke</strong> zin, over twee regels.</p><ul><li>een</li>"
            "<li>twee</li></ul>",
        ),
        ("key_figure", {"value": "35", "label": "medewerkers"}),
        ("paragraph", "<p>Na het getal.</p>"),
        ("paragraph", "<p>Apart.</p>"),
    ]


def test_raw_html_in_the_text_is_shown_as_text():
    assert blocks(Path("a.md"), 'Zie <img src="x">.\n') == [
        ("paragraph", "<p>Zie &lt;img src=&quot;x&quot;&gt;.</p>")
    ]
