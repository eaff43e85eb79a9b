"""Plain domain values shared by the store, the desk, exports, CLI and GUI (no Qt, no SQL)."""

from factcheck.model.errors import (
    ConflictError,
    FactcheckError,
    InvalidInput,
    NotFound,
    StoreBusy,
    StoreError,
    StoreReplaced,
)
from factcheck.model.live import ChangeEvent, Presence
from factcheck.model.types import (
    EDITABLE_ARTICLE_FIELDS,
    LINK_STANCES,
    NOT_VERDICTS,
    STANCES,
    Article,
    ArticleSummary,
    Claim,
    HistoryEntry,
    ImportOutcome,
    SearchHit,
    Sentence,
    Source,
    SourceInput,
    Status,
    is_checked,
)
from factcheck.model.urls import https_form, validate_source_url

__all__ = [
    "EDITABLE_ARTICLE_FIELDS",
    "LINK_STANCES",
    "NOT_VERDICTS",
    "STANCES",
    "Article",
    "ArticleSummary",
    "ChangeEvent",
    "Claim",
    "ConflictError",
    "FactcheckError",
    "HistoryEntry",
    "ImportOutcome",
    "InvalidInput",
    "NotFound",
    "Presence",
    "SearchHit",
    "Sentence",
    "Source",
    "SourceInput",
    "Status",
    "StoreBusy",
    "StoreError",
    "StoreReplaced",
    "https_form",
    "is_checked",
    "validate_source_url",
]
