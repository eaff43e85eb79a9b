"""Claim linking (one claim, many appearances) and link suggestions.

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
    be deleted (``Desk.delete_claim`` refuses) until its appearances are unlinked.

History and undo
    Every link, unlink and stance change appends to the history in the same transaction:
    on the claim itself (field ``linked_to``, old/new as JSON ``{"linked_to", "stance"}``)
    and on the group's primary (field ``appearance``); a merge adds the primary's status,
    note and source changes. For undo, keep the ``Claim`` you had before the change and pass
    it to ``restore_link``: it puts back that ``linked_to`` and ``stance`` exactly (a link
    undone becomes an unlink, an unlink undone a link). ``link_merging`` returns the group's
    verdict before and after the merge: pass it as ``merged`` and the undo also puts back
    the group's status, note and sources exactly (refused if they changed since).

Suggestions
    ``suggest_claims`` ranks the groups that appear in *other* articles by how close their
    appearances' text is to a span, over Arabic-normalised text, in pure Python:

    1. candidates: the claims sharing the most informative (summed BM25 IDF) index terms
       with the span: light-stemmed words (``normalize_text``, stop words dropped, one
       clitic prefix ``و ف ب ك ل ال …`` and one suffix stripped) and the feature tokens of
       ``factcheck.text.claim_features`` (``#10`` for 10% / ١٠٪ / عشرة بالمئة, ``@EG`` for
       مصر / المصرية / القاهرة, ``!not``), from an in-memory inverted index of every
       claim. It is built on first use (``warm_up``; ~4 s for 100,000 claims) and then
       updated incrementally, keyed on ``max(id)``, ``count(*)`` and ``sum(id)`` of
       ``claims``, which catches every insert and delete, whoever made it (quotes never
       change). Only the 10 rarest query terms are walked, with a bound on the postings
       read, so the latency stays flat as the collection grows;
    2. re-ranking of the best 60 candidates by cosine similarity of TF-IDF vectors of
       character trigrams taken inside the words (robust to Arabic morphology:
       ``موظفيها`` / ``الموظفين``) plus the feature tokens, IDF from the candidates and
       the query;
    3. the cosine is multiplied by ``feature_agreement``: 0.1 for a negation that one side
       has and the other not, and 0.1 for each of numbers, dates, places and named
       organisations/diseases on which the two sides conflict (10% / 20%), so a claim's
       negation or the same sentence re-numbered falls below a true paraphrase;
    4. a group scores its best appearance; the score (0..1) is that product. Groups below
       ``MIN_SUGGESTION_SCORE`` (calibrated on the labelled set) are not offered.

    The labelled set (``resources/linking_eval.jsonl`` and the sample articles) and its
    metrics (MAP@5, P@1, hard-negative inversions, the threshold's calibration) are in
    ``factcheck.linking_eval``.
"""

from __future__ import annotations

import heapq
import json
import math
import re
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from factcheck import workflow
from factcheck.model import LINK_STANCES, Claim, ConflictError, InvalidInput, NotFound
from factcheck.store import repository as repo
from factcheck.text import normalize_text
from factcheck.text.claim_features import ClaimFeatures, claim_features

if TYPE_CHECKING:
    from factcheck.services import Desk


# -- linking --------------------------------------------------------------------------------


def check_stance(stance: str) -> str:
    if stance not in LINK_STANCES:
        raise InvalidInput(
            template="Unknown stance {stance!r}; use one of: {known}.",
            stance=stance,
            known=", ".join(LINK_STANCES),
        )
    return stance


def _get(s: Session, claim_id: int) -> Claim:
    claim = repo.get_claim(s, claim_id, effective=False)
    if claim is None:
        raise NotFound(template="There is no claim {claim_id}.", claim_id=claim_id)
    return claim


def refuse_if_primary_of_group(
    s: Session, claim_id: int, doing: str = "delete"
) -> None:
    """Refuse to delete (or link/unlink) the primary of a group that has appearances."""
    linked = repo.count_linked(s, claim_id)
    if linked:
        members = [c.id for c in repo.list_group(s, claim_id)[1:]]
        shown = ", ".join(str(i) for i in members[:5]) + (
            " …" if len(members) > 5 else ""
        )
        values = {"claim_id": claim_id, "count": linked, "members": shown}
        if doing == "link":
            raise InvalidInput(
                template="Claim {claim_id} is the primary of a group with {count} other "
                "appearance(s) (claim {members}); unlink them first to link it.",
                **values,
            )
        if doing == "unlink":
            raise InvalidInput(
                template="Claim {claim_id} is the primary of a group with {count} other "
                "appearance(s) (claim {members}); unlink them first to unlink it.",
                **values,
            )
        raise InvalidInput(
            template="Claim {claim_id} is the primary of a group with {count} other "
            "appearance(s) (claim {members}); unlink them first to delete it.",
            **values,
        )


def restorable_link(s: Session, claim: Claim) -> dict:
    """``linked_to``/``stance`` to restore a deleted claim with (flattened if needed)."""
    linked_to = claim.linked_to
    if linked_to is not None:
        primary = repo.get_claim(s, linked_to, effective=False)
        linked_to = None if primary is None else primary.group_id
    return {"linked_to": linked_to, "stance": claim.stance}


def _refuse_hidden_work(desk: Desk, claim: Claim, primary: Claim) -> None:
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
    if claim.status_id not in (desk.default_status_id, primary.status_id):
        raise InvalidInput(
            template="Claim {claim_id} is rated {status!r} while claim {primary_id} is rated "
            "{primary_status!r}; linking it would hide its rating. Link claim {primary_id} to "
            "it instead, or change its status first.",
            status=claim.status_id,
            primary_status=primary.status_id,
            **ids,
        )


KEEP_CHOICES = ("this", "other")


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


def _disagreement(desk: Desk, this: Claim, other: Claim, other_id: int) -> Disagreement | None:
    """``this`` and ``other`` as they show (effective values)."""
    default = desk.default_status_id
    verdicts = default not in (this.status_id, other.status_id) and this.status_id != other.status_id
    notes = bool(this.note.strip() and other.note.strip()) and this.note.strip() != other.note.strip()
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


def appearance_json(claim: Claim, stance: str) -> str:
    """How a group primary's history names one of its appearances."""
    return json.dumps({"claim_id": claim.id, "article_id": claim.article_id, "stance": stance})


def _state(linked_to: int | None, stance: str) -> str:
    return json.dumps({"linked_to": linked_to, "stance": stance})


def _set_link(
    desk: Desk,
    s: Session,
    claim: Claim,
    primary_id: int | None,
    stance: str,
    expected_version: int | None,
) -> Claim:
    """Write ``linked_to``/``stance`` and the history entries; ``claim`` holds own values."""
    from factcheck.services import now_iso

    old_primary, old_stance = claim.linked_to, claim.stance
    if (old_primary, old_stance) == (primary_id, stance):
        return repo.get_claim(s, claim.id)
    if not repo.update_claim(
        s,
        claim.id,
        expected_version,
        linked_to=primary_id,
        stance=stance,
        updated_at=now_iso(),
    ):
        raise ConflictError(
            template="Claim {claim_id} was changed elsewhere (now version {version}); "
            "the link was not saved. Reload and try again.",
            claim_id=claim.id,
            version=claim.version,
        )
    action = "unlink" if primary_id is None else "link"
    if old_primary == primary_id:
        action = "update"
    hist = [
        desk._history(
            claim.id,
            "claim",
            claim.id,
            action,
            "linked_to" if action != "update" else "stance",
            _state(old_primary, old_stance) if action != "update" else old_stance,
            _state(primary_id, stance) if action != "update" else stance,
        )
    ]
    appearance = appearance_json(claim, stance)
    if old_primary is not None and old_primary != primary_id:
        old_appearance = appearance_json(claim, old_stance)
        hist.append(
            desk._history(
                old_primary,
                "claim",
                claim.id,
                "unlink",
                "appearance",
                old_appearance,
                None,
            )
        )
    if primary_id is not None and old_primary != primary_id:
        hist.append(
            desk._history(
                primary_id, "claim", claim.id, "link", "appearance", None, appearance
            )
        )
    elif primary_id is not None:  # the stance of one of the group's appearances changed
        hist.append(
            desk._history(
                primary_id, "claim", claim.id, "update", "appearance",
                appearance_json(claim, old_stance), appearance,
            )
        )  # fmt: skip
    repo.append_history(s, hist)
    return repo.get_claim(s, claim.id)


def _link_target(s: Session, claim_id: int, to_claim_id: int) -> tuple[Claim, Claim]:
    """The claim to link (its shown values) and its target's group primary, checked."""
    if claim_id == to_claim_id:
        raise InvalidInput(template="Claim {claim_id} cannot be linked to itself.", claim_id=claim_id)
    claim = repo.get_claim(s, claim_id)
    if claim is None:
        raise NotFound(template="There is no claim {claim_id}.", claim_id=claim_id)
    primary_id = _get(s, to_claim_id).group_id
    if primary_id == claim_id:
        raise InvalidInput(
            template="Claim {to_claim_id} is already an appearance of claim {claim_id}; "
            "linking them the other way would make a cycle.",
            to_claim_id=to_claim_id,
            claim_id=claim_id,
        )
    return claim, _get(s, primary_id)


def link_disagreement(desk: Desk, claim_id: int, to_claim_id: int) -> Disagreement | None:
    """What linking ``claim_id`` to ``to_claim_id`` needs the editor to decide (None:
    nothing; they agree, or the claim is in that group already)."""
    with desk.store.read() as s:
        claim, primary = _link_target(s, claim_id, to_claim_id)
        if claim.linked_to == primary.id:
            return None
        return _disagreement(desk, claim, primary, to_claim_id)


def _merge_into_group(
    desk: Desk, s: Session, claim: Claim, primary: Claim, status_id: str
) -> None:
    """Write the merged verdict on the primary (status, both notes, the union of the
    sources) with its history; every claim of the group but ``claim`` moves on a version."""
    from factcheck.services import now_iso

    stamp = now_iso()
    values: dict = {"updated_at": stamp}
    hist = []
    if status_id != primary.status_id:
        values["status_id"] = status_id
        hist.append(desk._history(primary.id, "status", primary.id, "update", "status_id", primary.status_id, status_id))
    note = merged_note(primary.note, claim.note)
    if note != primary.note:
        values["note"] = note
        hist.append(desk._history(primary.id, "claim", primary.id, "update", "note", primary.note, note))
    held = {src.url for src in primary.sources}
    for src in claim.sources:
        if src.url in held:  # the store keeps one source per address on a claim
            continue
        held.add(src.url)
        sid = repo.insert_source(s, primary.id, src.as_input())
        hist.append(desk._history(primary.id, "source", sid, "create", "url", None, src.url))
    if not hist:  # the group had it all: nothing written, no version moves on
        return
    if status_id != primary.status_id:  # a published verdict is frozen until reopened
        workflow.refuse_if_frozen(s, primary.id, primary.id)
    repo.update_claim(s, primary.id, None, **values)
    repo.bump_appearances(s, primary.id, skip=claim.id, updated_at=stamp)
    repo.append_history(s, hist)


def link_merging(
    desk: Desk,
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
    check_stance(stance)
    if keep is not None and keep not in KEEP_CHOICES:
        raise InvalidInput(
            template="Unknown choice {keep!r}; keep this or other (whose verdict the linked "
            "claims keep).",
            keep=keep,
        )
    with desk.store.write() as s:
        shown, primary = _link_target(s, claim_id, to_claim_id)
        own = _get(s, claim_id)
        if own.linked_to == primary.id:  # in that group already: only the stance changes
            return LinkOutcome(_set_link(desk, s, own, primary.id, stance, expected_version))
        refuse_if_primary_of_group(s, claim_id, "link")
        if own.linked_to is None:  # it takes the group's verdict: not if its own is published
            workflow.refuse_if_frozen(s, claim_id, claim_id)
        found = _disagreement(desk, shown, primary, to_claim_id)
        if found is not None and keep is None:
            raise LinkDisagreement(found)
        if keep == "this":
            status_id = shown.status_id
        elif keep == "other" or primary.status_id != desk.default_status_id:
            status_id = primary.status_id
        else:  # the group has no verdict yet: it takes this claim's
            status_id = shown.status_id
        linked = _set_link(desk, s, own, primary.id, stance, expected_version)
        _merge_into_group(desk, s, shown, primary, status_id)
        after = _get(s, primary.id)
        return LinkOutcome(repo.get_claim(s, linked.id), primary, after)


def link_claim(
    desk: Desk,
    claim_id: int,
    to_claim_id: int,
    stance: str = "agree",
    *,
    keep: str | None = None,
    expected_version: int | None = None,
) -> Claim:
    """``link_merging``, returning the linked claim as stored now."""
    return link_merging(
        desk, claim_id, to_claim_id, stance, keep=keep, expected_version=expected_version
    ).claim


def unlink_claim(
    desk: Desk,
    claim_id: int,
    *,
    stance: str | None = None,
    expected_version: int | None = None,
) -> Claim:
    """Take a claim out of its group; it shows its own status, note and sources again.

    ``stance`` (optional) sets its stance at the same time (else it is kept).
    """
    if stance is not None:
        check_stance(stance)
    with desk.store.write() as s:
        claim = _get(s, claim_id)
        if claim.linked_to is None:
            refuse_if_primary_of_group(s, claim_id, "unlink")
            raise InvalidInput(
                template="Claim {claim_id} is not linked to another claim.", claim_id=claim_id
            )
        return _set_link(desk, s, claim, None, stance or claim.stance, expected_version)


def set_stance(
    desk: Desk, claim_id: int, stance: str, expected_version: int | None = None
) -> Claim:
    """Change the stance of an appearance's article toward the claim."""
    check_stance(stance)
    with desk.store.write() as s:
        claim = _get(s, claim_id)
        return _set_link(desk, s, claim, claim.linked_to, stance, expected_version)


def _verdict(claim: Claim) -> tuple:
    return (claim.status_id, claim.note, claim.sources)


def _restore_group(desk: Desk, s: Session, merged: LinkOutcome, skip: int) -> None:
    """Put back a group's verdict as it was before a link's merge (refused if it changed
    since the merge); every claim of the group but ``skip`` moves on a version."""
    from factcheck.services import now_iso

    before, after = merged.group_before, merged.group_after
    now = _get(s, before.id)
    if _verdict(now) != _verdict(after):
        raise ConflictError(
            template="Claim {claim_id} was changed elsewhere (now version {version}); "
            "the link was not saved. Reload and try again.",
            claim_id=now.id,
            version=now.version,
        )
    stamp = now_iso()
    values: dict = {"updated_at": stamp}
    hist = []
    if now.status_id != before.status_id:
        values["status_id"] = before.status_id
        hist.append(desk._history(now.id, "status", now.id, "update", "status_id", now.status_id, before.status_id))
    if now.note != before.note:
        values["note"] = before.note
        hist.append(desk._history(now.id, "claim", now.id, "update", "note", now.note, before.note))
    kept = {src.id for src in before.sources}
    for src in now.sources:
        if src.id not in kept:
            repo.delete_source(s, src.id)
            hist.append(desk._history(now.id, "source", src.id, "delete", "url", src.url, None))
    present = {src.id for src in now.sources}
    for src in before.sources:
        if src.id not in present:  # not expected (a merge only adds), but put back exactly
            free = repo.get_source(s, src.id) is None
            sid = repo.insert_source(s, now.id, src.as_input(), src.id if free else None)
            hist.append(desk._history(now.id, "source", sid, "create", "url", None, src.url))
    if not hist:
        return
    repo.update_claim(s, now.id, None, **values)
    repo.bump_appearances(s, now.id, skip=skip, updated_at=stamp)
    repo.append_history(s, hist)


def restore_link(
    desk: Desk,
    before: Claim,
    expected_version: int | None = None,
    merged: LinkOutcome | None = None,
) -> Claim:
    """Put back the ``linked_to``/``stance`` of a ``Claim`` taken before a change (undo).

    ``merged``: the outcome of the link undone, whose group's verdict is put back too.
    Linking back (the undo of an unlink) is refused if the claim has work of its own the
    group lacks, unless ``expected_version`` shows the claim unchanged since the unlink.
    """
    check_stance(before.stance)
    with desk.store.write() as s:
        claim = _get(s, before.id)
        target = before.linked_to
        if target is not None:
            primary = repo.get_claim(s, target)
            if primary is None:
                raise NotFound(template="There is no claim {claim_id}.", claim_id=target)
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
                _refuse_hidden_work(desk, claim, primary)
        restored = _set_link(desk, s, claim, target, before.stance, expected_version)
        if merged is not None and merged.group_before is not None:
            _restore_group(desk, s, merged, skip=before.id)
            restored = repo.get_claim(s, before.id)
        return restored


def appearances(desk: Desk, claim_id: int) -> list[Claim]:
    """Every claim of ``claim_id``'s group: the primary first, then by article/position."""
    with desk.store.read() as s:
        claim = repo.get_claim(s, claim_id, effective=False)
        if claim is None:
            raise NotFound(template="There is no claim {claim_id}.", claim_id=claim_id)
        return repo.list_group(s, claim.group_id)


SUGGESTIONS_SHOWN = 5  # how many the inspector lists


def suggest_for_claim(
    desk: Desk, claim_id: int, limit: int = SUGGESTIONS_SHOWN
) -> list[tuple[Claim, float]]:
    """The suggestions the window's inspector lists for a claim, best first: the groups
    ``suggest_claims`` ranks for its span, none once it has appearances in other articles
    (the inspector lists those instead)."""
    with desk.store.read() as s:
        claim = repo.get_claim(s, claim_id, effective=False)
        if claim is None:
            raise NotFound(template="There is no claim {claim_id}.", claim_id=claim_id)
        if claim.linked_to is not None or repo.count_linked(s, claim_id):
            return []
    return suggest_claims(desk, claim.article_id, claim.start, claim.end, limit)


def groups(claims: list[Claim]) -> dict[int, list[Claim]]:
    """Group already-loaded claims by primary id (primary first, then by id)."""
    out: dict[int, list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: (c.linked_to is not None, c.id)):
        out.setdefault(claim.group_id, []).append(claim)
    return out


# -- text features --------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
_ARABIC = re.compile(r"[\u0621-\u064a]")
# Normalised (``normalize_text``) function words: they carry no claim content. Negation
# particles (لا لم لن ليس غير, not, no) are NOT among them: they are what separates a claim
# from its denial, so they stay features of the text (and ``claim_features`` reads them).
_STOP_TEXT = """
في من على إلى عن أن إن و أو ثم التي الذي الذين اللذين اللتين هذا هذه ذلك تلك
هؤلاء كان كانت يكون قد ما ماذا مع بعد قبل عبر حتى هل أي كل بعض به بها
له لها لهم هو هي هم هن نحن أنا أنت انه أنه أنها إنه إنها ان عند عندما بين حيث
كما لقد أيضا أيضاً فيه فيها منه منها عليه عليها إليه إليها ذات بن دون ضمن
الى او ف the a an of to in on for and or is are was were be by with that this
"""
_STOP_WORDS = frozenset(normalize_text(w) for w in _STOP_TEXT.split())
_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ك", "ل")
_SUFFIXES = (
    "هما", "كما", "ها", "هم", "هن", "كم", "نا", "ات", "ون", "ين", "ان", "ه", "ي", "ا",
)  # fmt: skip


def words(text: str) -> list[str]:
    """Normalised content words (stop words and one-letter words dropped)."""
    return [
        w
        for w in _WORD.findall(normalize_text(text))
        if len(w) > 1 and w not in _STOP_WORDS
    ]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Light Arabic stemming: one clitic prefix and one suffix, keeping 3+ letters."""
    if not _ARABIC.match(word):
        return word
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3:
            word = word[len(p) :]
            break
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def index_terms(text: str) -> list[str]:
    """What the suggestion index files a quote under: its stems and its feature tokens."""
    return stems(text) + feature_tokens(claim_features(text))


def char_ngrams(text: str, sizes: tuple[int, ...] = (3,)) -> Counter:
    """Character n-grams inside each content word (a short word counts as itself)."""
    grams: Counter = Counter()
    for w in words(text):
        for n in sizes:
            if len(w) <= n:
                if n == sizes[0]:
                    grams[w] += 1
                continue
            grams.update(w[i : i + n] for i in range(len(w) - n + 1))
    return grams


def _tfidf(counts: Counter, idf: dict) -> dict:
    vec = {f: (1.0 + math.log(c)) * idf.get(f, 1.0) for f, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {f: v / norm for f, v in vec.items()}


# How much a disagreement lowers a candidate's score (a factor on the text similarity):
# a claim and its negation, or the same sentence with another number, date, place or
# organisation, are different claims however many words they share. Values chosen on the
# tune split of the labelled set (``factcheck.linking_eval``). Two sides *conflict* when
# each states a value the other lacks (10% / 20%); a side that states less than the other
# (no number at all, or only some of them) conflicts with nothing but costs a little
# (``*_UNSTATED``): the claim it makes is vaguer.
NEGATION_FACTOR = 0.1
NUMBER_FACTOR = 0.1
NUMBER_UNSTATED = 0.9
DATE_FACTOR = 0.1
DATE_UNSTATED = 0.95
PLACE_FACTOR = 0.1
PLACE_UNSTATED = 0.9
NAME_FACTOR = 0.1
NAME_UNSTATED = 1.0
# Each feature also enters the text vectors as a token of its own ("#10", "@EG"), so that
# "10%" matches "عشرة بالمئة" and "قطري" matches "قطر" in the similarity itself, and the
# index finds a paraphrase sharing no word but its places and numbers. Its weight, in
# occurrences of a character n-gram:
FEATURE_WEIGHT = 3


def _agreement(a: frozenset, b: frozenset, factor: float, unstated: float) -> float:
    if a == b:
        return 1.0
    if (a - b) and (b - a):
        return factor
    return unstated


def feature_agreement(query: ClaimFeatures, other: ClaimFeatures) -> float:
    """Factor in (0, 1] by which negation, numbers, dates, places and names that disagree
    lower a text similarity (1.0 when they agree)."""
    factor = NEGATION_FACTOR if query.negated != other.negated else 1.0
    factor *= _agreement(query.numbers, other.numbers, NUMBER_FACTOR, NUMBER_UNSTATED)
    factor *= _agreement(query.dates, other.dates, DATE_FACTOR, DATE_UNSTATED)
    factor *= _agreement(query.places, other.places, PLACE_FACTOR, PLACE_UNSTATED)
    factor *= _agreement(query.names, other.names, NAME_FACTOR, NAME_UNSTATED)
    return factor


def feature_tokens(features: ClaimFeatures) -> list[str]:
    """The features as tokens for text vectors and the index (``#10``, ``@EG``, ``~m5``)."""
    out = [f"#{v:g}" for v in features.numbers]
    out += [f"@{p}" for p in features.places]
    out += [f"~{d}" for d in features.dates]
    out += [f"&{n}" for n in features.names]
    if features.negated:
        out.append("!not")
    return out


def text_vector(text: str) -> Counter:
    """Character n-grams of ``text`` plus its feature tokens (``FEATURE_WEIGHT`` each)."""
    grams = char_ngrams(text)
    for token in feature_tokens(claim_features(text)):
        grams[token] += FEATURE_WEIGHT
    return grams


def ngram_cosines(query: str, texts: list[str] | list[Counter]) -> list[float]:
    """Cosine of character n-gram TF-IDF vectors, IDF over ``texts`` plus the query.

    ``texts`` may be given as ``char_ngrams`` counters already.
    """
    q = text_vector(query)
    docs = [t if isinstance(t, Counter) else text_vector(t) for t in texts]
    n = len(docs) + 1
    df: Counter = Counter(q.keys())
    for d in docs:
        df.update(d.keys())
    idf = {f: math.log((n + 1) / (c + 1)) + 1.0 for f, c in df.items()}
    qv = _tfidf(q, idf)
    out = []
    for d in docs:
        dv = _tfidf(d, idf)
        out.append(sum(w * dv.get(f, 0.0) for f, w in qv.items()))
    return out


# -- the suggestion index -------------------------------------------------------------------

CANDIDATES = 60
MAX_QUERY_TERMS = 10
POSTINGS_BUDGET = 60_000


class SuggestionIndex:
    """In-memory inverted index of claim quotes (stems), synced with the ``claims`` table.

    ``postings[stem]`` holds the ids of the claims whose quote has that stem (once per
    claim). Deleted claims are dropped from ``article`` and skipped; their postings stay
    until the next full rebuild.
    """

    def __init__(self) -> None:
        self.postings: dict[str, array] = {}
        self.article: dict[int, int] = {}  # live claim id -> article id
        self.dead: set[int] = set()
        self.max_id = 0
        self.seen: tuple = (0, 0, 0)  # the claims table as last synced: see ``sync``
        self.id_sum = 0  # of the ids in ``article``
        self.grams: dict[int, Counter] = {}  # n-grams of recently ranked quotes

    def ngrams(self, claim_id: int, quote: str) -> Counter:
        grams = self.grams.get(claim_id)
        if grams is None:
            if len(self.grams) > 50_000:
                self.grams.clear()
            grams = self.grams[claim_id] = text_vector(quote)
        return grams

    def _live(self) -> tuple:
        """Count and sums (ids, squares) of the live claims held, as ``sync`` reads them."""
        return (len(self.article), self.id_sum)

    def _add(self, claim_id: int, article_id: int, quote: str) -> None:
        self.article[claim_id] = article_id
        self.id_sum += claim_id
        if claim_id in self.dead:  # restored with its old id: same quote, same postings
            self.dead.discard(claim_id)
            return
        postings = self.postings
        for t in set(index_terms(quote)):
            plist = postings.get(t)
            if plist is None:
                postings[t] = array("q", (claim_id,))
            else:
                plist.append(claim_id)

    def sync(self, s: Session) -> None:
        """Catch up with the claims table (every insert and delete, by anyone).

        Its set of ids is fingerprinted by highest id, count and sum: a claim deleted and
        another restored (same count, same highest id) changes the sum. (Two deleted and
        two restored whose ids add up alike would not: the sum of squares costs 3x more to
        read, on every suggestion.)
        """
        seen = tuple(
            s.execute(
                sql(
                    "SELECT coalesce(max(id), 0), count(*), coalesce(sum(id), 0) FROM claims"
                )
            ).one()
        )
        if seen == self.seen:
            return
        max_id = seen[0]
        rows = s.execute(
            sql("SELECT id, article_id, quote FROM claims WHERE id > :m ORDER BY id"),
            {"m": self.max_id},
        )
        for claim_id, article_id, quote in rows:
            self._add(claim_id, article_id, quote)
        if self._live() != seen[1:]:  # deletions, or claims restored with old ids
            live = dict(s.execute(sql("SELECT id, article_id FROM claims")).all())
            for claim_id in [c for c in self.article if c not in live]:
                del self.article[claim_id]
                self.id_sum -= claim_id
                self.dead.add(claim_id)
            for claim_id in [c for c in live if c not in self.article]:
                quote = s.execute(
                    sql("SELECT quote FROM claims WHERE id = :i"), {"i": claim_id}
                ).scalar_one()
                self._add(claim_id, live[claim_id], quote)
        self.max_id, self.seen = max_id, seen
        if len(self.dead) > max(1000, len(self.article)):
            self.__init__()  # mostly tombstones: rebuild
            self.sync(s)

    def candidates(
        self, query_terms: list[str], exclude_article: int, limit: int
    ) -> list[tuple[int, float]]:
        """Up to ``limit`` live claims outside ``exclude_article``, by summed IDF of the
        query stems they contain (rarest stems first, at most ``POSTINGS_BUDGET`` read)."""
        n = len(self.article)
        if not n:
            return []
        terms = sorted(
            (t for t in set(query_terms) if t in self.postings),
            key=lambda t: len(self.postings[t]),
        )[:MAX_QUERY_TERMS]
        scores: dict[int, float] = {}
        get = scores.get
        read = 0
        for t in terms:
            plist = self.postings[t]
            if read and read + len(plist) > POSTINGS_BUDGET:
                break
            read += len(plist)
            df = min(len(plist), n)
            w = math.log(1 + (n - df + 0.5) / (df + 0.5))
            for claim_id in plist:
                scores[claim_id] = get(claim_id, 0.0) + w
        if len(scores) < limit and n <= 4 * limit:  # small collection: rank them all
            for claim_id in self.article:
                scores.setdefault(claim_id, 0.0)
        article = self.article
        out: list[tuple[int, float]] = []
        want = limit
        while True:
            best = heapq.nlargest(want, scores.items(), key=itemgetter(1))
            out = [
                (c, v)
                for c, v in best
                if article.get(c, exclude_article) != exclude_article
            ]
            if len(out) >= limit or len(best) < want:
                return out[:limit]
            want *= 4


def _index(desk: Desk) -> SuggestionIndex:
    index = getattr(desk, "_suggestion_index", None)
    if index is None:
        index = SuggestionIndex()
        desk._suggestion_index = index
    return index


def warm_up(desk: Desk) -> int:
    """Build or refresh the suggestion index now (e.g. off the GUI thread at start-up)."""
    index = _index(desk)
    with desk.store.read() as s:
        index.sync(s)
    return len(index.article)


# Suggestions scoring below this are not offered. Calibrated on the tune split of the
# labelled set (``factcheck.linking_eval.calibrate_min_score``): the threshold maximising
# F2 of "this suggestion is a true paraphrase" over the five suggestions each query shows
# (recall counted twice: a paraphrase left out means a claim checked twice), put halfway
# between the lowest score kept and the highest left out. Re-run
# ``python -m factcheck.linking_eval`` after changing the ranker: it prints the value.
MIN_SUGGESTION_SCORE = 0.235


def suggest_claims(
    desk: Desk,
    article_id: int,
    start: int,
    end: int,
    limit: int = 5,
    *,
    min_score: float = MIN_SUGGESTION_SCORE,
) -> list[tuple[Claim, float]]:
    """Claims (group primaries) that ``text[start:end]`` of an article probably repeats.

    Only groups with an appearance in another article are ranked, each by its best such
    appearance; the group of a claim already marked exactly on this span is left out.
    Scores are in 0..1 (text similarity times feature agreement: module doc), best first;
    none below ``min_score`` (by default ``MIN_SUGGESTION_SCORE``).
    """
    text = desk._text(article_id)
    if not (0 <= start < end <= len(text)):
        raise InvalidInput(
            template="Span {start}:{end} is outside the text (0:{length}) or has no length.",
            start=start,
            end=end,
            length=len(text),
        )
    if limit <= 0:
        return []
    span = text[start:end]
    query_terms = index_terms(span)
    if not query_terms:
        return []
    index = _index(desk)
    with desk.store.read() as s:
        index.sync(s)
        found = index.candidates(query_terms, article_id, CANDIDATES)
        if not found:
            return []
        ids = [c for c, _ in found]
        marks = ", ".join(f":i{i}" for i in range(len(ids)))
        rows = s.execute(
            sql(
                f"SELECT id, article_id, linked_to, quote FROM claims WHERE id IN ({marks})"
            ),
            {f"i{i}": v for i, v in enumerate(ids)},
        ).all()
        own = s.execute(
            sql(
                "SELECT coalesce(linked_to, id) FROM claims WHERE article_id = :a "
                'AND start = :s AND "end" = :e'
            ),
            {"a": article_id, "s": start, "e": end},
        ).all()
        excluded = {r[0] for r in own}
        rows = [r for r in rows if r[1] != article_id]
        cosines = ngram_cosines(span, [index.ngrams(r[0], r[3]) for r in rows])
        query_features = claim_features(span)
        cosines = [
            cos * feature_agreement(query_features, claim_features(r[3]))
            for r, cos in zip(rows, cosines)
        ]
        best: dict[int, float] = {}
        for (claim_id, _aid, linked_to, _quote), score in zip(rows, cosines):
            group = linked_to if linked_to is not None else claim_id
            if group in excluded or score < min_score:
                continue
            if score > best.get(group, -1.0):
                best[group] = score
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        claims = repo.get_claims(s, [group for group, _ in ranked])
        return [
            (claims[group], round(max(0.0, min(1.0, score)), 4))
            for group, score in ranked
            if group in claims
        ]
