"""Claims: marked, rated, annotated, deleted and put back (undo).

Every function validates first, writes in one transaction with its history rows, and
returns the claim as stored. A linked claim's status and note are its group's: they are
written to the group's primary (``groups.touch_group``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, astuple, replace

from factcheck.desk import history
from factcheck.desk.checks import (
    changed_elsewhere,
    checked_span,
    refuse_if_frozen,
    require_claim,
)
from factcheck.desk.groups import (
    appearance_json,
    refuse_if_primary_of_group,
    restorable_link,
    touch_group,
)
from factcheck.desk.history import Change
from factcheck.desk.sources import checked_source, duplicate_source, insert_sources
from factcheck.desk.statuses import StatusScale
from factcheck.model import Claim, Source, SourceInput
from factcheck.store import Store
from factcheck.store import repository as repo

CONTEXT_CHARS = 32


def quote_with_context(text: str, start: int, end: int) -> dict[str, str]:
    """A claim's ``quote`` and the ``prefix``/``suffix`` around it that re-anchor it."""
    return {
        "quote": text[start:end],
        "prefix": text[max(0, start - CONTEXT_CHARS) : start],
        "suffix": text[end : end + CONTEXT_CHARS],
    }


def add_claim(
    store: Store,
    who: str,
    scale: StatusScale,
    text: str,
    article_id: int,
    start: int,
    end: int,
    *,
    status_id: str | None = None,
    note: str = "",
    sources: Sequence[SourceInput | str] = (),
) -> Claim:
    """Mark ``text[start:end]`` of an article as a claim (code points), rated ``status_id``
    (default: the scale's default), with ``sources``."""
    checked_span(text, start, end)
    status_id = scale.get(status_id).id if status_id else scale.default_id
    checked = [checked_source(src) for src in sources]
    stamp = history.now_iso()
    values = {
        "article_id": article_id,
        "start": start,
        "end": end,
        **quote_with_context(text, start, end),
        "status_id": status_id,
        "note": note,
        "annotator": who,
        "created_at": stamp,
        "updated_at": stamp,
        "version": 1,
    }
    with store.write() as s:
        claim_id = repo.insert_claim(s, **values)
        created = {"article_id": article_id, "start": start, "end": end, "status": status_id}
        if note:
            created["note"] = note
        changes = [
            Change(
                claim_id=claim_id, entity="claim", entity_id=claim_id, action="create",
                new=json.dumps(created, ensure_ascii=False),
            )
        ]  # fmt: skip
        stored_sources = []
        for src in checked:
            sid = repo.insert_source(s, claim_id, src)
            stored_sources.append(Source(sid, claim_id, *astuple(src)))
            changes.append(
                Change(
                    claim_id=claim_id, entity="source", entity_id=sid, action="create",
                    field="url", new=src.url,
                )
            )  # fmt: skip
        history.record(s, who, changes)
    # Built from what was written, not read back: one query less per mark (measured in the
    # benchmark).
    return Claim(id=claim_id, sources=tuple(stored_sources), **values)


def _verdict_changes(before: Claim, values: dict, target: int) -> list[Change]:
    """History rows of the status/note in ``values`` that differ from ``before``'s."""
    return [
        Change(
            claim_id=target, entity="status" if field == "status_id" else "claim",
            entity_id=target, action="update", field=field,
            old=getattr(before, field), new=values[field],
        )
        for field in ("status_id", "note")
        if field in values
    ]  # fmt: skip


def edit_claim(
    store: Store,
    who: str,
    scale: StatusScale,
    claim_id: int,
    *,
    status_id: str | None = None,
    note: str | None = None,
    sources: Sequence[SourceInput | str] = (),
    expected_version: int | None = None,
) -> Claim:
    """Set the status and/or note a claim shows and add ``sources``, in one transaction:
    everything is checked first, and all of it is written or none (a source the claim has
    already refuses the whole edit). Nothing that would not change is written."""
    if status_id is not None:
        status_id = scale.get(status_id).id
    sources = [checked_source(src) for src in sources]
    urls = [src.url for src in sources]
    for i, url in enumerate(urls):  # the same address twice in one edit
        if url in urls[:i]:
            raise duplicate_source(claim_id, url)
    with store.write() as s:
        before = require_claim(s, claim_id, effective=True)
        values: dict = {}
        if status_id is not None and status_id != before.status_id:
            refuse_if_frozen(s, before.group_id, claim_id)  # published: frozen until reopened
            values["status_id"] = status_id
        if note is not None and note != before.note:
            values["note"] = note
        if not values and not sources:
            return before
        values["updated_at"] = history.now_iso()
        target = touch_group(s, before, expected_version, values)
        history.record(s, who, _verdict_changes(before, values, target))
        insert_sources(s, who, claim_id, target, sources)
        return repo.get_claim(s, claim_id)


def update_verdict(
    store: Store, who: str, claim_id: int, field: str, new: str, expected_version: int | None
) -> Claim:
    """Set one field of the verdict a claim shows (``status_id`` or ``note``)."""
    with store.write() as s:
        before = require_claim(s, claim_id, effective=True)
        if getattr(before, field) == new:
            return before
        if field == "status_id":  # a published verdict is frozen until reopened
            refuse_if_frozen(s, before.group_id, claim_id)
        values = {field: new, "updated_at": history.now_iso()}
        target = touch_group(s, before, expected_version, values)
        history.record(s, who, _verdict_changes(before, values, target))
    # The row as now stored (its own version moved on by one; a linked claim shows the
    # primary's new value), without reading it back (measured in the benchmark).
    return replace(before, version=before.version + 1, **values)


def delete_claim(
    store: Store, who: str, claim_id: int, *, expected_version: int | None = None
) -> Claim:
    """Delete a claim and its sources; returns the full claim so it can be restored.

    ``expected_version``: refuse if the claim changed since it was read at that version.
    """
    with store.write() as s:
        claim = require_claim(s, claim_id)  # its own values
        if expected_version is not None and claim.version != expected_version:
            raise changed_elsewhere(claim, s)
        refuse_if_primary_of_group(s, claim_id)
        if claim.linked_to is None:  # its published verdict would vanish
            refuse_if_frozen(s, claim_id, claim_id)
        repo.delete_claim(s, claim_id)
        changes = [
            Change(
                claim_id=claim_id, entity="claim", entity_id=claim_id, action="delete",
                old=json.dumps(asdict(claim), ensure_ascii=False),
            )
        ]  # fmt: skip
        if claim.linked_to is not None:  # the group loses an appearance
            changes.append(
                Change(
                    claim_id=claim.linked_to, entity="claim", entity_id=claim_id,
                    action="unlink", field="appearance",
                    old=appearance_json(claim, claim.stance),
                )
            )  # fmt: skip
        history.record(s, who, changes)
        return claim


_RESTORED_FIELDS = (
    "article_id", "start", "end", "quote", "prefix", "suffix", "status_id", "note",
    "annotator", "created_at",
)  # fmt: skip


def restore_claim(store: Store, who: str, text: str, claim: Claim) -> Claim:
    """Put back a deleted claim of an article of ``text`` (same id and sources when still
    free); used by undo."""
    checked_span(text, claim.start, claim.end)
    with store.write() as s:
        values = {k: getattr(claim, k) for k in _RESTORED_FIELDS}
        values.update(restorable_link(s, claim))
        if repo.get_claim(s, claim.id) is None:
            values["id"] = claim.id
        claim_id = repo.insert_claim(
            s, **values, updated_at=history.now_iso(), version=claim.version + 1
        )
        restored = {"start": claim.start, "end": claim.end, "status": claim.status_id}
        if values["linked_to"] is not None:
            restored.update(linked_to=values["linked_to"], stance=values["stance"])
        changes = [
            Change(
                claim_id=claim_id, entity="claim", entity_id=claim_id, action="restore",
                new=json.dumps(restored),
            )
        ]  # fmt: skip
        for src in claim.sources:
            free = repo.get_source(s, src.id) is None
            sid = repo.insert_source(s, claim_id, src.as_input(), src.id if free else None)
            changes.append(
                Change(
                    claim_id=claim_id, entity="source", entity_id=sid, action="create",
                    field="url", new=src.url,
                )
            )  # fmt: skip
        if values["linked_to"] is not None:  # the group gets its appearance back
            changes.append(
                Change(
                    claim_id=values["linked_to"], entity="claim", entity_id=claim_id,
                    action="link", field="appearance",
                    new=appearance_json(replace(claim, id=claim_id), values["stance"]),
                )
            )  # fmt: skip
        history.record(s, who, changes)
        return repo.get_claim(s, claim_id)
