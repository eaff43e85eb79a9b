"""Small helpers for translated strings."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from factcheck.model import (
    ConflictError,
    FactcheckError,
    InvalidInput,
    NotFound,
    StoreError,
)

_PLACEHOLDER = re.compile(r"%(\d)")
LRI, PDI = "\u2066", "\u2069"


def fill(template: str, *values: object) -> str:
    """Replace ``%1``…``%9`` in one pass (a value holding "%2" is left alone)."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0),
        template,
    )


def isolate_ltr(text: str) -> str:
    """Keep Latin UI text such as key names in order inside a right-to-left line."""
    return f"{LRI}{text}{PDI}"


def short_time(iso: str) -> str:
    """``2026-11-23T11:34:05+03:00`` → ``2026-11-23 11:34``."""
    return iso[:16].replace("T", " ")


def _headline(error: FactcheckError) -> str:
    """What happened, in the UI's language, from the kind of error."""
    if isinstance(error, ConflictError) and "claim_id" not in error.values and "article_id" in error.values:
        return QCoreApplication.translate("Errors", "Your edit was not saved: the article was changed elsewhere.")
    if isinstance(error, ConflictError):
        return QCoreApplication.translate("Errors", "Your edit was not saved: the claim was changed elsewhere.")
    if isinstance(error, StoreError):
        return QCoreApplication.translate("Errors", "The database could not be read or written.")
    if isinstance(error, NotFound):
        return QCoreApplication.translate("Errors", "What was asked for does not exist.")
    if isinstance(error, InvalidInput):
        return QCoreApplication.translate("Errors", "The request was refused; nothing was changed.")
    return QCoreApplication.translate("Errors", "The action could not be completed.")


def describe_error(error: FactcheckError) -> str:
    """An error's message for a dialog or the status bar.

    The core's messages are English sentences (the CLI prints them as they are). In a
    right-to-left (Arabic) window they follow a translated sentence saying what happened,
    on a line of their own: translated too when their template is (``core_messages``),
    else isolated so the English keeps its order.
    """
    detail = str(error)
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return detail
    translated = _translated_detail(error)
    if translated:
        return f"{_headline(error)}\n{translated}"
    return f"{_headline(error)}\n{isolate_ltr(detail)}"


def _translated_detail(error: FactcheckError) -> str:
    """The error's sentence from its translated template (``core_messages``); "" if none."""
    return translate_template(getattr(error, "template", ""), error.values)


# Status ids (``false``) -> the scale's Arabic labels, set by the window from its desk's
# scale: a core refusal names statuses by id (what the CLI's --status takes), which an
# Arabic sentence should show as the label the editor sees everywhere else.
_status_labels_ar: dict[str, str] = {}


def use_status_labels(statuses) -> None:
    """Show the statuses of this scale by their Arabic labels in translated refusals."""
    _status_labels_ar.clear()
    _status_labels_ar.update({status.id: status.label_ar for status in statuses})


def _shown_value(key: str, value) -> str:
    if key.endswith("status") and isinstance(value, str) and value in _status_labels_ar:
        return _status_labels_ar[value]
    return str(value)


def translate_template(template: str, values: dict) -> str:
    """A core template (``core_messages``) in the UI's language, filled with ``values``
    each isolated left to right; "" if there is no translation."""
    if not template:
        return ""
    translated = QCoreApplication.translate("CoreMessages", template)
    if translated == template:
        return ""
    isolated = {key: isolate_ltr(_shown_value(key, value)) for key, value in values.items()}
    try:
        return translated.format(**isolated)
    except (KeyError, IndexError, ValueError):  # a translation naming another value
        return ""


def describe_refusal(outcome) -> str:
    """Why an import refused a file (an ``ImportOutcome``), in the UI's language."""
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return outcome.reason
    return translate_template(outcome.reason_template, dict(outcome.reason_values)) or isolate_ltr(
        outcome.reason
    )
