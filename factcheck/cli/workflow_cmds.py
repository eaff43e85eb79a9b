"""CLI commands of the desk workflow, registered by ``factcheck.cli.main.build_parser``:

* ``factcheck editors [--json]``, ``factcheck editor add NAME --role editor|reviewer|admin``,
  ``factcheck grants [--apply]``
* ``factcheck review approve CLAIM_ID [--claim-version N]``,
  ``factcheck review return CLAIM_ID --comment TEXT [--claim-version N]``,
  ``factcheck review propose CLAIM_ID``, ``factcheck review queue [--json]``,
  ``factcheck review reopen CLAIM_ID --reason TEXT``
* ``factcheck rate CLAIM_ID --status S``, ``factcheck ratings [CLAIM_ID] [--json]``
* ``factcheck agreement [--json]``
* ``factcheck assign ARTICLE_ID --to NAME [--second NAME]``,
  ``factcheck article-state ARTICLE_ID new|in_progress|in_review|done|auto``
* ``factcheck comment add CLAIM_ID TEXT``, ``factcheck comment resolve COMMENT_ID``,
  ``factcheck comments CLAIM_ID [--json]``
* ``factcheck justify CLAIM_ID TEXT [--claim-version N]``

Who acts is ``--as NAME`` (a global option) or ``FACTCHECK_EDITOR``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict

from factcheck import workflow
from factcheck.cli.terminal import emit_json, emit_json_list, one_line, record_id, safe


def _rows(rows: list[tuple], headers: tuple[str, ...]) -> None:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(safe(c))) for w, c in zip(widths, row)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    for row in rows:
        print("  ".join(safe(c).ljust(w) for c, w in zip(row, widths)).rstrip())


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


# -- hooks used by the existing listings ----------------------------------------------------


def review_fields(review: workflow.Review | None) -> dict:
    """``claims --json``'s review fields of a claim whose group has ``review``."""
    if review is None:
        review = workflow.Review(0, "none")
    return {
        "review": review.state,
        "proposed_by": review.proposed_by,
        "reviewed_by": review.reviewed_by,
        "review_comment": review.comment,
    }


def with_review(
    desk, batches: Iterable[list], claim_json: Callable
) -> tuple[Iterator[list], Callable]:
    """The claim batches, and a ``claim_json`` that adds each claim's review fields (read
    for one batch at a time, as the batch passes)."""
    current: dict[int, workflow.Review] = {}

    def noted() -> Iterator[list]:
        for batch in batches:
            current.clear()
            current.update(workflow.reviews(desk, batch))
            yield batch

    def as_json(claim) -> dict:
        data = claim_json(claim)
        data.update(review_fields(current.get(claim.group_id)))
        return data

    return noted(), as_json


def article_fields(desk) -> Callable[[int], dict]:
    """``articles --json``'s workflow fields, by article id."""
    live = workflow.assignments(desk)
    states = workflow.article_states(desk)

    def fields(article_id: int) -> dict:
        found = live.get(article_id)
        return {
            "assigned_to": found.editor if found else None,
            "second_editor": found.second_editor if found else None,
            "state": states.get(article_id, "new"),
        }

    return fields


def check_acting(desk, named: str | None) -> None:
    """Refuse a named acting editor (``--as`` / ``FACTCHECK_EDITOR``) the desk does not
    know, once it has a list of editors."""
    if named is not None:
        workflow.check_editor(desk, named)


# -- commands -------------------------------------------------------------------------------


def cmd_editors(desk, args) -> int:
    found = workflow.editors(desk)
    if args.json:
        emit_json([asdict(e) for e in found])
        return 0
    if not found:
        print("no editors yet (factcheck editor add NAME --role editor|reviewer|admin)")
        return 0
    _rows([(e.name, e.role, e.added_by, e.added_at) for e in found],
          ("name", "role", "added_by", "added_at"))  # fmt: skip
    return 0


def cmd_editor_add(desk, args) -> int:
    notes: list[str] = []
    editor = workflow.add_editor(desk, args.name, args.role, notes)
    print(safe(f"editor {editor.name} added as {editor.role}"))
    for note in notes:
        print(safe(note))
    return 0


def cmd_grants(desk, args) -> int:
    """Print (or with --apply run) the SQL that makes PostgreSQL enforce the roles."""
    statements = workflow.database_grants(desk, apply=args.apply)
    if args.apply:
        print(f"applied {sum(not s.startswith('--') for s in statements)} statements")
        for line in statements:
            if line.startswith("--"):
                print(safe(line))
        return 0
    for line in statements:
        print(safe(line if line.startswith("--") else line + ";"))
    return 0


def _review_line(claim_id: int, review: workflow.Review) -> str:
    line = f"claim {claim_id}: verdict {review.state}"
    if review.reviewed_by:
        line += f" by {review.reviewed_by}"
    if review.proposed_by:
        line += f" (proposed by {review.proposed_by})"
    return safe(line)


def cmd_review_approve(desk, args) -> int:
    review = workflow.approve(desk, args.claim_id, expected_version=args.version)
    print(_review_line(args.claim_id, review))
    return 0


def cmd_review_return(desk, args) -> int:
    review = workflow.return_verdict(
        desk, args.claim_id, args.comment, expected_version=args.version
    )
    print(_review_line(args.claim_id, review))
    return 0


def cmd_review_propose(desk, args) -> int:
    review = workflow.propose_again(desk, args.claim_id, expected_version=args.version)
    print(_review_line(args.claim_id, review))
    return 0


def cmd_review_reopen(desk, args) -> int:
    workflow.reopen(desk, args.claim_id, args.reason)
    print(f"claim {args.claim_id}: published verdict reopened (it can be changed again)")
    return 0


def cmd_review_queue(desk, args) -> int:
    """Claims whose verdict waits for a review the acting editor may give (proposed by
    someone else), oldest proposal first."""
    me = desk.annotator
    waiting = []
    for batch in desk.iter_claims(None):
        found = workflow.reviews(desk, batch)
        for claim in batch:
            review = found[claim.group_id]
            if (
                claim.id == claim.group_id
                and review.state == "proposed"
                and review.proposed_by != me
            ):
                waiting.append((claim, review))
    waiting.sort(key=lambda cr: (cr[1].proposed_at or "", cr[0].id))
    if args.json:
        emit_json_list(
            {
                "claim_id": c.id,
                "article_id": c.article_id,
                "status": c.status_id,
                "version": c.version,
                "proposed_by": r.proposed_by,
                "proposed_at": r.proposed_at,
                "text": c.quote,
            }
            for c, r in waiting
        )
        return 0
    _rows(
        [(c.id, c.article_id, c.status_id, c.version, r.proposed_by or "", r.proposed_at or "",
          one_line(c.quote, 60)) for c, r in waiting],
        ("claim", "article", "status", "version", "proposed_by", "proposed_at", "text"),
    )  # fmt: skip
    return 0


def cmd_rate(desk, args) -> int:
    status = workflow.rate(desk, args.claim_id, args.status)
    print(safe(f"claim {args.claim_id}: rated {status} by {desk.annotator}"))
    return 0


def cmd_ratings(desk, args) -> int:
    if args.claim_id is not None:
        desk.claim(args.claim_id)
    claim_ids = None if args.claim_id is None else [args.claim_id]
    rows = workflow.visible_ratings(desk, desk.annotator, claim_ids)
    if args.json:
        emit_json(
            [
                {"claim_id": c, "editor": e, "status": s, "hidden": s is None, "rated_at": at}
                for c, e, s, at in rows
            ]
        )
        return 0
    _rows(
        [(c, e, workflow.HIDDEN if s is None else s, at) for c, e, s, at in rows],
        ("claim", "editor", "status", "rated_at"),
    )
    return 0


def cmd_agreement(desk, args) -> int:
    report = workflow.agreement(desk)
    if args.json:
        emit_json(
            {
                "overall": {
                    "n": report.n,
                    "alpha_nominal": report.alpha_nominal,
                    "alpha_ordinal": report.alpha_ordinal,
                },
                "pairs": [
                    {"a": p.a, "b": p.b, "n": p.n, "kappa": p.kappa, "percent": p.percent}
                    for p in report.pairs
                ],
            }
        )
        return 0
    print(
        f"{report.n} claim(s) rated by two or more editors: Krippendorff's alpha nominal "
        f"{_num(report.alpha_nominal)}, ordinal {_num(report.alpha_ordinal)}"
    )
    _rows(
        [(p.a, p.b, p.n, _num(p.kappa), "n/a" if p.percent is None else f"{p.percent:.0%}")
         for p in report.pairs],
        ("editor_a", "editor_b", "shared", "kappa", "agreement"),
    )  # fmt: skip
    return 0


def cmd_assign(desk, args) -> int:
    found = workflow.assign(desk, args.article_id, args.to, args.second)
    line = f"article {found.article_id} assigned to {found.editor}"
    if found.second_editor:
        line += f" and {found.second_editor} (blind double rating)"
    print(safe(line))
    return 0


def cmd_article_state(desk, args) -> int:
    state = workflow.set_article_state(desk, args.article_id, args.state)
    print(f"article {args.article_id}: {state}")
    return 0


def cmd_comment_add(desk, args) -> int:
    comment = workflow.add_comment(desk, args.claim_id, args.text)
    print(f"comment {comment.id} added to claim {comment.claim_id}")
    return 0


def cmd_comment_resolve(desk, args) -> int:
    comment = workflow.resolve_comment(desk, args.comment_id)
    print(safe(f"comment {comment.id} resolved by {comment.resolved_by}"))
    return 0


def cmd_comments(desk, args) -> int:
    desk.claim(args.claim_id)
    found = workflow.comments(desk, [args.claim_id])
    if args.json:
        emit_json([asdict(c) for c in found])
        return 0
    _rows(
        [(c.id, c.at, c.author, "resolved" if c.resolved_by else "open", one_line(c.text, 70))
         for c in found],
        ("id", "at", "author", "state", "text"),
    )  # fmt: skip
    return 0


def cmd_justify(desk, args) -> int:
    workflow.set_justification(desk, args.claim_id, args.text, expected_version=args.version)
    print(f"claim {args.claim_id}: public justification set")
    return 0


# -- parser ---------------------------------------------------------------------------------


def _version(p) -> None:
    p.add_argument(
        "--claim-version",
        dest="version",
        type=record_id,
        metavar="N",
        help="the claim version you saw (claims --json); refused if it changed since",
    )


def add_commands(sub) -> None:
    """Register the workflow commands on the top-level subparsers."""
    p = sub.add_parser("editors", help="list the desk's editors and their roles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_editors)

    editor = sub.add_parser("editor", help="manage editors (admins)")
    esub = editor.add_subparsers(dest="editor_command", required=True, metavar="ACTION")
    p = esub.add_parser("add", help="add an editor with a role")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=workflow.ROLES)
    p.set_defaults(func=cmd_editor_add)

    p = sub.add_parser(
        "grants", help="PostgreSQL: the SQL making the server enforce the roles (--apply runs it)"
    )
    p.add_argument("--apply", action="store_true", help="run it (as the desk's owner)")
    p.set_defaults(func=cmd_grants)

    review = sub.add_parser("review", help="approve or return proposed verdicts (four eyes)")
    rsub = review.add_subparsers(dest="review_command", required=True, metavar="ACTION")
    p = rsub.add_parser("approve", help="approve a verdict someone else proposed")
    p.add_argument("claim_id", type=record_id, metavar="CLAIM_ID")
    _version(p)
    p.set_defaults(func=cmd_review_approve)
    p = rsub.add_parser("return", help="send a verdict back to its proposer")
    p.add_argument("claim_id", type=record_id, metavar="CLAIM_ID")
    p.add_argument("--comment", required=True, metavar="TEXT")
    _version(p)
    p.set_defaults(func=cmd_review_return)
    p = rsub.add_parser("propose", help="propose a returned verdict again, unchanged")
    p.add_argument("claim_id", type=record_id, metavar="CLAIM_ID")
    _version(p)
    p.set_defaults(func=cmd_review_propose)
    p = rsub.add_parser("reopen", help="unfreeze a published verdict (with a reason)")
    p.add_argument("claim_id", type=record_id, metavar="CLAIM_ID")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(func=cmd_review_reopen)
    p = rsub.add_parser("queue", help="verdicts waiting for your review")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_review_queue)

    p = sub.add_parser("rate", help="record your own blind rating of a claim")
    p.add_argument("claim_id", type=record_id, metavar="CLAIM_ID")
    p.add_argument("--status", required=True, metavar="ID")
    p.set_defaults(func=cmd_rate)
    p = sub.add_parser("ratings", help="list ratings (others' hidden until both have rated)")
    p.add_argument("claim_id", type=record_id, nargs="?", metavar="CLAIM_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ratings)
    p = sub.add_parser("agreement", help="agreement between editors' ratings")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_agreement)

    p = sub.add_parser("assign", help="assign an article (a second name: double rating)")
    p.add_argument("article_id", type=record_id, metavar="ARTICLE_ID")
    p.add_argument("--to", required=True, metavar="NAME")
    p.add_argument("--second", metavar="NAME")
    p.set_defaults(func=cmd_assign)
    p = sub.add_parser("article-state", help="set an article's state (auto: from its claims)")
    p.add_argument("article_id", type=record_id, metavar="ARTICLE_ID")
    p.add_argument("state", choices=(*workflow.ARTICLE_STATES, "auto"))
    p.set_defaults(func=cmd_article_state)

    comment = sub.add_parser("comment", help="the desk's discussion of a claim")
    csub = comment.add_subparsers(dest="comment_command", required=True, metavar="ACTION")
    p = csub.add_parser("add", help="add a comment to a claim")
    p.add_argument("claim_id", type=record_id, metavar="CLAIM_ID")
    p.add_argument("text", metavar="TEXT")
    p.set_defaults(func=cmd_comment_add)
    p = csub.add_parser("resolve", help="mark a comment resolved")
    p.add_argument("comment_id", type=record_id, metavar="COMMENT_ID")
    p.set_defaults(func=cmd_comment_resolve)
    p = sub.add_parser("comments", help="a claim's comment thread")
    p.add_argument("claim_id", type=record_id, metavar="CLAIM_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_comments)

    p = sub.add_parser("justify", help="set the public justification of a claim's verdict")
    p.add_argument("claim_id", type=record_id, metavar="CLAIM_ID")
    p.add_argument("text", metavar="TEXT")
    _version(p)
    p.set_defaults(func=cmd_justify)


def seen_history(desk, entries: Iterable) -> Iterable:
    """The history as the acting editor may see it (blind ratings hidden)."""
    return workflow.mask_history(desk, desk.annotator, entries)
