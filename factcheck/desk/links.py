"""Claim linking: one claim, many appearances, one verdict.

The group model
    A claim row is one *appearance*: a highlighted span of one article. Appearances of the
    same claim form a *group*. One of them is the group's *primary* (``linked_to`` is NULL);
    every other one points straight at it (``linked_to`` = the primary's id; groups are
    flat, never chains, so there are no cycles to follow). A claim that is not linked is a
    group of one. Each appearance records its article's ``stance`` toward the claim:
    agree, disagree, discuss or unrelated (the AraStance labels; ``agree`` by default).

What a linked claim shows
    Status, note and sources belong to the group and are stored on the primary. The store
    returns a linked claim with its primary's status, note and sources
    (``repository.get_claim``/``list_claims``); setting a status or note, or adding a source,
    through a linked claim writes to the primary. A linked claim keeps its *own* stored
    status and note untouched but hidden; they show again if it is unlinked.

What happens to the verdicts when a claim is linked ("this" joins "other")
    The group's verdict takes both claims' work, on the primary: the union of their sources
    (one per URL: the group's copy of a shared URL is kept) and both notes (the group's
    first, then this claim's, separated by a blank line; one when they are equal). When the
    two *disagree* -- both have a verdict (a status other than the scale's default) and
    they differ, or both have notes and they differ, or both have sources and this claim
    has an address the other lacks -- the link is refused (``LinkDisagreement``) unless the caller says which verdict wins:
    ``keep="this"`` (the linked claim's) or ``keep="other"`` (the verdict of the claim it
    joins). Otherwise the verdict is the one given, if only one is. Nothing is silently
    overwritten: ``link_disagreement`` says beforehand what the editor must decide. The
    linked claim keeps its *own* stored status, note and sources untouched but hidden;
    they show again if it is unlinked. When the merge changes the group's verdict, every
    claim of the group moves on a version. A primary that has appearances cannot be
    linked into another group (unlink its appearances first), cannot be unlinked and cannot
    be deleted (``claims.delete_claim`` refuses) until its appearances are unlinked.

History and undo
    Every link, unlink and stance change appends to the history in the same transaction:
    on the claim itself (field ``linked_to``, old/new as JSON ``{"linked_to", "stance"}``)
    and on the group's primary (field ``appearance``); a merge adds the primary's status,
    note and source changes. For undo, keep the ``Claim`` you had before the change and pass
    it to ``restore_link``: it puts back that ``linked_to`` and ``stance`` exactly (a link
    undone becomes an unlink, an unlink undone a link). ``link_merging`` returns the group's
    verdict before and after the merge: pass it as ``merged`` and the undo also puts back
    the group's status, note and sources exactly (refused if they changed since).

Link suggestions are ranked in ``factcheck.desk.suggest``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from factcheck.desk import history
from factcheck.desk.checks import (
    check_stance,
    link_changed_elsewhere,
    refuse_if_frozen,
    require_claim,
)
from factcheck.desk.groups import appearance_json, refuse_if_primary_of_group
from factcheck.desk.history import Change
from factcheck.model import LINK_STANCES, Claim, InvalidInput
from factcheck.store import Store
from factcheck.store import repository as repo

KEEP_CHOICES = ("this", "other")


def _refuse_hidden_work(default_status: str, claim: Claim, primary: Claim) -> None:
    """Refuse to link back (undo of an unlink) a claim whose own sources, note or status
    the group lacks: work added after it left would be hidden (named in that order)."""
    ids = {"claim_id": claim.id, "primary_id": primary.id}
    held = {src.url for src in primary.sources}
    missing = [src for src in claim.sources if src.url not in held]
    if missing:
        raise InvalidInput(
            template="Claim {claim_id} has {count} source(s) of its own; linking it to claim "
            "{primary_id} would hide them. Link claim {primary_id} to it instead, or move or "
            "clear them first.",
            count=len(missing),
            **ids,
        )
    if claim.note.strip() and claim.note.strip() not in primary.note:
        raise InvalidInput(
            template="Claim {claim_id} has its own note; linking it to claim {primary_id} "
            "would hide it. Link claim {primary_id} to it instead, or move or clear it first.",
            **ids,
        )
    if claim.status_id not in (default_status, primary.status_id):
        raise InvalidInput(
            template="Claim {claim_id} is rated {status!r} while claim {primary_id} is rated "
            "{primary_status!r}; linking it would hide its rating. Link claim {primary_id} to "
            "it instead, or change its status first.",
            status=claim.status_id,
            primary_status=primary.status_id,
            **ids,
        )


@dataclass(frozen=True)
class Disagreement:
    """What two claims about to be linked disagree on: "this" is the claim being linked,
    "other" the claim it joins (its group's verdict)."""

    claim_id: int
    other_id: int
    this_status: str
    other_status: str
    verdicts_differ: bool  # both have a verdict (not the default status), not the same
    both_notes: bool  # both have a note, not the same
    both_sources: bool  # both have sources, this one an address the other lacks


class LinkDisagreement(InvalidInput):
    """A link refused because the claims disagree and no verdict was chosen."""

    def __init__(self, disagreement: Disagreement):
        super().__init__(
            template="Claim {claim_id} ({this_status}) and claim {other_id} ({other_status}) "
            "disagree: their verdicts differ, or both have notes or sources. Choose which "
            "verdict the linked claim keeps; nothing was linked.",
            claim_id=disagreement.claim_id,
            other_id=disagreement.other_id,
            this_status=disagreement.this_status,
            other_status=disagreement.other_status,
        )
        self.disagreement = disagreement


@dataclass(frozen=True)
class LinkOutcome:
    """A link as written: the linked claim as stored now, and its group's primary (own
    values) just before and just after the merge (None when it joined no new group)."""

    claim: Claim
    group_before: Claim | None = None
    group_after: Claim | None = None

    @property
    def group_changed(self) -> bool:
        """The merge changed the group's verdict (so every claim of the group moved on a
        version, and so does the undo)."""
        if self.group_before is None or self.group_after is None:
            return False
        return _verdict(self.group_before) != _verdict(self.group_after)


def _disagreement(
    default_status: str, this: Claim, other: Claim, other_id: int
) -> Disagreement | None:
    """``this`` and ``other`` as they show (effective values)."""
    verdicts = (
        default_status not in (this.status_id, other.status_id)
        and this.status_id != other.status_id
    )
    notes = (
        bool(this.note.strip() and other.note.strip())
        and this.note.strip() != other.note.strip()
    )
    held = {s.url for s in other.sources}
    sources = bool(held) and any(s.url not in held for s in this.sources)
    if not (verdicts or notes or sources):
        return None
    return Disagreement(
        this.id, other_id, this.status_id, other.status_id, verdicts, notes, sources
    )


def merged_note(group_note: str, this_note: str) -> str:
    """Both notes, the group's first, separated by a blank line (one if they are equal)."""
    if not this_note.strip() or this_note.strip() == group_note.strip():
        return group_note
    if not group_note.strip():
        return this_note
    return f"{group_note.rstrip()}\n\n{this_note.strip()}"


def _state(linked_to: int | None, stance: str) -> str:
    return json.dumps({"linked_to": linked_to, "stance": stance})


def _set_link(
    s, who: str, claim: Claim, primary_id: int | None, stance: str, expected_version: int | None
) -> Claim:
    """Write ``linked_to``/``stance`` and the history entries; ``claim`` holds own values."""
    old_primary, old_stance = claim.linked_to, claim.stance
    if (old_primary, old_stance) == (primary_id, stance):
        return repo.get_claim(s, claim.id)
    if not repo.update_claim(
        s,
        claim.id,
        expected_version,
        linked_to=primary_id,
        stance=stance,
        updated_at=history.now_iso(),
    ):
        raise link_changed_elsewhere(claim)
    if old_primary == primary_id:  # only the stance changed
        own = Change(
            claim_id=claim.id, entity="claim", entity_id=claim.id, action="update",
            field="stance", old=old_stance, new=stance,
        )  # fmt: skip
    else:
        own = Change(
            claim_id=claim.id, entity="claim", entity_id=claim.id,
            action="unlink" if primary_id is None else "link", field="linked_to",
            old=_state(old_primary, old_stance), new=_state(primary_id, stance),
        )  # fmt: skip
    changes = [own]
    appearance = appearance_json(claim, stance)
    if old_primary is not None and old_primary != primary_id:
        changes.append(
            Change(
                claim_id=old_primary, entity="claim", entity_id=claim.id, action="unlink",
                field="appearance", old=appearance_json(claim, old_stance),
            )
        )  # fmt: skip
    if primary_id is not None and old_primary != primary_id:
        changes.append(
            Change(
                claim_id=primary_id, entity="claim", entity_id=claim.id, action="link",
                field="appearance", new=appearance,
            )
        )  # fmt: skip
    elif primary_id is not None:  # the stance of one of the group's appearances changed
        changes.append(
            Change(
                claim_id=primary_id, entity="claim", entity_id=claim.id, action="update",
                field="appearance", old=appearance_json(claim, old_stance), new=appearance,
            )
        )  # fmt: skip
    history.record(s, who, changes)
    return repo.get_claim(s, claim.id)


def _link_target(s, claim_id: int, to_claim_id: int) -> tuple[Claim, Claim]:
    """The claim to link (its shown values) and its target's group primary, checked."""
    if claim_id == to_claim_id:
        raise InvalidInput(
            template="Claim {claim_id} cannot be linked to itself.", claim_id=claim_id
        )
    claim = require_claim(s, claim_id, effective=True)
    primary_id = require_claim(s, to_claim_id).group_id
    if primary_id == claim_id:
        raise InvalidInput(
            template="Claim {to_claim_id} is already an appearance of claim {claim_id}; "
            "linking them the other way would make a cycle.",
            to_claim_id=to_claim_id,
            claim_id=claim_id,
        )
    return claim, require_claim(s, primary_id)


def link_disagreement(
    store: Store, default_status: str, claim_id: int, to_claim_id: int
) -> Disagreement | None:
    """What linking ``claim_id`` to ``to_claim_id`` needs the editor to decide (None:
    nothing; they agree, or the claim is in that group already)."""
    with store.read() as s:
        claim, primary = _link_target(s, claim_id, to_claim_id)
        if claim.linked_to == primary.id:
            return None
        return _disagreement(default_status, claim, primary, to_claim_id)


def _merge_into_group(s, who: str, claim: Claim, primary: Claim, status_id: str) -> None:
    """Write the merged verdict on the primary (status, both notes, the union of the
    sources) with its history; every claim of the group but ``claim`` moves on a version."""
    stamp = history.now_iso()
    values: dict = {"updated_at": stamp}
    changes = []
    if status_id != primary.status_id:
        values["status_id"] = status_id
        changes.append(
            Change(
                claim_id=primary.id, entity="status", entity_id=primary.id, action="update",
                field="status_id", old=primary.status_id, new=status_id,
            )
        )  # fmt: skip
    note = merged_note(primary.note, claim.note)
    if note != primary.note:
        values["note"] = note
        changes.append(
            Change(
                claim_id=primary.id, entity="claim", entity_id=primary.id, action="update",
                field="note", old=primary.note, new=note,
            )
        )  # fmt: skip
    held = {src.url for src in primary.sources}
    for src in claim.sources:
        if src.url in held:  # the store keeps one source per address on a claim
            continue
        held.add(src.url)
        sid = repo.insert_source(s, primary.id, src.as_input())
        changes.append(
            Change(
                claim_id=primary.id, entity="source", entity_id=sid, action="create",
                field="url", new=src.url,
            )
        )  # fmt: skip
    if not changes:  # the group had it all: nothing written, no version moves on
        return
    if status_id != primary.status_id:  # a published verdict is frozen until reopened
        refuse_if_frozen(s, primary.id, primary.id)
    repo.update_claim(s, primary.id, None, **values)
    repo.bump_appearances(s, primary.id, skip=claim.id, updated_at=stamp)
    history.record(s, who, changes)


def link_merging(
    store: Store,
    who: str,
    default_status: str,
    claim_id: int,
    to_claim_id: int,
    stance: str = "agree",
    *,
    keep: str | None = None,
    expected_version: int | None = None,
) -> LinkOutcome:
    """Make ``claim_id`` ("this") an appearance of the group of ``to_claim_id`` ("other"),
    merging its work into the group's verdict (see module doc). ``keep``: ``"this"`` or
    ``"other"``, whose verdict the group keeps; needed when they disagree."""
    check_stance(stance, LINK_STANCES)
    if keep is not None and keep not in KEEP_CHOICES:
        raise InvalidInput(
            template="Unknown choice {keep!r}; keep this or other (whose verdict the linked "
            "claims keep).",
            keep=keep,
        )
    with store.write() as s:
        shown, primary = _link_target(s, claim_id, to_claim_id)
        own = require_claim(s, claim_id)
        if own.linked_to == primary.id:  # in that group already: only the stance changes
            return LinkOutcome(_set_link(s, who, own, primary.id, stance, expected_version))
        refuse_if_primary_of_group(s, claim_id, "link")
        if own.linked_to is None:  # it takes the group's verdict: not if its own is published
            refuse_if_frozen(s, claim_id, claim_id)
        found = _disagreement(default_status, shown, primary, to_claim_id)
        if found is not None and keep is None:
            raise LinkDisagreement(found)
        if keep == "this":
            status_id = shown.status_id
        elif keep == "other" or primary.status_id != default_status:
            status_id = primary.status_id
        else:  # the group has no verdict yet: it takes this claim's
            status_id = shown.status_id
        linked = _set_link(s, who, own, primary.id, stance, expected_version)
        _merge_into_group(s, who, shown, primary, status_id)
        after = require_claim(s, primary.id)
        return LinkOutcome(repo.get_claim(s, linked.id), primary, after)


def unlink_claim(
    store: Store,
    who: str,
    claim_id: int,
    *,
    stance: str | None = None,
    expected_version: int | None = None,
) -> Claim:
    """Take a claim out of its group; it shows its own status, note and sources again.

    ``stance`` (optional) sets its stance at the same time (else it is kept).
    """
    if stance is not None:
        check_stance(stance, LINK_STANCES)
    with store.write() as s:
        claim = require_claim(s, claim_id)
        if claim.linked_to is None:
            refuse_if_primary_of_group(s, claim_id, "unlink")
            raise InvalidInput(
                template="Claim {claim_id} is not linked to another claim.", claim_id=claim_id
            )
        return _set_link(s, who, claim, None, stance or claim.stance, expected_version)


def set_stance(
    store: Store, who: str, claim_id: int, stance: str, expected_version: int | None = None
) -> Claim:
    """Change the stance of an appearance's article toward the claim."""
    check_stance(stance, LINK_STANCES)
    with store.write() as s:
        claim = require_claim(s, claim_id)
        return _set_link(s, who, claim, claim.linked_to, stance, expected_version)


def _verdict(claim: Claim) -> tuple:
    return (claim.status_id, claim.note, claim.sources)


def _restore_group(s, who: str, merged: LinkOutcome, skip: int) -> None:
    """Put back a group's verdict as it was before a link's merge (refused if it changed
    since the merge); every claim of the group but ``skip`` moves on a version."""
    before, after = merged.group_before, merged.group_after
    now = require_claim(s, before.id)
    if _verdict(now) != _verdict(after):
        raise link_changed_elsewhere(now)
    stamp = history.now_iso()
    values: dict = {"updated_at": stamp}
    changes = []
    if now.status_id != before.status_id:
        values["status_id"] = before.status_id
        changes.append(
            Change(
                claim_id=now.id, entity="status", entity_id=now.id, action="update",
                field="status_id", old=now.status_id, new=before.status_id,
            )
        )  # fmt: skip
    if now.note != before.note:
        values["note"] = before.note
        changes.append(
            Change(
                claim_id=now.id, entity="claim", entity_id=now.id, action="update",
                field="note", old=now.note, new=before.note,
            )
        )  # fmt: skip
    kept = {src.id for src in before.sources}
    for src in now.sources:
        if src.id not in kept:
            repo.delete_source(s, src.id)
            changes.append(
                Change(
                    claim_id=now.id, entity="source", entity_id=src.id, action="delete",
                    field="url", old=src.url,
                )
            )  # fmt: skip
    present = {src.id for src in now.sources}
    for src in before.sources:
        if src.id not in present:  # not expected (a merge only adds), but put back exactly
            free = repo.get_source(s, src.id) is None
            sid = repo.insert_source(s, now.id, src.as_input(), src.id if free else None)
            changes.append(
                Change(
                    claim_id=now.id, entity="source", entity_id=sid, action="create",
                    field="url", new=src.url,
                )
            )  # fmt: skip
    if not changes:
        return
    repo.update_claim(s, now.id, None, **values)
    repo.bump_appearances(s, now.id, skip=skip, updated_at=stamp)
    history.record(s, who, changes)


def restore_link(
    store: Store,
    who: str,
    default_status: str,
    before: Claim,
    expected_version: int | None = None,
    merged: LinkOutcome | None = None,
) -> Claim:
    """Put back the ``linked_to``/``stance`` of a ``Claim`` taken before a change (undo).

    ``merged``: the outcome of the link undone, whose group's verdict is put back too.
    Linking back (the undo of an unlink) is refused if the claim has work of its own the
    group lacks, unless ``expected_version`` shows the claim unchanged since the unlink.
    """
    check_stance(before.stance, LINK_STANCES)
    with store.write() as s:
        claim = require_claim(s, before.id)
        target = before.linked_to
        if target is not None:
            primary = require_claim(s, target, effective=True)
            if primary.linked_to is not None:
                raise InvalidInput(
                    template="Claim {target} is now linked to claim {primary}; "
                    "claim {claim_id} cannot be linked back to it.",
                    target=target,
                    primary=primary.linked_to,
                    claim_id=before.id,
                )
            if target == before.id:
                raise InvalidInput(
                    template="Claim {claim_id} cannot be linked to itself.", claim_id=before.id
                )
            if claim.linked_to != target:
                refuse_if_primary_of_group(s, before.id, "link")
            if claim.linked_to is None and expected_version is None:
                _refuse_hidden_work(default_status, claim, primary)
        restored = _set_link(s, who, claim, target, before.stance, expected_version)
        if merged is not None and merged.group_before is not None:
            _restore_group(s, who, merged, skip=before.id)
            restored = repo.get_claim(s, before.id)
        return restored


def appearances(store: Store, claim_id: int) -> list[Claim]:
    """Every claim of ``claim_id``'s group: the primary first, then by article/position."""
    with store.read() as s:
        return repo.list_group(s, require_claim(s, claim_id).group_id)

