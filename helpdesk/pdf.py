"""The bundle as a PDF: the same text as the recipient's page, for printing or passing on.

Links are written out in full, as on the printed page.
"""

from django.utils.translation import gettext as _

from core.pdf import Style, TextDocument

TITLE = Style(17, bold=True)
HEADING = Style(12.5, bold=True)
TEXT = Style(10.5)
SMALL = Style(9)


def bundle_document(bundle, items) -> bytes:
    """The bundle as the recipient sees it on the page: introduction, then each item."""
    document = TextDocument(title=bundle.title)
    document.paragraph(_("Examples selected for you by the support team"), SMALL)
    document.paragraph(bundle.title, TITLE)
    document.space(TEXT)
    if bundle.introduction:
        document.paragraph(bundle.introduction, TEXT)
        document.space(TEXT)
    for number, item in enumerate(items, start=1):
        if item.available:
            document.paragraph(f"{number}. {item.title}", HEADING)
            document.paragraph(item.url, SMALL)
            if item.summary:
                document.paragraph(item.summary, TEXT)
            if item.comment:
                document.paragraph(f"{_('Note from the support team')}: {item.comment}", TEXT)
        else:
            document.paragraph(f"{number}. {_('No longer available')}", HEADING)
        document.space(TEXT)
    return document.output()
