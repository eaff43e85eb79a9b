"""Sources (evidence) of a claim's verdict: checked, added, changed and removed.

A linked claim's sources are its group's: they are written to the group's primary. ``s``
below is an open store session.
"""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date

from factcheck.desk import history
from factcheck.desk.checks import check_stance, require_claim
from factcheck.desk.groups import touch_group
from factcheck.desk.history import Change
from factcheck.model import (
    STANCES,
    InvalidInput,
    NotFound,
    Source,
    SourceInput,
    validate_source_url,
)
from factcheck.store import Store
from factcheck.store import repository as repo


def checked_source(src: SourceInput | str) -> SourceInput:
    """``src`` (or an address alone) validated: its addresses, stance and access date
    (today when not given)."""
    if isinstance(src, str):
        src = SourceInput(url=src)
    url = validate_source_url(src.url)
    archive = validate_source_url(src.archive_url) if src.archive_url.strip() else ""
    check_stance(src.stance, STANCES)
    accessed = src.accessed.strip() or date.today().isoformat()
    try:
        date.fromisoformat(accessed[:10])
    except ValueError:
        raise InvalidInput(
            template="Accessed date {accessed!r} is not an ISO date (YYYY-MM-DD).",
            accessed=accessed,
        ) from None
    return replace(src, url=url, archive_url=archive, accessed=accessed)


def duplicate_source(claim_id: int, url: str) -> InvalidInput:
    """The refusal of an address a claim already has as a source."""
    return InvalidInput(
        template="Claim {claim_id} already has the source {url}.", claim_id=claim_id, url=url
    )


def refuse_duplicate_source(
    s, asked: int, holder: int, url: str, except_id: int | None = None
) -> None:
    """The same address twice on one claim is a slip (a double click, a paste twice):
    refused if ``holder`` (the primary of claim ``asked``) has ``url`` already."""
    claim = repo.get_claim(s, holder, effective=False)
    if claim is not None and any(
        src.url == url and src.id != except_id for src in claim.sources
    ):
        raise duplicate_source(asked, url)


def insert_sources(s, who: str, asked: int, holder: int, sources: list[SourceInput]) -> None:
    """Add checked ``sources`` to ``holder`` (the primary of claim ``asked``) with their
    history; an address ``holder`` has already refuses them (the caller's transaction then
    writes nothing)."""
    for src in sources:
        refuse_duplicate_source(s, asked, holder, src.url)
        sid = repo.insert_source(s, holder, src)
        history.record(s, who, [_created(holder, sid, src.url)])


def _created(claim_id: int, source_id: int, url: str) -> Change:
    return Change(
        claim_id=claim_id, entity="source", entity_id=source_id, action="create",
        field="url", new=url,
    )  # fmt: skip


def add_source(
    store: Store,
    who: str,
    claim_id: int,
    src: SourceInput | str,
    *,
    source_id: int | None = None,
    expected_version: int | None = None,
) -> Source:
    """Add a source to a claim (a linked claim's go to its group's primary); ``source_id``:
    the id to give it back (undo), when still free."""
    checked = checked_source(src)
    with store.write() as s:
        holder = touch_group(
            s, require_claim(s, claim_id), expected_version, {"updated_at": history.now_iso()}
        )
        refuse_duplicate_source(s, claim_id, holder, checked.url)
        if source_id is not None and repo.get_source(s, source_id) is not None:
            source_id = None
        sid = repo.insert_source(s, holder, checked, source_id)
        history.record(s, who, [_created(holder, sid, checked.url)])
        return repo.get_source(s, sid)


def update_source(
    store: Store,
    who: str,
    source_id: int,
    src: SourceInput,
    *,
    claim_id: int | None = None,
    expected_version: int | None = None,
) -> Source:
    """Change a source. ``claim_id`` (default: the source's own claim) is the claim the
    editor changes it through, read at ``expected_version``: refused if it changed since."""
    checked = checked_source(src)
    with store.write() as s:
        before = _source_of(s, source_id, claim_id, expected_version)
        refuse_duplicate_source(
            s, claim_id or before.claim_id, before.claim_id, checked.url, source_id
        )
        repo.update_source(s, source_id, checked)
        history.record(
            s,
            who,
            [
                Change(
                    claim_id=before.claim_id, entity="source", entity_id=source_id,
                    action="update",
                    old=json.dumps(asdict(before.as_input()), ensure_ascii=False),
                    new=json.dumps(asdict(checked), ensure_ascii=False),
                )
            ],
        )  # fmt: skip
        return repo.get_source(s, source_id)


def remove_source(
    store: Store,
    who: str,
    source_id: int,
    *,
    claim_id: int | None = None,
    expected_version: int | None = None,
) -> Source:
    """Remove a source (``claim_id``, ``expected_version``: as for ``update_source``)."""
    with store.write() as s:
        before = _source_of(s, source_id, claim_id, expected_version)
        repo.delete_source(s, source_id)
        history.record(
            s,
            who,
            [
                Change(
                    claim_id=before.claim_id, entity="source", entity_id=source_id,
                    action="delete", field="url", old=before.url,
                )
            ],
        )  # fmt: skip
        return before


def _source_of(s, source_id: int, claim_id: int | None, expected_version: int | None) -> Source:
    """A source about to change, after the version check of the claim it is changed
    through (which must show it); that claim's group is touched."""
    before = repo.get_source(s, source_id)
    if before is None:
        raise NotFound(template="There is no source {source_id}.", source_id=source_id)
    via = require_claim(s, before.claim_id if claim_id is None else claim_id)
    if touch_group(s, via, expected_version, {"updated_at": history.now_iso()}) != before.claim_id:
        raise NotFound(template="There is no source {source_id}.", source_id=source_id)
    return before
