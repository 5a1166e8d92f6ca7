"""Small real files for the upload tests, made on the fly: nothing binary is committed."""

import io
import zipfile
import zlib

from PIL import Image

from uploads.pdf_writer import text_pdf

DOCX_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def pdf_from_content(content: bytes, *, compress: bool = False) -> bytes:
    """A one-page PDF around a raw content stream, for files no PDF library would write."""
    stream = zlib.compress(content, 9) if compress else content
    filters = b" /Filter /FlateDecode" if compress else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def pdf_with_text(*lines: str) -> bytes:
    return text_pdf(*lines)


def slow_pdf(operations: int = 1_500_000) -> bytes:
    """Small on disk, but its text takes pypdf minutes: a million and more text operations."""
    content = b"BT /F1 1 Tf " + b"(x) Tj 0 0 Td " * operations + b"ET"
    return pdf_from_content(content, compress=True)


def docx_with_text(*paragraphs: str) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", DOCX_CONTENT_TYPES)
        archive.writestr("word/document.xml", document)
    return out.getvalue()


def odt_with_text(text: str) -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        f"<office:text><text:p>{text}</text:p></office:text></office:body>"
        "</office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def zip_bomb_docx(megabytes: int = 40) -> bytes:
    """Looks like a Word file; its document unpacks to far more than the archive holds."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", DOCX_CONTENT_TYPES)
        archive.writestr("word/document.xml", b"\0" * (megabytes * 1024 * 1024))
    return out.getvalue()


GPS_IFD = 0x8825


def photo_with_location(kind: str = "JPEG") -> bytes:
    image = Image.new("RGB", (64, 48), (0, 120, 80))
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmerk"  # Make
    exif[GPS_IFD] = {1: "N", 2: (52.0, 5.0, 0.0), 3: "E", 4: (5.0, 7.0, 0.0)}
    out = io.BytesIO()
    image.save(out, kind, exif=exif)
    return out.getvalue()


EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\0" * 200 + b"PE\0\0"
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(document.cookie)</script></svg>"
)


# --- Files that carry personal metadata inside ------------------------------------------------

AUTHOR = "Jan de Vries"
ADDRESS = "Dorpsstraat 3, Ons Dorp"
CORE_PROPERTIES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>Jaarverslag</dc:title>"
    f"<dc:creator>{AUTHOR}</dc:creator>"
    f"<cp:lastModifiedBy>{AUTHOR}</cp:lastModifiedBy>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-02T10:00:00Z</dcterms:created>'
    "</cp:coreProperties>"
)
APP_PROPERTIES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
    'properties"><Application>Schrijfprogramma</Application>'
    f"<Company>{ADDRESS}</Company><Manager>{AUTHOR}</Manager></Properties>"
)
CUSTOM_PROPERTIES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-'
    'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Telefoon">'
    "<vt:lpwstr>06-12345678</vt:lpwstr></property></Properties>"
)
WORD_COMMENTS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    f'<w:comment w:id="0" w:author="{AUTHOR}" w:initials="JdV"><w:p><w:r>'
    "<w:t>Klopt dit bedrag?</w:t></w:r></w:p></w:comment></w:comments>"
)
ODF_META = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>'
    f"<meta:initial-creator>{AUTHOR}</meta:initial-creator><dc:creator>{AUTHOR}</dc:creator>"
    f'<meta:user-defined meta:name="Adres">{ADDRESS}</meta:user-defined>'
    "<dc:title>Notulen</dc:title></office:meta></office:document-meta>"
)


def _zip(members: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            kind = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=kind)
    return out.getvalue()


def office_with_personal_data(kind: str, text: str = "De tekst blijft staan.") -> bytes:
    """A DOCX, XLSX or PPTX with a photo that knows where it was taken, and names inside."""
    photo = photo_with_location()
    main = {
        "docx": (
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body><w:p><w:ins w:id="1" w:author="{AUTHOR}"><w:r><w:t>{text}</w:t></w:r>'
            "</w:ins></w:p></w:body></w:document>",
            "word/media/image1.jpeg",
        ),
        "xlsx": (
            "xl/workbook.xml",
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
            "xl/media/image1.jpeg",
        ),
        "pptx": (
            "ppt/presentation.xml",
            '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/'
            'main"/>',
            "ppt/media/image1.png",
        ),
    }[kind]
    members = {
        "[Content_Types].xml": DOCX_CONTENT_TYPES,
        main[0]: main[1],
        main[2]: photo if main[2].endswith(".jpeg") else photo_with_location("PNG"),
        "docProps/core.xml": CORE_PROPERTIES,
        "docProps/app.xml": APP_PROPERTIES,
        "docProps/custom.xml": CUSTOM_PROPERTIES,
    }
    if kind == "docx":
        members["word/comments.xml"] = WORD_COMMENTS
    return _zip(members)


def odt_with_personal_data(text: str = "Notulen van de ledenvergadering.") -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body><office:text>'
        f"<text:p>{text}<office:annotation><dc:creator>{AUTHOR}</dc:creator>"
        "<text:p>Nakijken</text:p></office:annotation></text:p>"
        "</office:text></office:body></office:document-content>"
    )
    return _zip(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": content,
            "meta.xml": ODF_META,
            "Pictures/foto.jpg": photo_with_location(),
        }
    )


def pdf_with_personal_data(text: str = "Verslag van het buurtfeest.") -> bytes:
    """A PDF whose Info dictionary and XMP name the author and an address."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.xmp import XmpInformation

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(text))))
    writer.add_metadata({"/Author": f"{AUTHOR}, {ADDRESS}", "/Creator": "Tekstverwerker"})
    xmp = XmpInformation.create()
    xmp.dc_creator = [f"{AUTHOR}, {ADDRESS}"]
    writer.xmp_metadata = xmp
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def large_photo(width: int = 8000, height: int = 6000) -> bytes:
    """A phone-sized JPEG (48 megapixels) with EXIF, made of flat tiles so it is quick."""
    image = Image.new("RGB", (width, height), (40, 90, 160))
    image.paste((200, 180, 40), (0, 0, width // 2, height // 2))
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmerk"
    exif[GPS_IFD] = {1: "N", 2: (52.0, 5.0, 0.0), 3: "E", 4: (5.0, 7.0, 0.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


def large_png(width: int = 8000, height: int = 6125, mode: str = "RGBA") -> bytes:
    """49 megapixels with transparency: PNG cannot be decoded at a reduced size."""
    image = Image.new(mode, (width, height), (40, 90, 160, 255)[: len(mode)])
    image.paste((200, 180, 40, 128)[: len(mode)], (0, 0, width // 2, height // 2))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def pdf_with_photo() -> bytes:
    """A PDF whose one page is a JPEG that still carries its EXIF (make and location)."""
    image = Image.open(io.BytesIO(photo_with_location()))
    out = io.BytesIO()
    image.save(out, "PDF", exif=image.getexif())
    return out.getvalue()


def docx_with_member(name: str, data: bytes | str) -> bytes:
    """A small Word file with one extra member, named and filled by the caller."""
    out = io.BytesIO()
    original = io.BytesIO(docx_with_text("Gewone tekst."))
    with (
        zipfile.ZipFile(original) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for entry in source.infolist():
            archive.writestr(entry, source.read(entry))
        archive.writestr(name, data)
    return out.getvalue()
