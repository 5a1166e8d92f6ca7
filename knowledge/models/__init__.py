from .directory import InitiativeIndexPage
from .document_text import DocumentText
from .feedback import WhitepaperFeedback
from .glossary import GlossaryAlias, GlossaryTerm
from .initiatives import Initiative
from .monitor import MonitorEdition, MonitorPage, MonitorProvinceCount, MonitorResult
from .pages import (
    CaseDocument,
    CasePage,
    CaseRelation,
    CaseTag,
    GlossaryPage,
    KnowledgeIndexPage,
    WhitepaperPage,
    WhitepaperTag,
)
from .reports import InitiativeReport
from .vocabularies import (
    VOCABULARY_MODELS,
    DevelopmentStage,
    FundingSource,
    InitiativeType,
    LegalForm,
    Province,
    Theme,
)

__all__ = [
    "VOCABULARY_MODELS",
    "CaseDocument",
    "CasePage",
    "CaseRelation",
    "CaseTag",
    "DevelopmentStage",
    "DocumentText",
    "FundingSource",
    "GlossaryAlias",
    "GlossaryPage",
    "GlossaryTerm",
    "Initiative",
    "InitiativeIndexPage",
    "InitiativeReport",
    "InitiativeType",
    "KnowledgeIndexPage",
    "LegalForm",
    "MonitorEdition",
    "MonitorPage",
    "MonitorProvinceCount",
    "MonitorResult",
    "Province",
    "Theme",
    "WhitepaperFeedback",
    "WhitepaperPage",
    "WhitepaperTag",
]
