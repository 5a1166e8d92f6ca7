"""Checks on one uploaded file: its type from its content, its size, its name, its archive.

Pure functions on a binary file object; nothing here touches the database or the storage.
Every refusal carries a Dutch-facing message (a gettext msgid) that names the file.
"""

import hashlib
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import BinaryIO

from django.utils.translation import gettext as _

from PIL import Image

# One set of limits for intake and for the sandbox that cleans what intake let through.
from uploads.scrub import IMAGE_MAX_PIXELS, ZIP_MAX_ENTRIES, ZIP_MAX_UNCOMPRESSED

CHUNK = 64 * 1024
MB = 1024 * 1024
NAME_MAX_LENGTH = 100

# Office files are zip archives: limits against decompression bombs.
ZIP_MAX_RATIO = 100


@dataclass(frozen=True)
class FileKind:
    extension: str
    content_type: str
    label: str


KINDS = {
    "pdf": FileKind("pdf", "application/pdf", "PDF"),
    "docx": FileKind(
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Word",
    ),
    "odt": FileKind("odt", "application/vnd.oasis.opendocument.text", "OpenDocument"),
    "xlsx": FileKind(
        "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"
    ),
    "pptx": FileKind(
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "PowerPoint",
    ),
    "jpg": FileKind("jpg", "image/jpeg", "JPG"),
    "png": FileKind("png", "image/png", "PNG"),
}
OFFICE_MAIN_PARTS = {
    "word/document.xml": "docx",
    "xl/workbook.xml": "xlsx",
    "ppt/presentation.xml": "pptx",
}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


class Refused(Exception):
    """The file cannot be accepted; ``message`` says why, in the reader's language."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class CheckedFile:
    original_name: str
    name: str
    kind: FileKind
    size: int
    sha256: str


def safe_name(original: str, extension: str) -> str:
    """A name without folders, control characters or odd signs, ending in the true extension."""
    base = re.split(r"[/\\]", original or "")[-1]
    base = unicodedata.normalize("NFKC", base)
    base = "".join(char for char in base if not unicodedata.category(char).startswith("C"))
    stem = base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
    stem = re.sub(r"[^\w\- ]+", "-", stem, flags=re.UNICODE)
    stem = re.sub(r"[\s\-]+", "-", stem).strip("-_. ")
    stem = stem[: NAME_MAX_LENGTH - len(extension) - 1] or "bestand"
    return f"{stem}.{extension}"


def display_name(original: str) -> str:
    """The sender's name for the file, fit to repeat in a message: no folders, no controls."""
    base = re.split(r"[/\\]", original or "")[-1]
    shown = "".join(char for char in base if not unicodedata.category(char).startswith("C"))
    return shown[:NAME_MAX_LENGTH] or _("(without a name)")


def sha256_of(stream: BinaryIO) -> str:
    digest = hashlib.sha256()
    stream.seek(0)
    for chunk in iter(lambda: stream.read(CHUNK), b""):
        digest.update(chunk)
    stream.seek(0)
    return digest.hexdigest()


def detect_kind(stream: BinaryIO, shown: str) -> FileKind:
    """The type from the first bytes and, for office files, the archive's own parts."""
    stream.seek(0)
    head = stream.read(16)
    stream.seek(0)
    if head.startswith(b"%PDF-"):
        return KINDS["pdf"]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _checked_image(stream, shown, KINDS["png"])
    if head.startswith(b"\xff\xd8\xff"):
        return _checked_image(stream, shown, KINDS["jpg"])
    if head.startswith(b"PK\x03\x04"):
        return _office_kind(stream, shown)
    raise Refused(
        _(
            '"%(name)s" is not a PDF, Word, OpenDocument, Excel, PowerPoint, JPG or PNG file. '
            "We look at the content, not at the name."
        )
        % {"name": shown}
    )


def _checked_image(stream: BinaryIO, shown: str, kind: FileKind) -> FileKind:
    try:
        with Image.open(stream) as image:
            width, height = image.size
    except (OSError, ValueError, Image.DecompressionBombError):
        raise Refused(
            _('"%(name)s" looks like a %(type)s image, but it is damaged.')
            % {"name": shown, "type": kind.label}
        ) from None
    finally:
        stream.seek(0)
    if width * height > IMAGE_MAX_PIXELS:
        raise Refused(
            _('"%(name)s" has too many pixels (%(width)d by %(height)d). Send a smaller photo.')
            % {"name": shown, "width": width, "height": height}
        )
    return kind


def _office_kind(stream: BinaryIO, shown: str) -> FileKind:
    damaged = Refused(
        _('"%(name)s" looks like an office file, but it is damaged or not complete.')
        % {"name": shown}
    )
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise damaged from None
    with archive:
        entries = archive.infolist()
        _check_archive(entries, shown)
        names = {entry.filename for entry in entries}
        if any(name.lower().endswith("vbaproject.bin") for name in names):
            raise Refused(
                _('"%(name)s" contains macros. Save it without macros (as .docx, .xlsx or .pptx).')
                % {"name": shown}
            )
        if "mimetype" in names:
            try:
                if archive.read("mimetype")[:100].strip() == ODT_MIMETYPE:
                    return KINDS["odt"]
            except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
                raise damaged from None
        if "[Content_Types].xml" in names:
            for part, extension in OFFICE_MAIN_PARTS.items():
                if part in names:
                    return KINDS[extension]
    raise Refused(
        _(
            '"%(name)s" is a compressed file (zip), but not a Word, OpenDocument text, Excel '
            "or PowerPoint document. We do not accept other zip files."
        )
        % {"name": shown}
    )


def _check_archive(entries: list[zipfile.ZipInfo], shown: str) -> None:
    bomb = Refused(
        _(
            '"%(name)s" unpacks to far more data than it contains. For safety we do not open '
            "it. Save the document again and send the new copy."
        )
        % {"name": shown}
    )
    if len(entries) > ZIP_MAX_ENTRIES:
        raise bomb
    total = sum(entry.file_size for entry in entries)
    compressed = sum(entry.compress_size for entry in entries) or 1
    if total > ZIP_MAX_UNCOMPRESSED or total / compressed > ZIP_MAX_RATIO:
        raise bomb
    for entry in entries:
        path = PurePosixPath(entry.filename)
        if path.is_absolute() or ".." in path.parts:
            raise bomb
        if entry.compress_size and entry.file_size / entry.compress_size > ZIP_MAX_RATIO * 10:
            raise bomb


def check_file(stream: BinaryIO, original_name: str, size: int, max_bytes: int) -> CheckedFile:
    """Accept one file or raise ``Refused`` with the reason."""
    shown = display_name(original_name)
    if size == 0:
        raise Refused(_('"%(name)s" is empty (0 bytes).') % {"name": shown})
    if size > max_bytes:
        raise Refused(
            _('"%(name)s" is %(size)s MB; a file may be at most %(limit)d MB.')
            % {
                "name": shown,
                "size": f"{size / MB:.1f}".replace(".", ","),
                "limit": max_bytes // MB,
            }
        )
    kind = detect_kind(stream, shown)
    return CheckedFile(
        original_name=shown,
        name=safe_name(original_name, kind.extension),
        kind=kind,
        size=size,
        sha256=sha256_of(stream),
    )
