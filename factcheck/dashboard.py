"""The desk's numbers (``factcheck report --json`` and the window's dashboard) and the
all-claims queue's pages. No Qt; the SQL is in ``factcheck.store.desk_queries``.

A *verdict* here is a claim group (a claim and its linked appearances share one verdict),
counted once. Verdicts by editor and per week count the groups that hold a verdict (a
status other than unverified / in progress), by who proposed it and the ISO week it was
proposed in. The review queue is the verdicts proposed and not yet approved or returned.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime

from factcheck import workflow
from factcheck.model import InvalidInput
from factcheck.store import desk_queries as dq
from factcheck.store.desk_queries import QUEUE_FIELDS, SORTABLE, QueueFilter

__all__ = [
    "QUEUE_FIELDS",
    "SORTABLE",
    "DeskNumbers",
    "QueueFilter",
    "desk_numbers",
    "queue_editors",
    "queue_page",
]  # fmt: skip

# Ages of the verdicts waiting for review, in days: [0, 1), [1, 3), [3, 7), 7 and more.
AGE_BUCKETS = (("under_1_day", 1.0), ("1_to_3_days", 3.0), ("3_to_7_days", 7.0),
               ("over_7_days", float("inf")))  # fmt: skip


@dataclass
class DeskNumbers:
    verdicts_by_status: dict[str, int]  # every status of the scale, in its order
    review_states: dict[str, int]  # none, proposed, approved, returned
    verdicts_by_editor: dict[str, int]
    verdicts_per_week: dict[str, int]  # "2026-W49" → n, in week order
    articles_by_state: dict[str, int]  # new, in_progress, in_review, done
    review_queue: dict = field(default_factory=dict)  # waiting, oldest_days, by_age
    agreement: dict | None = None  # n, alpha_nominal, alpha_ordinal; None: no shared claims

    def as_json(self) -> dict:
        return asdict(self)


def _iso_week(at: str | None) -> str | None:
    try:
        year, week, _ = datetime.fromisoformat(at).isocalendar()
    except (TypeError, ValueError):  # no time, or a damaged history row
        return None
    return f"{year}-W{week:02d}"


def desk_numbers(desk, now: datetime | None = None) -> DeskNumbers:
    """The dashboard's numbers: verdicts, reviews and articles' claims counted by the
    database in one snapshot, from each verdict's last review-deciding rows (agreement,
    assignments and the states editors set from their own reads)."""
    now = now or datetime.now().astimezone()
    with desk.store.read() as s:
        by_group_status = dq.primary_status_counts(s)
        verdict_groups = sum(n for st, n in by_group_status.items() if st not in workflow.NOT_VERDICTS)
        counted, waiting, per_article = dq.desk_verdicts(
            s, desk.default_status_id, verdict_groups, now, [limit for _, limit in AGE_BUCKETS]
        )
    by_status = {st.id: 0 for st in desk.statuses()}
    for status, n in by_group_status.items():
        by_status[status] = by_status.get(status, 0) + n
    states = dict.fromkeys(workflow.REVIEW_STATES, 0)
    states["none"] = sum(n for st, n in by_group_status.items() if st in workflow.NOT_VERDICTS)
    by_editor: Counter = Counter()
    per_week: Counter = Counter()
    for c in counted:
        states[c.review] = states.get(c.review, 0) + c.count
        by_editor[c.proposer or ""] += c.count
        week = _iso_week(c.day)
        if week:
            per_week[week] += c.count
    by_age = dict.fromkeys((name for name, _ in AGE_BUCKETS), 0)
    limits = [limit for _, limit in AGE_BUCKETS]
    names = list(by_age)
    oldest = None
    for age, n in waiting:
        by_age[names[bisect_right(limits, age)]] += n
        oldest = age if oldest is None else max(oldest, age)
    articles = dict.fromkeys(workflow.ARTICLE_STATES, 0)
    for state in workflow.article_states_counted(desk, per_article).values():
        articles[state] = articles.get(state, 0) + 1
    try:
        found = workflow.agreement(desk)
        agreement = {"n": found.n, "alpha_nominal": found.alpha_nominal,
                     "alpha_ordinal": found.alpha_ordinal}  # fmt: skip
    except InvalidInput:  # no claim rated by two editors yet
        agreement = None
    return DeskNumbers(
        verdicts_by_status=by_status,
        review_states=states,
        verdicts_by_editor=dict(sorted(by_editor.items(), key=lambda kv: (-kv[1], kv[0]))),
        verdicts_per_week=dict(sorted(per_week.items())),
        articles_by_state=articles,
        review_queue={
            "waiting": sum(n for _, n in waiting),
            "oldest_days": round(oldest, 2) if oldest is not None else None,
            "by_age": by_age,
        },
        agreement=agreement,
    )


def _check_review(where: QueueFilter) -> None:
    if where.review and where.review not in workflow.REVIEW_STATES:
        raise InvalidInput(
            template="Unknown review state {state!r}; use one of: {known}.",
            state=where.review,
            known=", ".join(workflow.REVIEW_STATES),
        )


def queue_page(
    desk,
    where: QueueFilter,
    *,
    sort: str = "id",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[tuple]:
    """One page of every claim of the desk (``QUEUE_FIELDS`` per row), filtered and sorted
    by the database."""
    _check_review(where)
    with desk.store.read() as s:
        return dq.claim_queue(
            s, where, sort=sort, descending=descending, offset=offset, limit=limit
        )


def queue_order(
    desk, where: QueueFilter, *, sort: str = "id", descending: bool = False
) -> list[int]:
    """The ids of every claim ``queue_page`` lists for ``where``, in its order (the
    window reads them once, then each further page by its ids: ``queue_rows``)."""
    _check_review(where)
    with desk.store.read() as s:
        return dq.claim_queue_order(s, where, sort=sort, descending=descending)


def queue_rows(desk, ids: Sequence[int]) -> list[tuple]:
    """``queue_page``'s rows of the claims ``ids``, in that order (deleted ones left out)."""
    with desk.store.read() as s:
        return dq.claim_queue_rows(s, ids)


def queue_editors(desk) -> list[str]:
    """Names to filter the queue by: the desk's editors and everyone in the history."""
    with desk.store.read() as s:
        names = set(dq.queue_editors(s))
    names.update(e.name for e in workflow.editors(desk))
    return sorted(names)
