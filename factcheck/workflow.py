"""The desk's workflow over a ``Desk``: editors and roles, four-eyes review of verdicts,
assignments and article states, blind double rating and agreement, claim comments and
public justifications.

Who acts is the desk's annotator (``--as NAME`` / ``FACTCHECK_EDITOR``, see
``acting_editor``); every action is written to the append-only history in the same
transaction as the change, and refused input changes nothing. On SQLite the roles are
checked here, by the application (advisory: anyone who can write the file can write it).

A verdict's review state is read from the history, not stored beside the claim: whatever
changes a verdict (the CLI, the window, a link that merges two verdicts, an undo) writes a
status row to the history, and a status row after an approval makes the verdict proposed
again. So no path can leave an approval standing on a verdict that changed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import combinations

from factcheck.desk.checks import changed_elsewhere, refuse_if_frozen
from factcheck.desk.history import Change, record
from factcheck.model import Claim, ConflictError, InvalidInput, NotFound
from factcheck.model import types as model_types
from factcheck.model.agreement import cohen_kappa, krippendorff_alpha, percent_agreement
from factcheck.store import grants
from factcheck.store import repository as repo
from factcheck.store import workflow_repo as wrepo
from factcheck.store.desk_queries import ArticleVerdicts

ROLES = ("editor", "reviewer", "admin")
REVIEWER_ROLES = ("reviewer", "admin")
# Statuses that are no verdict yet: setting any other status proposes a verdict.
NOT_VERDICTS = model_types.NOT_VERDICTS
REVIEW_STATES = ("none", "proposed", "approved", "returned")
ARTICLE_STATES = ("new", "in_progress", "in_review", "done")
EDITOR_ENV = "FACTCHECK_EDITOR"
LEASE_ENV = "FACTCHECK_LEASE_HOURS"
DEFAULT_LEASE_HOURS = 72.0
MAX_EDITOR_NAME = 80
clock = time.time  # seconds since the epoch: what leases are measured with



def _record(desk, s, changes) -> None:
    """Append ``changes``, made now by the desk's editor, to the history."""
    record(s, desk.annotator, changes)


def acting_editor(as_name: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """Who acts: ``--as NAME``, else ``FACTCHECK_EDITOR``, else None (the desk's default
    annotator). The one place that decides it, for the CLI and the window alike."""
    environ = os.environ if environ is None else environ
    name = as_name if as_name is not None else environ.get(EDITOR_ENV)
    name = (name or "").strip()
    return name or None


def lease_seconds(environ: Mapping[str, str] | None = None) -> float:
    """How long an assignment stays without activity before it returns to the pool."""
    environ = os.environ if environ is None else environ
    raw = environ.get(LEASE_ENV, "")
    try:
        hours = float(raw) if raw.strip() else DEFAULT_LEASE_HOURS
    except ValueError:
        raise InvalidInput(
            template="{env} must be a number of hours, not {value!r}.", env=LEASE_ENV, value=raw
        ) from None
    if not hours > 0:
        raise InvalidInput(
            template="{env} must be a number of hours, not {value!r}.", env=LEASE_ENV, value=raw
        )
    return hours * 3600.0


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


# -- editors --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Editor:
    name: str
    role: str
    added_by: str
    added_at: str


def editors(desk) -> list[Editor]:
    with desk.store.read() as s:
        return [Editor(*row) for row in wrepo.list_editors(s)]


def _unknown_editor(name: str) -> NotFound:
    return NotFound(
        template="Unknown editor {name!r}; an admin adds editors with: factcheck editor add "
        "NAME --role editor|reviewer|admin.",
        name=name,
    )


def _role(s, name: str) -> str:
    role = wrepo.editor_role(s, name)
    if role is None:
        raise _unknown_editor(name)
    return role


def check_editor(desk, name: str | None = None) -> str:
    """The role of ``name`` (default: whoever acts); unknown names are refused. A desk
    without any editor yet accepts anyone (a single editor's desk needs no list)."""
    name = desk.annotator if name is None else name
    with desk.store.read() as s:
        if not wrepo.list_editors(s):
            return "admin"
        return _role(s, name)


def add_editor(desk, name: str, role: str, notes: list[str] | None = None) -> Editor:
    """Add an editor. Only an admin may, except on a desk that has no admin yet (its first
    editors are added by whoever sets the desk up). On PostgreSQL, a login of that name
    also joins the role's database group when the server has them and the acting login
    may give it; what happened is appended to ``notes``."""
    name = name.strip()
    if not name or len(name) > MAX_EDITOR_NAME or not name.isprintable():
        raise InvalidInput(
            template="An editor's name must be 1 to {limit} printable characters.",
            limit=MAX_EDITOR_NAME,
        )
    if role not in ROLES:
        raise InvalidInput(
            template="Unknown role {role!r}; use one of: {known}.",
            role=role,
            known=", ".join(ROLES),
        )
    at = _now()
    with desk.store.write() as s:
        if wrepo.count_admins(s):
            acting = wrepo.editor_role(s, desk.annotator)
            if acting != "admin":
                raise InvalidInput(
                    template="Only an admin adds editors; {name!r} is not an admin.",
                    name=desk.annotator,
                )
        if wrepo.editor_role(s, name) is not None:
            raise InvalidInput(template="Editor {name!r} already exists.", name=name)
        wrepo.insert_editor(s, name, role, desk.annotator, at)
        if desk.store.is_postgres:
            note = grants.give_role(s, name, role)
            if notes is not None:
                notes.append(note)
        _record(desk, 
            s, [Change(claim_id=None, entity="editor", entity_id=name, action="create", field="role", old=None, new=role)]
        )
    return Editor(name, role, desk.annotator, at)


def database_grants(desk, *, apply: bool = False) -> list[str]:
    """The SQL that makes a PostgreSQL server enforce the roles (group roles, grants on
    the desk's tables, each editor's login in its group); run it with ``apply``. SQLite has
    no logins: its roles stay advisory, and this is refused."""
    if not desk.store.is_postgres:
        raise InvalidInput(
            template="Database roles need a PostgreSQL desk; on an SQLite file the roles are "
            "checked by factcheck only. Nothing was changed."
        )
    if apply:
        with desk.store.write() as s:
            statements = grants.grant_statements(s)
            grants.apply(s, statements)
        return statements
    with desk.store.read() as s:
        return grants.grant_statements(s)


# -- review of verdicts ---------------------------------------------------------------------


@dataclass(frozen=True)
class Review:
    """The review state of the verdict a claim group holds."""

    group_id: int
    state: str  # REVIEW_STATES
    proposed_by: str | None = None
    proposed_at: str | None = None
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    comment: str | None = None
    published: bool = False  # exported as ClaimReview: frozen until reopened


def _replay(events: Iterable[tuple]) -> dict[int, Review]:
    """Each group's review state, from its review-relevant history rows (oldest first)."""
    out: dict[int, Review] = {}
    for _hid, gid, who, at, entity, action, field, new in events:
        if entity == "review" and action in ("publish", "reopen"):
            # Published (exported as ClaimReview) or reopened: the approval stands.
            before = out.get(gid, Review(gid, "approved"))
            out[gid] = replace(before, published=action == "publish")
        elif entity == "review" and action == "withdraw":
            # An approval or a return taken back (undo in the window): proposed again by
            # its proposer, so its proposer still cannot approve it.
            before = out.get(gid, Review(gid, "proposed"))
            out[gid] = Review(gid, "proposed", before.proposed_by, before.proposed_at)
        elif entity == "review" and action == "approve":
            before = out.get(gid, Review(gid, "proposed"))
            out[gid] = Review(gid, "approved", before.proposed_by, before.proposed_at, who, at)
        elif entity == "review" and action == "return":
            before = out.get(gid, Review(gid, "proposed"))
            if field == "comment":
                out[gid] = Review(
                    gid, "returned", before.proposed_by, before.proposed_at,
                    before.reviewed_by, before.reviewed_at, new,
                )  # fmt: skip
            else:
                out[gid] = Review(gid, "returned", before.proposed_by, before.proposed_at, who, at)
        else:  # a status set, the claim created or restored, a justification, a re-proposal
            out[gid] = Review(gid, "proposed", who, at)
    return out


def _reviews_in(s, claims: Iterable[Claim]) -> dict[int, Review]:
    claims = list(claims)
    groups = {c.group_id for c in claims if c.status_id not in NOT_VERDICTS}
    replayed = _replay(wrepo.review_events(s, groups)) if groups else {}
    out = {}
    for c in claims:
        if c.status_id in NOT_VERDICTS:
            out[c.group_id] = Review(c.group_id, "none")
        else:
            out[c.group_id] = replayed.get(c.group_id, Review(c.group_id, "proposed"))
    return out


def reviews(desk, claims: Iterable[Claim]) -> dict[int, Review]:
    """Group id → the review state of the verdict of each of ``claims``' groups."""
    with desk.store.read() as s:
        return _reviews_in(s, claims)


def group_reviews(desk, group_statuses: Mapping[int, str]) -> dict[int, Review]:
    """Group id → the review of its verdict, from each group's status (exports carry plain
    values, not claims)."""
    groups = {g for g, st in group_statuses.items() if st not in NOT_VERDICTS}
    with desk.store.read() as s:
        replayed = _replay(wrepo.review_events(s, groups)) if groups else {}
    return {
        g: Review(g, "none") if st in NOT_VERDICTS else replayed.get(g, Review(g, "proposed"))
        for g, st in group_statuses.items()
    }


def review_states(desk, group_statuses: Mapping[int, str]) -> dict[int, str]:
    """Group id → the review state of its verdict (none, proposed, approved, returned)."""
    return {g: r.state for g, r in group_reviews(desk, group_statuses).items()}


# -- publication: a verdict exported as ClaimReview is frozen until reopened ----------------


# Groups whose reviews are replayed at once when a publication is recorded: at a million
# verdicts, replaying them all at once held every Review object (0.57 GB peak for the export).
PUBLICATION_BATCH = 2000


def record_publication(desk, group_statuses: Mapping[int, str]) -> int:
    """Record that these groups' approved verdicts were exported as published (ClaimReview):
    each is frozen until reopened. Groups already published are left as they are; returns
    how many were newly frozen. All are recorded in one transaction, or none."""
    groups = list(group_statuses)
    approved: list[tuple[int, str]] = []
    for first in range(0, len(groups), PUBLICATION_BATCH):
        part = {g: group_statuses[g] for g in groups[first : first + PUBLICATION_BATCH]}
        approved += [
            (g, part[g]) for g, r in group_reviews(desk, part).items()
            if r.state == "approved" and not r.published
        ]  # fmt: skip
    if not approved:
        return 0
    approved.sort()
    with desk.store.write() as s:
        for first in range(0, len(approved), PUBLICATION_BATCH):
            _record(desk, s, [
                Change(claim_id=g, entity="review", entity_id=g, action="publish", field="published", old=None, new=st)
                for g, st in approved[first : first + PUBLICATION_BATCH]
            ])  # fmt: skip
    return len(approved)


def reopen(desk, claim_id: int, reason: str) -> Review:
    """Unfreeze a published verdict so it can be changed again (a reviewer or admin, with
    a reason, recorded in the history). It stays approved until it is changed."""
    if not reason.strip():
        raise InvalidInput(template="Say why the verdict is reopened (--reason TEXT).")
    with desk.store.write() as s:
        claim = _claim_in(s, claim_id)
        gid = claim.group_id
        if wrepo.last_publication(s, gid) != "publish":
            raise InvalidInput(
                template="Claim {claim_id}'s verdict is not published; only a published "
                "verdict is reopened.",
                claim_id=claim_id,
            )
        if wrepo.list_editors(s) and _role(s, desk.annotator) not in REVIEWER_ROLES:
            raise InvalidInput(
                template="{name!r} is an editor, not a reviewer; only reviewers and admins "
                "reopen a published verdict.",
                name=desk.annotator,
            )
        _record(desk, 
            s, [Change(claim_id=gid, entity="review", entity_id=gid, action="reopen", field="reason", old=None, new=reason)]
        )
        return _reviews_in(s, [claim])[gid]


def withdraw_review(desk, claim_id: int, *, expected_version: int | None = None) -> Review:
    """Take back the acting reviewer's own approval or return of a verdict (the window's
    undo): the verdict is proposed again, by its proposer."""
    with desk.store.write() as s:
        claim = _claim_in(s, claim_id)
        if expected_version is not None and claim.version != expected_version:
            raise _changed_since(claim, expected_version)
        review = _reviews_in(s, [claim])[claim.group_id]
        if review.state not in ("approved", "returned") or review.reviewed_by != desk.annotator:
            raise InvalidInput(
                template="Claim {claim_id}'s verdict is {state}; only its reviewer takes "
                "back an approval or a return.",
                claim_id=claim_id,
                state=review.state,
            )
        refuse_if_frozen(s, claim.group_id, claim_id)
        if not wrepo.bump_group_version(s, claim.id, claim.group_id, claim.version):
            raise _changed_since(claim, claim.version)
        gid = claim.group_id
        _record(desk, 
            s, [Change(claim_id=gid, entity="review", entity_id=gid, action="withdraw", field="review", old=review.state, new="proposed")]
        )
        return _reviews_in(s, [_claim_in(s, claim_id)])[gid]


def review_of(desk, claim_id: int) -> Review:
    claim = desk.claim(claim_id)
    return reviews(desk, [claim])[claim.group_id]


def _claim_in(s, claim_id: int) -> Claim:
    claim = repo.get_claim(s, claim_id)
    if claim is None:
        raise NotFound(template="There is no claim {claim_id}.", claim_id=claim_id)
    return claim


def _check_version(s, claim: Claim, expected_version: int | None) -> None:
    """Refuse an edit made from a version of the claim other than the stored one (a
    colleague changed it since it was shown): the desk's "changed elsewhere"."""
    if expected_version is not None and claim.version != expected_version:
        raise changed_elsewhere(claim, s)


def _changed_since(claim: Claim, expected: int) -> ConflictError:
    return ConflictError(
        template="Claim {claim_id} was changed elsewhere (now version {version}, you saw "
        "{expected}); nothing was reviewed. Look at it again and retry.",
        claim_id=claim.id,
        version=claim.version,
        expected=expected,
    )


def _review(desk, claim_id: int, action: str, comment: str, expected_version: int | None):
    with desk.store.write() as s:
        claim = _claim_in(s, claim_id)
        if expected_version is not None and claim.version != expected_version:
            raise _changed_since(claim, expected_version)
        if claim.status_id in NOT_VERDICTS:
            raise InvalidInput(
                template="Claim {claim_id} has no verdict to review (its status is {status}).",
                claim_id=claim_id,
                status=claim.status_id,
            )
        review = _reviews_in(s, [claim])[claim.group_id]
        who = desk.annotator
        editors_exist = bool(wrepo.list_editors(s))
        role = _role(s, who) if editors_exist else "admin"
        if action == "propose":
            if review.state != "returned":
                raise InvalidInput(
                    template="Claim {claim_id}'s verdict is {state}, not returned; only a "
                    "returned verdict is proposed again unchanged.",
                    claim_id=claim_id,
                    state=review.state,
                )
        else:
            if role not in REVIEWER_ROLES:
                raise InvalidInput(
                    template="{name!r} is an editor, not a reviewer; only reviewers and "
                    "admins approve or return verdicts.",
                    name=who,
                )
            if review.state != "proposed":
                raise InvalidInput(
                    template="Claim {claim_id}'s verdict is {state}, not proposed; nothing "
                    "was reviewed.",
                    claim_id=claim_id,
                    state=review.state,
                )
            if review.proposed_by == who:
                raise InvalidInput(
                    template="{name!r} proposed this verdict and cannot review it; another "
                    "reviewer must (four eyes).",
                    name=who,
                )
        if not wrepo.bump_group_version(s, claim.id, claim.group_id, claim.version):
            raise _changed_since(claim, claim.version)
        new = {"approve": "approved", "return": "returned", "propose": "proposed"}[action]
        gid = claim.group_id
        hist = [Change(claim_id=gid, entity="review", entity_id=gid, action=action, field="review", old=review.state, new=new)]
        if action == "return":
            hist.append(Change(claim_id=gid, entity="review", entity_id=gid, action=action, field="comment", old=None, new=comment))
        _record(desk, s, hist)
        return _reviews_in(s, [_claim_in(s, claim_id)])[gid]


def approve(desk, claim_id: int, *, expected_version: int | None = None) -> Review:
    """Approve the proposed verdict of a claim (its group's), as the acting reviewer.
    ``expected_version``: the claim's version the reviewer saw; refused if it moved on."""
    return _review(desk, claim_id, "approve", "", expected_version)


def return_verdict(
    desk, claim_id: int, comment: str, *, expected_version: int | None = None
) -> Review:
    """Send a proposed verdict back to its proposer with a comment saying why."""
    if not comment.strip():
        raise InvalidInput(template="Say why the verdict is returned (--comment TEXT).")
    return _review(desk, claim_id, "return", comment, expected_version)


def propose_again(desk, claim_id: int, *, expected_version: int | None = None) -> Review:
    """Put a returned verdict up for review again without changing it."""
    return _review(desk, claim_id, "propose", "", expected_version)


# -- assignments and article states ---------------------------------------------------------


@dataclass(frozen=True)
class Assignment:
    article_id: int
    editor: str
    second_editor: str | None
    assigned_by: str
    assigned_at: str
    active_at: float


def _live(s, row: tuple | None, lease: float, now: float) -> Assignment | None:
    """The assignment if its lease holds: an action by an assignee on the article's claims
    (from the history) or in the workflow within the lease time keeps it."""
    if row is None:
        return None
    found = Assignment(*row)
    if now - found.active_at <= lease:
        return found
    names = [n for n in (found.editor, found.second_editor) if n]
    last = _last_activity(s, found.article_id, names)
    if last is not None and now - last <= lease:
        return found
    return None


def _last_activity(s, article_id: int, names: list[str]) -> float | None:
    """When one of ``names`` last changed a claim of the article (seconds since the epoch)."""
    at = wrepo.last_history_at(s, article_id, names)
    try:
        return datetime.fromisoformat(at).timestamp() if at else None
    except ValueError:  # a damaged history row: no activity known
        return None


def assignment(desk, article_id: int) -> Assignment | None:
    """The article's live assignment (None if it is in the pool, or its lease lapsed)."""
    desk.article(article_id)
    with desk.store.read() as s:
        return _live(s, wrepo.get_assignment(s, article_id), lease_seconds(), clock())


def assignments(desk) -> dict[int, Assignment]:
    """Article id → its live assignment."""
    lease, now = lease_seconds(), clock()
    with desk.store.read() as s:
        out = {}
        for aid, row in wrepo.list_assignments(s).items():
            live = _live(s, row, lease, now)
            if live is not None:
                out[aid] = live
        return out


def assign(desk, article_id: int, editor: str, second: str | None = None) -> Assignment:
    """Assign an article (a second editor marks it for blind double rating). An admin
    assigns or moves any article; anyone else may only take a free one for themselves."""
    desk.article(article_id)
    if second is not None and second == editor:
        raise InvalidInput(
            template="The second editor must be someone else than {name!r} (blind double "
            "rating needs two people).",
            name=editor,
        )
    lease, now = lease_seconds(), clock()
    with desk.store.write() as s:
        if not wrepo.list_editors(s):
            raise InvalidInput(
                template="This desk has no editors yet; add them first: factcheck editor "
                "add NAME --role editor|reviewer|admin."
            )
        role = _role(s, desk.annotator)
        for name in (editor, second):
            if name is not None:
                _role(s, name)
        before_row = wrepo.get_assignment(s, article_id)
        live = _live(s, before_row, lease, now)
        if role != "admin":
            if editor != desk.annotator or second is not None:
                raise InvalidInput(
                    template="Only an admin assigns articles to others or for double "
                    "rating; {name!r} may take a free article for themselves.",
                    name=desk.annotator,
                )
            if live is not None and live.editor != desk.annotator:
                raise InvalidInput(
                    template="Article {article_id} is assigned to {holder!r}; only an admin "
                    "moves it (or it returns to the pool after {hours:g} hours without "
                    "activity).",
                    article_id=article_id,
                    holder=live.editor,
                    hours=lease / 3600,
                )
        at = _now()
        old = None
        if live is not None:
            old = live.editor + (f" + {live.second_editor}" if live.second_editor else "")
        new = editor + (f" + {second}" if second else "")
        wrepo.put_assignment(s, article_id, editor, second, desk.annotator, at, now)
        _record(desk, 
            s, [Change(claim_id=None, entity="assignment", entity_id=article_id, action="update", field="assigned_to", old=old, new=new)]
        )
    return Assignment(article_id, editor, second, desk.annotator, at, now)


def _article_state(claims: int, open_claims: int, started: bool, assigned: bool, approved: bool) -> str:
    """The state an article's claims give it (``approved``: every claim's verdict is)."""
    if claims and not open_claims:
        return "done" if approved else "in_review"
    return "in_progress" if started or assigned else "new"


def article_states(desk, article_ids: Iterable[int] | None = None) -> dict[int, str]:
    """Article id → its state: the one an editor set, else the one its claims give —
    new (no verdict and nobody assigned), in_progress (claims without a verdict left, or
    assigned and nothing rated), in_review (every claim has a verdict, some not approved),
    done (every verdict approved)."""
    live = assignments(desk)
    counts = desk.status_counts()
    ids = list(article_ids) if article_ids is not None else desk.article_ids()
    out: dict[int, str] = {}
    with desk.store.read() as s:
        chosen = wrepo.article_states(s)
        judged = []  # articles whose every claim has a verdict: their reviews decide
        for aid in ids:
            per = counts.get(aid, {})
            if aid not in chosen and per and not any(n for st, n in per.items() if st in NOT_VERDICTS):
                judged.append(aid)
        approved: dict[int, bool] = {}
        if judged:
            groups = wrepo.group_ids_of_articles(s, judged)
            replayed = _replay(wrepo.review_events(s, {g for gs in groups.values() for g in gs}))
            for aid in judged:
                approved[aid] = all(
                    replayed.get(g, Review(g, "proposed")).state == "approved"
                    for g in groups.get(aid, [])
                )
    for aid in ids:
        if aid in chosen:
            out[aid] = chosen[aid]
            continue
        per = counts.get(aid, {})
        out[aid] = _article_state(
            sum(per.values()),
            sum(n for st, n in per.items() if st in NOT_VERDICTS),
            any(n for st, n in per.items() if st != desk.default_status_id),
            aid in live,
            approved.get(aid, False),
        )
    return out


def article_states_counted(desk, verdicts: Mapping[int, ArticleVerdicts]) -> dict[int, str]:
    """Every article's state as ``article_states`` gives it, from the per-article counts
    of the dashboard's one statement (``desk_queries.desk_verdicts``) instead
    of a replay of each article's verdicts."""
    live = assignments(desk)
    with desk.store.read() as s:
        chosen = wrepo.article_states(s)
    none = ArticleVerdicts(0, 0, 0, 0)
    out: dict[int, str] = {}
    for aid in desk.article_ids():
        if aid in chosen:
            out[aid] = chosen[aid]
            continue
        v = verdicts.get(aid, none)
        out[aid] = _article_state(v.claims, v.open, v.started > 0, aid in live, v.approved == v.claims)
    return out


def set_article_state(desk, article_id: int, state: str) -> str:
    """Set an article's state (``auto``: follow its claims again); returns the state now."""
    desk.article(article_id)
    if state not in (*ARTICLE_STATES, "auto"):
        raise InvalidInput(
            template="Unknown article state {state!r}; use one of: {known}.",
            state=state,
            known=", ".join((*ARTICLE_STATES, "auto")),
        )
    before = article_states(desk, [article_id])[article_id]
    with desk.store.write() as s:
        if wrepo.list_editors(s):
            _role(s, desk.annotator)
        wrepo.put_article_state(
            s, article_id, None if state == "auto" else state, desk.annotator, _now()
        )
        _record(desk, 
            s, [Change(claim_id=None, entity="article", entity_id=article_id, action="update", field="state", old=before, new=state)]
        )
    return article_states(desk, [article_id])[article_id]


# -- blind double rating --------------------------------------------------------------------


HIDDEN = "(hidden until both have rated)"


def rate(desk, claim_id: int, status_id: str, *, expected_version: int | None = None) -> str:
    """Record the acting editor's own rating of a claim (one per editor and claim; rating
    again replaces it). Only an editor the claim's article is assigned to rates it.
    ``expected_version``: the claim's version as shown; refused if it changed since."""
    status_id = desk.status(status_id).id
    _put_rating(desk, claim_id, status_id, expected_version)
    return status_id


def restore_rating(
    desk,
    claim_id: int,
    status_id: str | None,
    *,
    current: str | None,
    expected_version: int | None = None,
) -> str | None:
    """Put the acting editor's rating of a claim back to ``status_id`` (None: no rating),
    the window's undo of a rating. ``current`` is the rating it undoes: if the rating is
    not that any more (changed elsewhere since), nothing is changed."""
    if status_id is not None:
        status_id = desk.status(status_id).id
    _put_rating(desk, claim_id, status_id, expected_version, current=current)
    return status_id


_ANY = object()  # no expectation about the rating being replaced


def _put_rating(desk, claim_id, status_id, expected_version, current=_ANY) -> None:
    who = desk.annotator
    lease, now = lease_seconds(), clock()
    with desk.store.write() as s:
        claim = _claim_in(s, claim_id)
        _check_version(s, claim, expected_version)
        if not wrepo.list_editors(s):
            raise _unknown_editor(who)
        _role(s, who)
        live = _live(s, wrepo.get_assignment(s, claim.article_id), lease, now)
        if live is None or who not in (live.editor, live.second_editor):
            raise InvalidInput(
                template="Claim {claim_id} is in article {article_id}, which is not assigned "
                "to {name!r}; only its assigned editors rate it.",
                claim_id=claim_id,
                article_id=claim.article_id,
                name=who,
            )
        old = wrepo.rating_of(s, claim_id, who)
        if current is not _ANY and old != current:
            raise ConflictError(
                template="Your rating of claim {claim_id} was changed elsewhere since; it "
                "was left as it is.",
                claim_id=claim_id,
            )
        if old == status_id:
            return
        if status_id is None:
            wrepo.delete_rating(s, claim_id, who)
        else:
            wrepo.put_rating(s, claim_id, who, status_id, _now())
        wrepo.touch_assignment(s, claim.article_id, now)
        action = "update" if status_id is not None else "delete"
        _record(desk, 
            s, [Change(claim_id=claim_id, entity="rating", entity_id=who, action=action, field="status_id", old=old, new=status_id)]
        )


def _raters(s, claim_ids: Iterable[int], lease: float, now: float) -> dict[int, set[str]]:
    """Claim id → the editors assigned to rate it (its article's live assignment)."""
    articles = wrepo.claim_articles(s, claim_ids)
    rows = wrepo.list_assignments(s)
    out: dict[int, set[str]] = {}
    for cid, aid in articles.items():
        live = _live(s, rows.get(aid), lease, now)
        out[cid] = {n for n in (live.editor, live.second_editor) if n} if live else set()
    return out


def visible_ratings(
    desk, viewer: str, claim_ids: Iterable[int] | None = None
) -> list[tuple[int, str, str | None, str]]:
    """(claim_id, editor, status_id, rated_at) of ratings, with the status of another
    editor's rating None while the viewer is an assigned rater of that claim who has not
    rated it yet, or while a rater of it has not rated (blind until both have rated)."""
    lease, now = lease_seconds(), clock()
    with desk.store.read() as s:
        rows = wrepo.list_ratings(s, None if claim_ids is None else list(claim_ids))
        raters = _raters(s, {r[0] for r in rows}, lease, now)
    by_claim: dict[int, set[str]] = {}
    for cid, editor, _st, _at in rows:
        by_claim.setdefault(cid, set()).add(editor)
    out = []
    for cid, editor, status_id, at in rows:
        out.append((cid, editor, status_id if _may_see(viewer, editor, raters.get(cid, set()),
                                                        by_claim[cid]) else None, at))  # fmt: skip
    return out


def _may_see(viewer: str, rater: str, assigned: set[str], rated: set[str]) -> bool:
    """A rating is shown to its own rater; to anyone else once every assigned rater of the
    claim has rated it (at least two); never before."""
    if viewer == rater:
        return True
    return len(rated) >= 2 and assigned <= rated


def mask_history(desk, viewer: str, entries: Iterable) -> Iterable:
    """The history as ``viewer`` may see it: the old and new value of another editor's
    rating are replaced by ``HIDDEN`` while that claim's rating is still blind."""
    lease, now = lease_seconds(), clock()
    cache: dict[int, tuple[set[str], set[str]]] = {}
    for entry in entries:
        if entry.entity != "rating" or entry.entity_id == viewer:
            yield entry
            continue
        if entry.claim_id not in cache:
            with desk.store.read() as s:
                assigned = _raters(s, [entry.claim_id], lease, now).get(entry.claim_id, set())
                rated = {r[1] for r in wrepo.list_ratings(s, [entry.claim_id])}
            cache[entry.claim_id] = (assigned, rated)
        assigned, rated = cache[entry.claim_id]
        if _may_see(viewer, entry.entity_id, assigned, rated):
            yield entry
        else:
            yield replace(
                entry,
                old=None if entry.old is None else HIDDEN,
                new=None if entry.new is None else HIDDEN,
            )


@dataclass(frozen=True)
class PairAgreement:
    a: str
    b: str
    n: int
    kappa: float | None
    percent: float | None


@dataclass(frozen=True)
class AgreementReport:
    n: int  # claims rated by two or more editors
    alpha_nominal: float | None
    alpha_ordinal: float | None
    pairs: list[PairAgreement]


def agreement(desk) -> AgreementReport:
    """Agreement over the claims rated by two or more editors. Ordinal alpha uses the
    verdicts that have a rating value (true … false), in that order; the others
    (unverifiable, satire, …) count in nominal alpha only."""
    with desk.store.read() as s:
        rows = wrepo.list_ratings(s)
    by_claim: dict[int, dict[str, str]] = {}
    for cid, editor, status_id, _at in rows:
        by_claim.setdefault(cid, {})[editor] = status_id
    shared = {cid: r for cid, r in by_claim.items() if len(r) >= 2}
    if not shared:
        raise InvalidInput(
            template="No claim has been rated by two editors yet; agreement needs shared "
            "claims (factcheck rate CLAIM_ID --status S, by both assigned editors)."
        )
    order = [
        st.id for st in sorted(
            (st for st in desk.statuses() if st.rating is not None), key=lambda st: -st.rating
        )
    ]  # fmt: skip
    units = [list(r.values()) for r in shared.values()]
    editors_seen = sorted({e for r in shared.values() for e in r})
    pairs = []
    for a, b in combinations(editors_seen, 2):
        both = [(r[a], r[b]) for r in shared.values() if a in r and b in r]
        if both:
            pairs.append(
                PairAgreement(a, b, len(both), cohen_kappa(both), percent_agreement(both))
            )
    return AgreementReport(
        len(shared), krippendorff_alpha(units), krippendorff_alpha(units, order=order), pairs
    )


# -- comments and public justifications -----------------------------------------------------


@dataclass(frozen=True)
class Comment:
    id: int
    claim_id: int
    author: str
    at: str
    text: str
    resolved_by: str | None
    resolved_at: str | None


def add_comment(
    desk,
    claim_id: int,
    text: str,
    *,
    expected_version: int | None = None,
    again: Comment | None = None,
) -> Comment:
    """Add to a claim's discussion thread (internal: never exported as the verdict).
    ``again``: put back a comment its author withdrew (the window's redo), with its id
    and time."""
    if not text.strip():
        raise InvalidInput(template="A comment needs some text.")
    at = again.at if again is not None else _now()
    with desk.store.write() as s:
        claim = _claim_in(s, claim_id)
        _check_version(s, claim, expected_version)
        if wrepo.list_editors(s):
            _role(s, desk.annotator)
        cid = wrepo.insert_comment(
            s, claim_id, desk.annotator, at, text, again.id if again is not None else None
        )
        _record(desk, 
            s, [Change(claim_id=claim_id, entity="comment", entity_id=cid, action="create", field="text", old=None, new=text)]
        )
    return Comment(cid, claim_id, desk.annotator, at, text, None, None)


def _comment_in(s, comment_id: int) -> Comment:
    row = wrepo.get_comment(s, comment_id)
    if row is None:
        raise NotFound(template="There is no comment {comment_id}.", comment_id=comment_id)
    return Comment(*row)


def withdraw_comment(desk, comment_id: int, *, expected_version: int | None = None) -> Comment:
    """Take a comment back out of its thread (the window's undo of adding it): only its
    author, and only while nobody resolved it. The thread loses it; the history keeps
    both the comment and its withdrawal."""
    with desk.store.write() as s:
        comment = _comment_in(s, comment_id)
        _check_version(s, _claim_in(s, comment.claim_id), expected_version)
        if comment.author != desk.annotator:
            raise InvalidInput(
                template="Comment {comment_id} was written by {name!r}; only its author "
                "takes it back.",
                comment_id=comment_id,
                name=comment.author,
            )
        if comment.resolved_by is not None:
            raise ConflictError(
                template="Comment {comment_id} was resolved by {name!r} meanwhile; it was "
                "left in the thread.",
                comment_id=comment_id,
                name=comment.resolved_by,
            )
        wrepo.delete_comment(s, comment_id)
        _record(desk, 
            s, [Change(claim_id=comment.claim_id, entity="comment", entity_id=comment_id, action="delete", field="text", old=comment.text, new=None)]
        )
    return comment


def resolve_comment(desk, comment_id: int, *, expected_version: int | None = None) -> Comment:
    at = _now()
    with desk.store.write() as s:
        comment = _comment_in(s, comment_id)
        _check_version(s, _claim_in(s, comment.claim_id), expected_version)
        if comment.resolved_by is not None:
            raise InvalidInput(
                template="Comment {comment_id} was already resolved by {name!r}.",
                comment_id=comment_id,
                name=comment.resolved_by,
            )
        if wrepo.list_editors(s):
            _role(s, desk.annotator)
        wrepo.resolve_comment(s, comment_id, desk.annotator, at)
        _record(desk, 
            s,
            [Change(claim_id=comment.claim_id, entity="comment", entity_id=comment_id, action="update", field="resolved", old=None, new=desk.annotator)],
        )
    return replace(comment, resolved_by=desk.annotator, resolved_at=at)


def unresolve_comment(desk, comment_id: int, *, expected_version: int | None = None) -> Comment:
    """Take back one's own resolution of a comment (the window's undo of resolving it)."""
    with desk.store.write() as s:
        comment = _comment_in(s, comment_id)
        _check_version(s, _claim_in(s, comment.claim_id), expected_version)
        if comment.resolved_by != desk.annotator:
            raise ConflictError(
                template="Comment {comment_id} is not resolved by {name!r} any more; it was "
                "left as it is.",
                comment_id=comment_id,
                name=desk.annotator,
            )
        wrepo.resolve_comment(s, comment_id, None, None)
        _record(desk, 
            s,
            [Change(claim_id=comment.claim_id, entity="comment", entity_id=comment_id, action="update", field="resolved", old=desk.annotator, new=None)],
        )
    return replace(comment, resolved_by=None, resolved_at=None)


def comments(desk, claim_ids: Iterable[int]) -> list[Comment]:
    with desk.store.read() as s:
        return [Comment(*row) for row in wrepo.list_comments(s, claim_ids)]


def justifications(desk, group_ids: Iterable[int]) -> dict[int, str]:
    """Group id → the public justification of its verdict."""
    with desk.store.read() as s:
        return wrepo.justifications(s, group_ids)


def set_justification(
    desk, claim_id: int, text: str, *, expected_version: int | None = None
) -> str:
    """Set the public justification of a claim's verdict (its group's): what readers are
    told. It is part of the verdict: an approved verdict whose justification changes is
    proposed again."""
    at = _now()
    with desk.store.write() as s:
        claim = _claim_in(s, claim_id)
        _check_version(s, claim, expected_version)
        if wrepo.list_editors(s):
            _role(s, desk.annotator)
        gid = claim.group_id
        old = wrepo.justifications(s, [gid]).get(gid, "")
        if old == text:
            return text
        refuse_if_frozen(s, gid, claim_id)
        if not wrepo.bump_group_version(s, claim.id, gid, claim.version):
            raise changed_elsewhere(claim, s)
        wrepo.put_justification(s, gid, text, desk.annotator, at)
        _record(desk, 
            s, [Change(claim_id=gid, entity="review", entity_id=gid, action="justify", field="justification", old=old, new=text)]
        )
    return text
