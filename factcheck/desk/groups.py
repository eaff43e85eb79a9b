"""Writes shared by every change to a claim group's verdict (``factcheck.desk.links`` has
the group model): the primary holds the verdict, every appearance shows it."""

from __future__ import annotations

import json

from factcheck.desk.checks import changed_elsewhere
from factcheck.model import Claim, InvalidInput
from factcheck.store import repository as repo


def touch_group(s, claim: Claim, expected_version: int | None, values: dict) -> int:
    """Write a change to the verdict ``claim`` shows: ``values`` (its status or note, and
    ``updated_at``; only ``updated_at`` for a change to its sources) go to the group's
    primary, which holds the verdict; ``claim`` is checked against ``expected_version``
    (if given); every claim of the group moves on a version (they all show the verdict).
    Returns the primary."""
    primary = claim.group_id
    own = values if primary == claim.id else {"updated_at": values["updated_at"]}
    if not repo.update_claim(s, claim.id, expected_version, **own):
        raise changed_elsewhere(claim, s)
    if primary != claim.id:
        repo.update_claim(s, primary, None, **values)
    repo.bump_appearances(s, primary, skip=claim.id, updated_at=values["updated_at"])
    return primary


def refuse_if_primary_of_group(s, claim_id: int, doing: str = "delete") -> None:
    """Refuse to delete (or ``doing`` "link"/"unlink") the primary of a group that has
    appearances."""
    linked = repo.count_linked(s, claim_id)
    if not linked:
        return
    members = [c.id for c in repo.list_group(s, claim_id)[1:]]
    shown = ", ".join(str(i) for i in members[:5]) + (" …" if len(members) > 5 else "")
    values = {"claim_id": claim_id, "count": linked, "members": shown}
    # Three whole sentences (not one with a verb filled in): each is translated as a whole.
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


def restorable_link(s, claim: Claim) -> dict:
    """``linked_to``/``stance`` to restore a deleted claim with (flattened if needed)."""
    linked_to = claim.linked_to
    if linked_to is not None:
        primary = repo.get_claim(s, linked_to, effective=False)
        linked_to = None if primary is None else primary.group_id
    return {"linked_to": linked_to, "stance": claim.stance}


def appearance_json(claim: Claim, stance: str) -> str:
    """How a group primary's history names one of its appearances."""
    return json.dumps({"claim_id": claim.id, "article_id": claim.article_id, "stance": stance})
