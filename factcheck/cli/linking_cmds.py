"""CLI commands for claim linking, search and the JSON-LD/research exports.

Registered by ``factcheck.cli.main.build_parser``:

* ``factcheck claim link CLAIM_ID --to CLAIM_ID [--stance agree|disagree|discuss|unrelated]
  [--keep this|other]``
* ``factcheck claim unlink CLAIM_ID``
* ``factcheck suggest CLAIM_ID [--limit N] [--json]``
* ``factcheck search QUERY [--limit N] [--json]``
* ``factcheck export {claimreview,annotations,research} OUT [--article ID] [--force]``
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator

from factcheck.cli.terminal import (
    claim_json,
    emit_json,
    one_line,
    positive_count,
    record_id,
    safe,
)
from factcheck.desk.links import KEEP_CHOICES, LinkDisagreement
from factcheck.desk.suggest import SUGGESTIONS_SHOWN
from factcheck.model import LINK_STANCES


def appearance_json(claim) -> dict:
    return {
        "claim_id": claim.id,
        "article_id": claim.article_id,
        "start": claim.start,
        "end": claim.end,
        "stance": claim.stance,
    }


def claims_json(desk, claims, claim_json: Callable) -> list[dict]:
    """``claims --json``: each claim with ``linked_to`` and its group's ``appearances``."""
    return list(iter_claims_json(desk, [claims], claim_json))


def iter_claims_json(desk, batches: Iterable[list], claim_json: Callable) -> Iterator[dict]:
    """``claims_json`` of batches of claims, each batch's groups read with it."""
    for claims in batches:
        by_group = desk.group_appearances({c.group_id for c in claims})
        for claim in claims:
            data = claim_json(claim)
            data["linked_to"] = claim.linked_to
            data["appearances"] = [
                appearance_json(c) for c in by_group.get(claim.group_id, [claim])
            ]
            yield data


# -- commands -------------------------------------------------------------------------------


def _disagreement_line(found) -> str:
    """Why a link was refused, and the two ways on, in one line."""
    what = [
        name
        for name, flag in (
            ("different verdicts", found.verdicts_differ),
            ("both have notes", found.both_notes),
            ("both have sources", found.both_sources),
        )
        if flag
    ]
    return (
        f"claim {found.claim_id} ({found.this_status}) and claim {found.other_id} "
        f"({found.other_status}) disagree: {', '.join(what)}; nothing was linked. Add "
        f"--keep this (claim {found.claim_id}'s verdict, {found.this_status}) or --keep other "
        f"(claim {found.other_id}'s, {found.other_status}); notes and sources are merged "
        "either way"
    )


def cmd_claim_link(desk, args) -> int:
    try:
        claim = desk.link_claim(args.claim_id, args.to, args.stance, keep=args.keep)
    except LinkDisagreement as exc:
        print(f"factcheck: error: {safe(_disagreement_line(exc.disagreement))}", file=sys.stderr)
        return 1
    if args.json:
        emit_json(claims_json(desk, [claim], claim_json)[0])
    else:
        n = len(desk.appearances(claim.id))
        print(
            f"claim {claim.id} linked to claim {claim.linked_to} ({safe(claim.stance)}); "
            f"the claim now has {n} appearance(s), status {safe(claim.status_id)}"
        )
    return 0


def cmd_claim_unlink(desk, args) -> int:
    claim = desk.unlink_claim(args.claim_id)
    if args.json:
        emit_json(claims_json(desk, [claim], claim_json)[0])
    else:
        print(f"claim {claim.id} unlinked; its own status is {safe(claim.status_id)}")
    return 0


def suggestion_json(claim, score: float) -> dict:
    return {
        "claim_id": claim.id,
        "article_id": claim.article_id,
        "score": score,
        "status": claim.status_id,
        "quote": claim.quote,
    }


def cmd_suggest(desk, args) -> int:
    suggestions = desk.suggest_for_claim(args.claim_id, limit=args.limit)
    if args.json:
        emit_json([suggestion_json(c, score) for c, score in suggestions])
        return 0
    for claim, score in suggestions:
        print(
            f"claim {claim.id}  article {claim.article_id}  {round(score * 100)}%  "
            f"{safe(claim.status_id)}  {one_line(claim.quote, 100)}"
        )
    print(f"{len(suggestions)} suggestion(s)", file=sys.stderr)
    return 0


def hit_json(hit) -> dict:
    return {
        "kind": hit.kind,
        "article_id": hit.article_id,
        "article_title": hit.article_title,
        "sentence": hit.sentence,
        "start": hit.start,
        "end": hit.end,
        "snippet": hit.snippet,
        "claim_id": hit.claim_id,
        "matches": [list(m) for m in hit.matches],
    }


def cmd_search(desk, args) -> int:
    hits = desk.search(args.query, limit=args.limit)
    if args.json:
        emit_json([hit_json(h) for h in hits])
        return 0
    for h in hits:
        where = f"[{h.article_id}:{h.sentence}] {h.start}:{h.end}"
        if h.kind == "note":
            where += f" (note of claim {h.claim_id})"
        elif h.claim_id is not None:
            where += f" (claim {h.claim_id})"
        print(f"{where}  {one_line(h.snippet, 100)}")
    more = " (the limit: there may be more, see --limit)" if len(hits) >= args.limit else ""
    print(f"{len(hits)} hit(s){more}", file=sys.stderr)
    return 0


def cmd_export_claimreview(desk, args) -> int:
    from factcheck.export.jsonld import write_claimreview

    n = write_claimreview(
        desk,
        args.out,
        article_id=args.article,
        overwrite=args.force,
        org=args.org,
        url_template=args.url_template,
        include_unapproved=args.include_unapproved,
        lang=args.lang,
        org_url=args.org_url,
        org_logo=args.org_logo,
    )
    print(f"wrote {n} ClaimReview(s) to {safe(args.out)}")
    return 0


def cmd_export_annotations(desk, args) -> int:
    from factcheck.export.jsonld import write_annotations

    n = write_annotations(desk, args.out, article_id=args.article, overwrite=args.force)
    print(f"wrote {n} annotation(s) to {safe(args.out)}")
    return 0


def cmd_export_research(desk, args) -> int:
    from factcheck.export.research import write_research

    counts = write_research(
        desk, args.out, article_id=args.article, overwrite=args.force
    )
    for name, n in counts.items():
        print(f"wrote {n} record(s) to {safe(args.out)}/{name}")
    return 0


# -- parsers --------------------------------------------------------------------------------


def add_claim_commands(csub) -> None:
    p = csub.add_parser(
        "link",
        help="make a claim an appearance of another claim (shared verdict)",
        description="Link CLAIM_ID (this: the claim being linked) to the claim given by --to "
        "(other: the claim it joins, and its group). The linked claims share one verdict; "
        "notes and sources of both are merged (both notes kept, one source per URL). When "
        "they disagree (both have a verdict and they differ, or both have notes, or both "
        "have sources) the link is refused unless --keep says whose verdict wins.",
    )
    p.add_argument("claim_id", type=record_id, metavar="CLAIM_ID")
    p.add_argument("--to", type=record_id, required=True, metavar="CLAIM_ID")
    p.add_argument(
        "--stance",
        choices=LINK_STANCES,
        default="agree",
        help="stance of this claim's article toward the claim (default: agree)",
    )
    p.add_argument(
        "--keep",
        choices=KEEP_CHOICES,
        help="whose verdict the linked claims keep when they disagree -- this: the claim "
        "being linked (CLAIM_ID); other: the claim it joins (--to)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_claim_link)
    p = csub.add_parser("unlink", help="take a claim out of its group")
    p.add_argument("claim_id", type=record_id, metavar="CLAIM_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_claim_unlink)


def add_search_command(sub) -> None:
    p = sub.add_parser(
        "search",
        help="search all articles and claim notes (Arabic spelling variants folded)",
        description="Search every sentence of every article and every claim note. "
        "Alef forms, ta marbuta, alef maqsura, tatweel, harakat and Arabic-Indic digits "
        'are folded; all words must occur in one sentence; "quoted words" form a phrase.',
    )
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", type=positive_count, default=50, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)


def add_suggest_command(sub) -> None:
    p = sub.add_parser(
        "suggest",
        help="claims of other articles a claim probably repeats, as the window ranks them",
        description="The claims of other articles that CLAIM_ID probably repeats, best first, "
        "ranked as the window's inspector ranks them (none once it is linked): claim id, "
        "article id, score (0..1; shown as a percentage), status, quote.",
    )
    p.add_argument("claim_id", type=record_id, metavar="CLAIM_ID")
    p.add_argument(
        "--limit",
        type=positive_count,
        default=SUGGESTIONS_SHOWN,
        metavar="N",
        help=f"at most N suggestions (default: {SUGGESTIONS_SHOWN}, as the window)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_suggest)


def add_export_commands(esub) -> None:
    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--article", type=record_id, metavar="ID", help="only claims in this article"
        )
        p.add_argument(
            "--force", action="store_true", help="overwrite OUT if it exists"
        )

    p = esub.add_parser(
        "claimreview",
        help="schema.org ClaimReview JSON-LD for every publishable verdict",
    )
    p.add_argument("out", metavar="OUT.json")
    common(p)
    p.add_argument(
        "--org-name",
        "--org",
        dest="org",
        metavar="NAME",
        help="the fact-checking organisation (author)",
    )
    p.add_argument("--org-url", metavar="URL", help="the organisation's web address")
    p.add_argument("--org-logo", metavar="URL", help="address of the organisation's logo")
    p.add_argument(
        "--lang",
        choices=("ar", "en"),
        default="ar",
        help="language of the review and its rating label (default: ar)",
    )
    p.add_argument(
        "--url-template",
        metavar="URL",
        help="address of each published review, e.g. https://example.org/checks/{claim_id} "
        "(default: urn:factcheck:claim:ID)",
    )
    p.add_argument(
        "--include-unapproved",
        action="store_true",
        help="also write verdicts no reviewer has approved (by default only approved "
        "verdicts are published; those written are frozen until reopened)",
    )
    p.set_defaults(func=cmd_export_claimreview)
    p = esub.add_parser(
        "annotations", help="W3C Web Annotation JSON-LD, one annotation per claim"
    )
    p.add_argument("out", metavar="OUT.jsonld")
    common(p)
    p.set_defaults(func=cmd_export_annotations)
    p = esub.add_parser(
        "research",
        help="stance pairs (JSONL), per-sentence check-worthiness (TSV) and article texts",
    )
    p.add_argument("out", metavar="OUT_FOLDER")
    common(p)
    p.set_defaults(func=cmd_export_research)
