"""Reads content kept as files: YAML, and Markdown with YAML front matter.

The demo content lives in ``demo/`` at the top of the repository (the project is installed
editable, so the files are read from the checkout). Every problem with a file is one
``ContentFileError`` whose message starts with the file's path; like the other management
commands' messages it is Dutch, for the editor who corrects the file.
"""

import copy
from pathlib import Path

import yaml
from markdown_it import MarkdownIt

DEMO_ROOT = Path(__file__).resolve().parent.parent / "demo"

REQUIRED = object()

# Raw HTML is not rich text an editor could make in Wagtail, so it is shown as text.
_markdown = MarkdownIt("commonmark", {"html": False})
# A line break inside a paragraph is a space, so text can be wrapped in the file.
_markdown.add_render_rule("softbreak", lambda *args: " ")


class ContentFileError(ValueError):
    def __init__(self, path: Path, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path


def read_yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ContentFileError(path, f"is niet te lezen ({error.strerror})") from error
    except yaml.YAMLError as error:
        raise ContentFileError(path, f"is geen geldige YAML ({_where(error)})") from error


def read_front_matter(path: Path) -> tuple[dict, str]:
    """The YAML mapping between the two ``---`` lines at the top, and the text below them."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ContentFileError(path, f"is niet te lezen ({error.strerror})") from error
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        raise ContentFileError(path, "begint niet met een regel '---' die de front matter opent")
    end = next((n for n, line in enumerate(lines[1:], 1) if line.rstrip() == "---"), None)
    if end is None:
        raise ContentFileError(path, "heeft geen regel '---' die de front matter sluit")
    try:
        meta = yaml.safe_load("".join(lines[1:end]))
    except yaml.YAMLError as error:
        raise ContentFileError(
            path, f"de front matter is geen geldige YAML ({_where(error)})"
        ) from error
    if not isinstance(meta, dict):
        raise ContentFileError(path, "de front matter is geen lijst van veld: waarde")
    # The text keeps the file's line numbers (front matter lines are blank), for the messages.
    return meta, "\n" * (end + 1) + "".join(lines[end + 1 :])


def fields(path: Path, values, spec: dict, what: str = "de front matter") -> dict:
    """``values`` with the keys of ``spec``, in its order; an optional key left out or empty
    gets its default. A required key left out or empty, or an unknown key, is an error."""
    if not isinstance(values, dict):
        raise ContentFileError(path, f"{what} is geen lijst van veld: waarde")
    unknown = sorted(set(values) - set(spec))
    if unknown:
        raise ContentFileError(path, f"{what} heeft onbekende velden: {', '.join(unknown)}")
    missing = [
        key for key, default in spec.items() if default is REQUIRED and values.get(key) is None
    ]
    if missing:
        raise ContentFileError(path, f"{what} mist de velden: {', '.join(missing)}")
    return {
        key: copy.deepcopy(default) if values.get(key) is None else values[key]
        for key, default in spec.items()
    }


def markdown_files(folder: Path) -> list[Path]:
    """The folder's ``*.md`` files in name order (the names start with a number that sets it)."""
    if not folder.is_dir():
        raise ContentFileError(folder, "is geen map")
    return sorted(folder.glob("*.md"))


def blocks(path: Path, body: str) -> list[tuple[str, object]]:
    """Body blocks from Markdown: a ``##`` heading is a heading block; a fenced block whose info
    word names a kind (```` ```quote ````) is that block, its fields written as YAML; the
    Markdown between them is one paragraph block of HTML, and a ``---`` line (with a blank line
    above it) starts a new paragraph block."""
    return _blocks(path, _groups(body))


def headed_html(path: Path, body: str) -> list[tuple[str, str]]:
    """The body cut at its ``##`` headings: (heading, the Markdown under it as HTML)."""
    return [(title, _html(groups)) for title, groups in _cut(path, _groups(body), "h2")]


def headed_blocks(path: Path, body: str) -> list[tuple[str, list[tuple[str, object]]]]:
    """The body cut at its ``#`` headings: (heading, the blocks under it)."""
    return [(title, _blocks(path, groups)) for title, groups in _cut(path, _groups(body), "h1")]


def _groups(body: str) -> list[list]:
    """markdown-it's tokens, one list per top-level element (a heading, paragraph, list...)."""
    groups, group = [], []
    for token in _markdown.parse(body):
        group.append(token)
        if token.level == 0 and token.nesting <= 0:
            groups.append(group)
            group = []
    return groups


def _heading(group: list, tag: str) -> str | None:
    return group[1].content if group[0].type == "heading_open" and group[0].tag == tag else None


def _cut(path: Path, groups: list[list], tag: str) -> list[tuple[str, list[list]]]:
    parts: list[tuple[str, list[list]]] = []
    for group in groups:
        title = _heading(group, tag)
        if title is not None:
            parts.append((title, []))
        elif not parts:
            raise ContentFileError(path, f"de tekst moet beginnen met een kop {'#' * int(tag[1])}")
        else:
            parts[-1][1].append(group)
    return parts


def _blocks(path: Path, groups: list[list]) -> list[tuple[str, object]]:
    result: list[tuple[str, object]] = []
    text: list[list] = []

    def end_paragraph():
        if text:
            result.append(("paragraph", _html(text)))
            text.clear()

    for group in groups:
        first, title = group[0], _heading(group, "h2")
        if title is not None:
            end_paragraph()
            result.append(("heading", title))
        elif first.type == "fence" and first.info.strip():
            end_paragraph()
            result.append((first.info.strip(), _fenced_fields(path, first)))
        elif first.type == "hr":
            end_paragraph()
        else:
            text.append(group)
    end_paragraph()
    return result


def _html(groups: list[list]) -> str:
    html = _markdown.renderer.render(
        [token for group in groups for token in group], _markdown.options, {}
    )
    # markdown-it ends block tags with a newline; Wagtail's editor writes none.
    return html.replace(">\n", ">")


def _fenced_fields(path: Path, token) -> dict:
    line = token.map[0] + 1
    try:
        values = yaml.safe_load(token.content)
    except yaml.YAMLError as error:
        raise ContentFileError(
            path, f"het blok {token.info.strip()} op regel {line} is geen geldige YAML"
        ) from error
    if not isinstance(values, dict):
        raise ContentFileError(
            path, f"het blok {token.info.strip()} op regel {line} is geen lijst van veld: waarde"
        )
    return values


def _where(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or "onleesbaar"
    return f"regel {mark.line + 1}, kolom {mark.column + 1}: {problem}" if mark else problem
