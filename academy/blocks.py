"""StreamField blocks of course modules."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock

from knowledge.blocks import RICH_TEXT_FEATURES, DocumentBlock


class ReflectionBlock(blocks.StructBlock):
    intro = blocks.CharBlock(
        label=_("introduction"), required=False, max_length=200, default=_("Think about it")
    )
    questions = blocks.ListBlock(blocks.TextBlock(label=_("question")), label=_("questions"))

    class Meta:
        icon = "help"
        label = _("Reflection questions")
        template = "academy/blocks/reflection.html"


class KnowledgeLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label=_("case or whitepaper"),
        page_type=["knowledge.CasePage", "knowledge.WhitepaperPage"],
    )
    note = blocks.CharBlock(label=_("why read it"), required=False, max_length=200)


class KnowledgeLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        max_length=150,
        default=_("Read more in the knowledge base"),
    )
    links = blocks.ListBlock(KnowledgeLinkBlock(), label=_("links"))

    class Meta:
        icon = "link"
        label = _("Links to the knowledge base")
        template = "academy/blocks/knowledge_links.html"


class ModuleBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=150,
        form_classname="title",
        template="knowledge/blocks/heading.html",
    )
    text = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="knowledge/blocks/paragraph.html"
    )
    video = EmbedBlock(label=_("Video"), template="knowledge/blocks/embed.html")
    download = DocumentBlock(label=_("Download"))
    reflection = ReflectionBlock()
    knowledge_links = KnowledgeLinksBlock()
