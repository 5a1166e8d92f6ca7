"""StreamField blocks for cases and whitepapers."""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("source"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "knowledge/blocks/quote.html"


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("figure"), max_length=40)
    label = blocks.CharBlock(label=_("what it counts"), max_length=200)

    class Meta:
        icon = "pick"
        label = _("Key figure")
        template = "knowledge/blocks/key_figure.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "knowledge/blocks/document.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=150,
        form_classname="title",
        template="knowledge/blocks/heading.html",
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        template="knowledge/blocks/paragraph.html",
    )
    quote = QuoteBlock()
    key_figure = KeyFigureBlock()
    image = ImageBlock(label=_("Image"), template="knowledge/blocks/image.html")
    document = DocumentBlock()
    embed = EmbedBlock(label=_("Video or embed"), template="knowledge/blocks/embed.html")


class ChapterValue(blocks.StructValue):
    def anchor_id(self) -> str:
        return self.get("anchor") or slugify(self.get("title", ""))


class ChapterBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("chapter title"), max_length=200)
    anchor = blocks.CharBlock(
        label=_("anchor"),
        required=False,
        max_length=80,
        help_text=_("Part of the link to this chapter; left empty, it is made from the title."),
    )
    body = BodyBlock(label=_("text"))

    class Meta:
        icon = "list-ol"
        label = _("Chapter")
        value_class = ChapterValue
        template = "knowledge/blocks/chapter.html"


class ChangeBlock(blocks.StructBlock):
    version = blocks.CharBlock(label=_("version"), max_length=20)
    date = blocks.DateBlock(label=_("date"), required=False)
    note = blocks.TextBlock(label=_("what changed"))

    class Meta:
        icon = "history"
        label = _("Change")
