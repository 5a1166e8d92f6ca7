"""Text, thumbnail and clean copy of one file, run as a child process with resource limits.

    python -m uploads.sandbox KIND INPUT OUTPUT_DIR [text-only]

Prints one JSON object: ``{"text": ..., "thumbnail": path|null, "cleaned": path|null,
"removed": [{"part": ..., "fields": [...]}]}`` or, with exit status 2, ``{"error": code}``.
The clean copy (every kind) is what may be published: ``scrub`` removed its location and
personal metadata. ``text-only`` reads the text and nothing else (editors' own documents).
It never imports Django, so a hostile file meets only the parsers, in a process the parent
can kill without losing anything.
"""

import io
import json
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

from defusedxml import ElementTree

from uploads import scrub
from uploads.scrub import MAX_PART_BYTES, ScrubError

MAX_TEXT = 2_000_000
THUMBNAIL_SIZE = (480, 480)
TEXT_ONLY = "text-only"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


class SandboxError(Exception):
    """A known way for a file to fail; the code is translated by the parent."""


class LimitedReader(io.RawIOBase):
    """Reads an archive member and stops when it unpacks to more than its share."""

    def __init__(self, stream, limit: int):
        self.stream = stream
        self.remaining = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.stream.read(min(len(buffer), self.remaining + 1))
        self.remaining -= len(data)
        if self.remaining < 0:
            raise SandboxError("too_large_unpacked")
        buffer[: len(data)] = data
        return len(data)


def _xml_texts(archive: zipfile.ZipFile, part: str, text_tags: set[str], breaks: set[str]):
    with archive.open(part) as raw:
        reader = io.BufferedReader(LimitedReader(raw, MAX_PART_BYTES))
        for _event, element in ElementTree.iterparse(reader, events=("end",)):
            if element.tag in text_tags and element.text:
                yield element.text
            elif element.tag in breaks:
                yield "\n"
                element.clear()


def _numbered(names: list[str], pattern: str) -> list[str]:
    found = [(int(match.group(1)), name) for name in names if (match := re.match(pattern, name))]
    return [name for _, name in sorted(found)]


def office_text(path: Path, kind: str) -> Iterator[str]:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        if kind == "docx":
            parts = ["word/document.xml", *_numbered(names, r"word/footnotes(\d*)\.xml")]
            tags, breaks = {f"{W}t"}, {f"{W}p"}
        elif kind == "pptx":
            parts = _numbered(names, r"ppt/slides/slide(\d+)\.xml")
            tags, breaks = {f"{A}t"}, {f"{A}p"}
        elif kind == "xlsx":
            parts = [name for name in ["xl/sharedStrings.xml"] if name in names]
            parts += _numbered(names, r"xl/worksheets/sheet(\d+)\.xml")
            tags, breaks = {f"{S}t"}, {f"{S}si", f"{S}row"}
        else:
            parts = ["content.xml"]
            tags, breaks = set(), {f"{TEXT_NS}p", f"{TEXT_NS}h"}
        for part in parts:
            if kind == "odt":
                yield from _odt_texts(archive, part)
            else:
                yield from _xml_texts(archive, part, tags, breaks)


def _odt_texts(archive: zipfile.ZipFile, part: str) -> Iterator[str]:
    """OpenDocument keeps text in paragraphs with spans inside: take all text of each one."""
    with archive.open(part) as raw:
        reader = io.BufferedReader(LimitedReader(raw, MAX_PART_BYTES))
        for _event, element in ElementTree.iterparse(reader, events=("end",)):
            if element.tag in {f"{TEXT_NS}p", f"{TEXT_NS}h"}:
                yield "".join(element.itertext()) + "\n"
                element.clear()


def pdf_text(path: Path) -> Iterator[str]:
    # Only a PDF's child process loads the PDF libraries, inside its memory limit.
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise SandboxError("encrypted")
        for page in reader.pages:
            yield (page.extract_text() or "") + "\n"
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise SandboxError("damaged") from error


def pdf_thumbnail(path: Path, output: Path) -> Path | None:
    # Only a PDF's child process loads the native PDF renderer, inside its memory limit.
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError:
        return None
    try:
        if len(document) == 0:
            return None
        page = document[0]
        width, height = page.get_size()
        scale = min(THUMBNAIL_SIZE[0] / width, THUMBNAIL_SIZE[1] / height, 2.0)
        image = page.render(scale=scale).to_pil()
        target = output / "thumbnail.png"
        image.save(target, "PNG")
        return target
    finally:
        document.close()


def clean_image(path: Path, kind: str, output: Path) -> tuple[Path, Path, scrub.Removed]:
    """A copy made from the pixels alone (no EXIF, no GPS), upright and of a size fit to
    publish, and a thumbnail."""
    pixels, codes = scrub.bounded_decode(path)
    removed = scrub.Removed()
    removed.add("", *codes)
    cleaned = output / f"cleaned.{kind}"
    cleaned.write_bytes(scrub.redraw(pixels, "JPEG" if kind == "jpg" else "PNG"))
    pixels.thumbnail(THUMBNAIL_SIZE)
    thumbnail_path = output / "thumbnail.png"
    scrub.fresh(pixels).save(thumbnail_path, "PNG")
    return cleaned, thumbnail_path, removed


def _capped(parts: Iterator[str]) -> str:
    collected: list[str] = []
    length = 0
    for part in parts:
        collected.append(part)
        length += len(part)
        if length >= MAX_TEXT:
            break
    text = "".join(collected)[:MAX_TEXT]
    return re.sub(r"[ \t\r\f\v]+", " ", re.sub(r"\n\s*\n+", "\n\n", text)).strip()


def run(kind: str, path: Path, output: Path, text_only: bool = False) -> dict:
    result: dict = {"text": "", "thumbnail": None, "cleaned": None, "removed": []}
    removed = None
    if kind == "pdf":
        result["text"] = _capped(pdf_text(path))
        if not text_only:
            thumbnail = pdf_thumbnail(path, output)
            result["thumbnail"] = str(thumbnail) if thumbnail else None
            cleaned, removed = scrub.clean_pdf(path, output)
    elif kind in {"jpg", "png"} and not text_only:
        cleaned, thumbnail, removed = clean_image(path, kind, output)
        result["thumbnail"] = str(thumbnail)
    elif kind in {"docx", "pptx", "xlsx", "odt"}:
        try:
            result["text"] = _capped(office_text(path, kind))
        except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
            raise SandboxError("damaged") from error
        if not text_only:
            cleaned, removed = scrub.clean_office(path, output, kind)
    else:
        raise SandboxError("unknown_kind")
    if removed is not None:
        result["cleaned"], result["removed"] = str(cleaned), removed.as_list()
    return result


def main(argv: list[str]) -> int:
    kind, path, output = argv[1], Path(argv[2]), Path(argv[3])
    try:
        result = run(kind, path, output, text_only=argv[4:] == [TEXT_ONLY])
    except (SandboxError, ScrubError) as error:
        print(json.dumps({"error": str(error)}))
        return 2
    except MemoryError:
        print(json.dumps({"error": "memory"}))
        return 2
    # Any other parser failure means a damaged file.
    except Exception as error:
        print(json.dumps({"error": "damaged", "detail": type(error).__name__}))
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
