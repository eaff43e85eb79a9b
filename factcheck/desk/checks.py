"""Refusals shared by the desk's operations: a missing claim, an edit from an older version,
an unknown choice, a span that cannot be a claim. Each raises before anything is written."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.model import Claim, ConflictError, InvalidInput, NotFound
from factcheck.store import repository as repo
from factcheck.store import workflow_repo as wrepo
from factcheck.text.spans import SpanError, check_span, check_span_range


def require_claim(s, claim_id: int, *, effective: bool = False) -> Claim:
    """The claim ``claim_id`` (its own stored values, or with ``effective`` the values it
    shows: a linked claim its group's verdict), or ``NotFound``."""
    claim = repo.get_claim(s, claim_id, effective=effective)
    if claim is None:
        raise NotFound(template="There is no claim {claim_id}.", claim_id=claim_id)
    return claim


def refuse_if_frozen(s, group_id: int, claim_id: int) -> None:
    """Refuse a change to the verdict of ``group_id`` while it is published (exported as
    ClaimReview and not reopened since). ``s``: the write session of the change."""
    if wrepo.last_publication(s, group_id) == "publish":
        raise InvalidInput(
            template="Claim {claim_id}'s verdict was published (exported as ClaimReview) and "
            "is frozen; a reviewer reopens it first, with a reason: factcheck review reopen "
            "{claim_id} --reason TEXT.",
            claim_id=claim_id,
        )


def changed_elsewhere(claim: Claim, s=None) -> ConflictError:
    """The refusal of an edit made to ``claim`` (as stored now) from an older version;
    with the session ``s``, it names who changed the claim last, and when."""
    last = repo.last_change(s, claim.id) if s is not None else None
    if last is not None:
        return ConflictError(
            template="Claim {claim_id} was changed elsewhere by {who} at {at} (now version "
            "{version}); "
            "your edit was not saved. Reload and try again.",
            claim_id=claim.id,
            who=last[0],
            at=last[1],
            version=claim.version,
        )
    return ConflictError(
        template="Claim {claim_id} was changed elsewhere (now version {version}); "
        "your edit was not saved. Reload and try again.",
        claim_id=claim.id,
        version=claim.version,
    )


def link_changed_elsewhere(claim: Claim) -> ConflictError:
    """The refusal of a link, unlink or stance change made from an older version."""
    return ConflictError(
        template="Claim {claim_id} was changed elsewhere (now version {version}); "
        "the link was not saved. Reload and try again.",
        claim_id=claim.id,
        version=claim.version,
    )


def check_stance(stance: str, known: Sequence[str]) -> str:
    """``stance`` if it is one of ``known`` (a source's ``STANCES`` or an appearance's
    ``LINK_STANCES``), else refused naming them."""
    if stance not in known:
        raise InvalidInput(
            template="Unknown stance {stance!r}; use one of: {known}.",
            stance=stance,
            known=", ".join(known),
        )
    return stance


def _refused(exc: SpanError) -> InvalidInput:
    return InvalidInput(template=exc.template, **exc.values)


def checked_span(text: str, start: int, end: int) -> None:
    """Refuse a span that cannot be a claim of ``text`` (``text.spans.check_span``)."""
    try:
        check_span(text, start, end)
    except SpanError as exc:
        raise _refused(exc) from None


def checked_span_range(text: str, start: int, end: int) -> None:
    """Refuse a span outside ``text`` or without length."""
    try:
        check_span_range(len(text), start, end)
    except SpanError as exc:
        raise _refused(exc) from None
