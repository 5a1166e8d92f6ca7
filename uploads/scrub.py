"""Removes location and personal metadata from a file before it can be published.

Runs inside the sandbox (``uploads.sandbox``), so it never imports Django; every
function gets attacker input and keeps its memory bounded. Each cleaner returns the cleaned
file and the codes of what it found and removed (``Removed``); the parent turns the codes into
Dutch labels for the moderator.

Photos are redrawn from their pixels (no EXIF, GPS, XMP or text chunks survive), at most
``PUBLISHED_MAX_SIDE`` pixels on the long side; JPEGs are decoded at a reduced scale from the
start, so a 48-megapixel photo needs a quarter of its full memory.
"""

import io
import math
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO
from xml.etree import ElementTree as StdElementTree

from defusedxml import ElementTree
from PIL import Image

IMAGE_MAX_PIXELS = 60_000_000
PUBLISHED_MAX_SIDE = 3000
MB = 1024 * 1024
ZIP_MAX_ENTRIES = 2000
ZIP_MAX_UNCOMPRESSED = 250 * MB
MAX_PART_BYTES = 100 * MB
# Pillow refuses above twice this number; intake refuses above it already.
Image.MAX_IMAGE_PIXELS = IMAGE_MAX_PIXELS

# The codes a cleaner reports; processing.METADATA_LABELS names them for the moderator.
LOCATION = "location"
CAMERA = "camera"
PHOTO_DETAILS = "photo_details"
AUTHOR = "author"
LAST_MODIFIED_BY = "last_modified_by"
COMPANY = "company"
MANAGER = "manager"
CUSTOM_PROPERTIES = "custom_properties"
NAMES_IN_COMMENTS = "names_in_comments"
XMP = "xmp"
SOFTWARE = "software"
OTHER_PROPERTIES = "other_properties"

GPS_IFD = 0x8825
EXIF_IFD = 0x8769
CAMERA_TAGS = {0x010F, 0x0110}  # Make, Model
CAMERA_EXIF_TAGS = {0xA431, 0xA433, 0xA434, 0xA435}  # body serial, lens make, model, serial
ORIENTATION = 0x0112
UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
IMAGE_SIGNATURES = {
    b"\xff\xd8\xff": "JPEG",
    b"\x89PNG\r\n\x1a\n": "PNG",
    b"II*\x00": "TIFF",
    b"MM\x00*": "TIFF",
}


class ScrubError(Exception):
    """The file cannot be cleaned; the code says why (one of the sandbox's error codes)."""


@dataclass
class Removed:
    """What was found and removed, per part of the file ("" is the file itself)."""

    parts: dict[str, list[str]] = field(default_factory=dict)

    def add(self, part: str, *codes: str) -> None:
        found = self.parts.setdefault(part, [])
        found.extend(code for code in codes if code not in found)

    def as_list(self) -> list[dict]:
        return [{"part": part, "fields": codes} for part, codes in self.parts.items() if codes]


# --- Photos -----------------------------------------------------------------------------------


def image_format(head: bytes) -> str | None:
    for signature, name in IMAGE_SIGNATURES.items():
        if head.startswith(signature):
            return name
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    return None


def photo_metadata(image: Image.Image) -> list[str]:
    """The codes of what the photo carries besides its pixels."""
    codes = []
    exif = image.getexif()
    if exif.get_ifd(GPS_IFD) or GPS_IFD in exif:
        codes.append(LOCATION)
    if CAMERA_TAGS & set(exif) or CAMERA_EXIF_TAGS & set(exif.get_ifd(EXIF_IFD)):
        codes.append(CAMERA)
    other_exif = set(exif) - CAMERA_TAGS - {GPS_IFD, ORIENTATION}
    textual = {"xmp", "XML:com.adobe.xmp", "comment", "photoshop", "iptc"} & set(image.info)
    png_text = getattr(image, "text", None) if image.format == "PNG" else None
    if other_exif or textual or png_text:
        codes.append(PHOTO_DETAILS)
    return codes


def bounded_decode(source: str | Path | BinaryIO, max_side: int = PUBLISHED_MAX_SIDE):
    """The photo's pixels, upright, at most ``max_side`` on the long side, and its metadata.

    A JPEG is decoded at 1/2, 1/4 or 1/8 scale straight away (``draft``); other formats are
    decoded in full once and halved at once (``reduce``) before anything else is copied.
    """
    try:
        with Image.open(source) as image:
            codes = photo_metadata(image)
            orientation = image.getexif().get(ORIENTATION)
            width, height = image.size
            scale = min(1.0, max_side / max(width, height))
            target = (max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale)))
            if image.format == "JPEG":
                image.draft(image.mode if image.mode in {"L", "CMYK"} else "RGB", target)
            image.load()
            pixels = image
            if pixels.mode not in {"RGB", "RGBA", "L", "LA"}:
                has_alpha = "transparency" in pixels.info or pixels.mode.endswith("A")
                pixels = pixels.convert("RGBA" if has_alpha else "RGB")
            factor = max(pixels.size) // max_side
            if factor >= 2:
                pixels = pixels.reduce(factor)
            if max(pixels.size) > max_side:
                pixels = pixels.resize(target, Image.Resampling.LANCZOS)
            if pixels is image:
                pixels = image.copy()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise ScrubError("damaged") from error
    if orientation in UPRIGHT:
        pixels = pixels.transpose(UPRIGHT[orientation])
    return pixels, codes


def fresh(pixels: Image.Image) -> Image.Image:
    """The same pixels in a new image: Pillow carries ``info`` (EXIF too) along any copy."""
    return Image.frombytes(pixels.mode, pixels.size, pixels.tobytes())


def redraw(pixels: Image.Image, format_name: str) -> bytes:
    """A new file from the pixels alone: nothing of the original's metadata can come along."""
    mode = pixels.mode
    if format_name == "JPEG" and mode != "L":
        mode = "RGB"
    clean = fresh(pixels.convert(mode) if pixels.mode != mode else pixels)
    out = io.BytesIO()
    options = {"quality": 90} if format_name in {"JPEG", "WEBP"} else {}
    clean.save(out, format_name, **options)
    return out.getvalue()


# --- Office documents -------------------------------------------------------------------------

CORE_KEPT = {
    "{http://purl.org/dc/elements/1.1/}title",
    "{http://purl.org/dc/elements/1.1/}language",
    "{http://purl.org/dc/terms/}created",
    "{http://purl.org/dc/terms/}modified",
}
CORE_CODES = {
    "creator": AUTHOR,
    "lastModifiedBy": LAST_MODIFIED_BY,
}
APP_REMOVED = {"Company": COMPANY, "Manager": MANAGER, "Template": OTHER_PROPERTIES}
ODF_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
ODF_KEPT = {
    "{http://purl.org/dc/elements/1.1/}title",
    "{http://purl.org/dc/elements/1.1/}language",
    "{http://purl.org/dc/elements/1.1/}date",
    f"{{{ODF_META}}}creation-date",
    f"{{{ODF_META}}}document-statistic",
}
ODF_CODES = {
    f"{{{ODF_META}}}initial-creator": AUTHOR,
    "{http://purl.org/dc/elements/1.1/}creator": LAST_MODIFIED_BY,
    f"{{{ODF_META}}}printed-by": LAST_MODIFIED_BY,
    f"{{{ODF_META}}}user-defined": CUSTOM_PROPERTIES,
    f"{{{ODF_META}}}generator": SOFTWARE,
}
NAMESPACES = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "dcmitype": "http://purl.org/dc/dcmitype/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "meta": ODF_META,
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
}
for _prefix, _uri in NAMESPACES.items():
    # Prefixes matter: core.xml names types in attribute values ("dcterms:W3CDTF").
    StdElementTree.register_namespace(_prefix, _uri)

# Names of people in comments, tracked changes and the people lists of Word, Excel and
# PowerPoint, and in OpenDocument's annotations. Blanked in place, byte for byte around them,
# so every namespace declaration the office programs rely on stays as it was.
NAME_ATTRIBUTE = re.compile(
    rb"(\s(?:[\w.-]+:)?(?:author|initials|userId|providerId|displayName))"
    rb"\s*=\s*(?:\"[^\"]*\"|'[^']*')"
)
AUTHOR_LIST_NAME = re.compile(rb"(\s(?:[\w.-]+:)?name)\s*=\s*(?:\"[^\"]*\"|'[^']*')")
NAME_ELEMENT = re.compile(rb"(<((?:[\w.-]+:)?(?:author|creator))>)[^<]+(</\2>)")
AUTHOR_LISTS = {"ppt/commentAuthors.xml", "ppt/authors.xml"}
DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse(data: bytes):
    try:
        return ElementTree.fromstring(data)
    except (ElementTree.ParseError, ValueError) as error:
        raise ScrubError("damaged") from error
    except Exception as error:  # defusedxml's refusals of entities and DTDs
        raise ScrubError("damaged") from error


def _serialise(root) -> bytes:
    return StdElementTree.tostring(root, encoding="UTF-8", xml_declaration=True)


def _non_empty(element) -> bool:
    return bool("".join(element.itertext()).strip()) or bool(len(element))


def clean_core_properties(data: bytes) -> tuple[bytes, list[str]]:
    """docProps/core.xml keeps only its title, language and dates."""
    root = _parse(data)
    codes = []
    for child in list(root):
        if child.tag in CORE_KEPT:
            continue
        if _non_empty(child):
            codes.append(CORE_CODES.get(_local(child.tag), OTHER_PROPERTIES))
        root.remove(child)
    return _serialise(root), codes


def clean_app_properties(data: bytes) -> tuple[bytes, list[str]]:
    """docProps/app.xml loses the company, the manager and the template's path."""
    root = _parse(data)
    codes = []
    for child in list(root):
        code = APP_REMOVED.get(_local(child.tag))
        if code:
            if _non_empty(child):
                codes.append(code)
            root.remove(child)
    return _serialise(root), codes


def clean_custom_properties(data: bytes) -> tuple[bytes, list[str]]:
    """docProps/custom.xml stays (relationships point at it) but holds no property."""
    root = _parse(data)
    codes = [CUSTOM_PROPERTIES] if len(root) else []
    for child in list(root):
        root.remove(child)
    return _serialise(root), codes


def clean_odf_meta(data: bytes) -> tuple[bytes, list[str]]:
    """meta.xml keeps its title, language, dates and statistics."""
    root = _parse(data)
    codes = []
    for meta in root:
        if _local(meta.tag) != "meta":
            continue
        for child in list(meta):
            if child.tag in ODF_KEPT:
                continue
            if _non_empty(child) or child.attrib:
                codes.append(ODF_CODES.get(child.tag, OTHER_PROPERTIES))
            meta.remove(child)
    return _serialise(root), codes


def blank_names(name: str, data: bytes) -> tuple[bytes, list[str]]:
    """Names in comments and tracked changes become empty; the text itself stays."""
    found = False

    def blank_attribute(match: re.Match) -> bytes:
        nonlocal found
        found = found or not match.group(0).endswith((b'=""', b"=''"))
        return match.group(1) + b'=""'

    def blank_element(match: re.Match) -> bytes:
        nonlocal found
        found = True
        return match.group(1) + match.group(3)

    cleaned = NAME_ATTRIBUTE.sub(blank_attribute, data)
    if name in AUTHOR_LISTS:
        cleaned = AUTHOR_LIST_NAME.sub(blank_attribute, cleaned)
    cleaned = NAME_ELEMENT.sub(blank_element, cleaned)
    return cleaned, [NAMES_IN_COMMENTS] if found else []


def _safe_member(entry: zipfile.ZipInfo, seen: set[str]) -> None:
    path = PurePosixPath(entry.filename)
    if (
        not entry.filename
        or "\\" in entry.filename
        or path.is_absolute()
        or ".." in path.parts
        or entry.filename in seen
    ):
        raise ScrubError("damaged")
    seen.add(entry.filename)


def _read_member(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, budget: int) -> bytes:
    """The member's bytes, stopping as soon as it unpacks to more than it may."""
    limit = min(MAX_PART_BYTES, budget)
    with archive.open(entry) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise ScrubError("too_large_unpacked")
    return data


def clean_member(name: str, data: bytes, removed: Removed) -> bytes:
    format_name = image_format(data[:16])
    if format_name:
        pixels, codes = bounded_decode(io.BytesIO(data))
        removed.add(name, *codes)
        return redraw(pixels, format_name)
    if not name.endswith((".xml", ".rels")):
        return data
    if DOCTYPE.search(data):
        raise ScrubError("damaged")
    cleaners = {
        "docProps/core.xml": clean_core_properties,
        "docProps/app.xml": clean_app_properties,
        "docProps/custom.xml": clean_custom_properties,
        "meta.xml": clean_odf_meta,
    }
    if name in cleaners:
        cleaned, codes = cleaners[name](data)
    elif name.startswith(("word/", "xl/", "ppt/")) or name in {"content.xml", "styles.xml"}:
        cleaned, codes = blank_names(name, data)
    else:
        return data
    removed.add(name, *codes)
    return cleaned


def clean_office(path: Path, output: Path, extension: str) -> tuple[Path, Removed]:
    """A new archive with the same parts in the same order, each one cleaned.

    New zip entries carry no timestamps, comments or extra fields of the original; the
    OpenDocument ``mimetype`` stays first and uncompressed, as the format requires.
    """
    removed = Removed()
    target = output / f"cleaned.{extension}"
    try:
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as cleaned:
            entries = source.infolist()
            if len(entries) > ZIP_MAX_ENTRIES:
                raise ScrubError("too_large_unpacked")
            seen: set[str] = set()
            budget = ZIP_MAX_UNCOMPRESSED
            for entry in entries:
                _safe_member(entry, seen)
                if entry.is_dir():
                    continue
                data = _read_member(source, entry, budget)
                budget -= len(data)
                new_entry = zipfile.ZipInfo(entry.filename)
                new_entry.compress_type = (
                    zipfile.ZIP_STORED if entry.filename == "mimetype" else zipfile.ZIP_DEFLATED
                )
                cleaned.writestr(new_entry, clean_member(entry.filename, data, removed))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as error:
        raise ScrubError("damaged") from error
    return target, removed


# --- PDF --------------------------------------------------------------------------------------

PDF_INFO_CODES = {
    "/Author": AUTHOR,
    "/Creator": SOFTWARE,
    "/Producer": SOFTWARE,
}
JPEG_METADATA_SEGMENTS = (b"\xff\xe1", b"\xff\xed")  # APP1 (EXIF, XMP), APP13 (IPTC)


def _jpeg_carries_metadata(data: bytes) -> bool:
    """Whether the JPEG's header segments (before the image data) hold EXIF, XMP or IPTC."""
    position = 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position : position + 2]
        if marker in JPEG_METADATA_SEGMENTS:
            return True
        if marker == b"\xff\xda":
            return False
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        position += 2 + length
    return False


def _drop_metadata_streams(writer) -> bool:
    """Remove every XMP stream (/Metadata) and private application data (/PieceInfo).

    Walks the objects reachable from the catalogue once each, without recursion.
    """
    # Only a PDF's child process loads the PDF libraries, inside its memory limit.
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    found = False
    seen: set[int] = set()
    stack = [writer.root_object]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if item.idnum in seen:
                continue
            seen.add(item.idnum)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            for key in ("/Metadata", "/PieceInfo"):
                if key in item:
                    found = True
                    del item[key]
            stack.extend(value for key, value in item.items() if key != "/Parent")
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return found


def _page_photos(page):
    """The page's JPEG images, read from its resources without decoding any of them."""
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources else None
    for name, reference in (xobjects.get_object() if xobjects else {}).items():
        stream = reference.get_object()
        if stream.get("/Subtype") == "/Image" and "/DCTDecode" in str(stream.get("/Filter")):
            yield name, stream


def clean_pdf(path: Path, output: Path) -> tuple[Path, Removed]:
    """The same pages without the Info dictionary, XMP streams and photo metadata."""
    # Only a PDF's child process loads the PDF libraries, inside its memory limit.
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    removed = Removed()
    target = output / "cleaned.pdf"
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ScrubError("encrypted")
        info = reader.metadata or {}
        removed.add(
            "",
            *(PDF_INFO_CODES.get(key, OTHER_PROPERTIES) for key, value in info.items() if value),
        )
        writer = PdfWriter(clone_from=reader)
        writer.pdf_header = reader.pdf_header
        writer.metadata = None
        if _drop_metadata_streams(writer):
            removed.add("", XMP)
        for number, page in enumerate(writer.pages, start=1):
            for name, stream in _page_photos(page):
                if not _jpeg_carries_metadata(stream.get_data()[:65536]):
                    continue
                pixels, codes = bounded_decode(io.BytesIO(stream.get_data()))
                page.images[name].replace(fresh(pixels.convert("RGB")), quality=90)
                removed.add(f"{name} (p. {number})", *codes)
        # The removed objects would still be written unless the orphans go too.
        writer.compress_identical_objects(remove_identicals=False, remove_orphans=True)
        with target.open("wb") as out:
            writer.write(out)
    except (PdfReadError, KeyError, TypeError, ValueError) as error:
        raise ScrubError("damaged") from error
    return target, removed
