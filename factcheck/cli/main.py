"""``factcheck``: import articles, mark claims, set verdicts and export reports from a shell.

Every error is one line on stderr and a non-zero exit: 1 for refused input or a database
problem, 2 for a malformed command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict

from factcheck import __version__
from factcheck.cli import alias_cmds, intake_cmds, linking_cmds, workflow_cmds
from factcheck.cli.terminal import (
    OneLineParser,
    claim_json,
    emit_json,
    emit_json_list,
    one_line,
    record_id,
    refuse_undecodable,
    safe,
    tolerant_streams,
)
from factcheck.desk import Desk
from factcheck.model import FactcheckError, SourceInput
from factcheck.workflow import acting_editor

EXIT_FAILED = 1


def _table(
    rows: list[Sequence] | Callable[[], Iterable[Sequence]], headers: Sequence[str]
) -> None:
    """Columns as wide as their widest cell. ``rows``: a list, or a function giving the rows
    afresh, read twice (the widths, then the lines) instead of being held in memory."""
    again = rows if callable(rows) else (lambda: rows)
    widths = [len(str(h)) for h in headers]
    for row in again():
        widths = [max(w, len(safe(c))) for w, c in zip(widths, row)]
    print("  ".join(str(h).ljust(w) for h, w in zip(headers, widths)).rstrip())
    for row in again():
        print("  ".join(safe(c).ljust(w) for c, w in zip(row, widths)).rstrip())




# -- commands -------------------------------------------------------------------------------


def cmd_import(desk: Desk, args) -> int:
    failed = 0

    def show(outcome) -> None:
        nonlocal failed
        if outcome.outcome == "imported":
            line = f"imported  {outcome.path} -> article {outcome.article_id}: {outcome.title}"
            print(safe(line))
            if outcome.bidi_controls:
                print(
                    f"warning: {safe(outcome.path)} holds {outcome.bidi_controls} bidi control "
                    "character(s); displayed text may differ from the stored text",
                    file=sys.stderr,
                )
        elif outcome.outcome == "duplicate":
            print(
                f"skipped   {safe(outcome.path)}: already imported as article {outcome.article_id}"
            )
        else:
            failed += 1
            print(safe(f"refused   {outcome.path}: {outcome.reason}"), file=sys.stderr)

    from factcheck.intake.fetch import is_web_address

    urls = [p for p in args.paths if is_web_address(p)]
    paths = [p for p in args.paths if not is_web_address(p)]
    outcomes = desk.import_paths(paths, progress=show) if paths else []
    outcomes += desk.import_urls(urls, progress=show)
    counts = {
        k: sum(1 for o in outcomes if o.outcome == k)
        for k in ("imported", "duplicate", "refused")
    }
    print(
        f"{counts['imported']} imported, {counts['duplicate']} already present, "
        f"{counts['refused']} refused"
    )
    return EXIT_FAILED if failed else 0


def cmd_articles(desk: Desk, args) -> int:
    articles = desk.articles()
    if args.json:
        workflow_fields = workflow_cmds.article_fields(desk)  # assigned_to, state
        emit_json_list(
            {**row, **workflow_fields(row["id"])}  # metadata, then assignment and state
            for row in intake_cmds.iter_articles_json(desk, articles)
        )
        return 0
    _table(
        [
            (
                a.id,
                a.sentence_count,
                a.claim_count,
                a.bidi_controls,
                a.publisher,
                one_line(a.title, 60),
            )
            for a in articles
        ],
        ("id", "sentences", "claims", "bidi", "publisher", "title"),
    )
    return 0


def cmd_sentences(desk: Desk, args) -> int:
    sentences = desk.sentences(args.article_id)
    if args.json:
        emit_json([asdict(s) for s in sentences])
        return 0
    _table(
        [(s.index, s.start, s.end, one_line(s.text, 100)) for s in sentences],
        ("index", "start", "end", "text"),
    )
    return 0


def _parse_span(value: str) -> tuple[int, int]:
    try:
        start_s, end_s = value.split(":")
        return int(start_s), int(end_s)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"span must be START:END in code points, not {value!r}"
        ) from None


def cmd_claim_add(desk: Desk, args) -> int:
    sources = [SourceInput(url=u) for u in args.source or ()]
    kwargs = {"status_id": args.status, "note": args.note or "", "sources": sources}
    if args.sentence is not None:
        claim = desk.add_claim_for_sentence(args.article_id, args.sentence, **kwargs)
    else:
        start, end = args.span
        claim = desk.add_claim(args.article_id, start, end, **kwargs)
    if args.json:
        emit_json(claim_json(claim))
    else:
        print(
            f"claim {claim.id} added to article {claim.article_id} [{claim.start}:{claim.end}] "
            f"{safe(claim.status_id)}"
        )
    return 0


def cmd_claim_set(desk: Desk, args) -> int:
    # One transaction: a refused source (or status) leaves the status and note as they were.
    claim = desk.edit_claim(
        args.claim_id,
        status_id=args.status,
        note=args.note,
        sources=[SourceInput(url=u) for u in args.source or ()],
    )
    if args.json:
        emit_json(claim_json(claim))
    else:
        print(f"claim {claim.id}: {safe(claim.status_id)}, {len(claim.sources)} source(s)")
    return 0


def cmd_claim_delete(desk: Desk, args) -> int:
    claim = desk.delete_claim(args.claim_id)
    print(f"claim {claim.id} deleted (kept in the history)")
    return 0


def cmd_claims(desk: Desk, args) -> int:
    if args.article_id is not None:
        desk.article(args.article_id)
    if args.json:  # printed a batch at a time, as they are read
        batches, as_json = workflow_cmds.with_review(  # review, proposed_by, reviewed_by, …
            desk, desk.iter_claims(args.article_id), claim_json
        )
        emit_json_list(linking_cmds.iter_claims_json(desk, batches, as_json))
        return 0
    _table(
        lambda: (
            (
                c.id,
                c.article_id,
                c.start,
                c.end,
                c.status_id,
                len(c.sources),
                one_line(c.quote, 70),
            )
            for batch in desk.iter_claims(args.article_id)
            for c in batch
        ),
        ("id", "article", "start", "end", "status", "sources", "text"),
    )
    return 0


def cmd_statuses(desk: Desk, args) -> int:
    statuses = desk.statuses()
    if args.json:
        emit_json([asdict(s) for s in statuses])
        return 0
    _table(
        [
            (
                s.id,
                s.key,
                s.color,
                s.rating if s.rating is not None else "",
                s.label_en,
                s.label_ar,
            )
            for s in statuses
        ],
        ("id", "key", "color", "rating", "label_en", "label_ar"),
    )
    return 0


def cmd_history(desk: Desk, args) -> int:
    if args.claim_id is not None and not desk.history(args.claim_id):
        desk.claim(args.claim_id)  # a claim that never was: NotFound (a deleted one has history)

    def entries():  # the whole history is read a batch at a time, as it is printed
        return (e for batch in desk.iter_history(args.claim_id) for e in batch)

    if args.json:
        emit_json_list(asdict(e) for e in workflow_cmds.seen_history(desk, entries()))
        return 0
    _table(
        lambda: (
            (
                e.at,
                e.who,
                e.claim_id,
                e.entity,
                e.action,
                e.field,
                e.old or "",
                e.new or "",
            )
            for e in workflow_cmds.seen_history(desk, entries())
        ),
        ("at", "who", "claim", "entity", "action", "field", "old", "new"),
    )
    return 0


def cmd_export(desk: Desk, args) -> int:
    from factcheck.export import write_csv_report

    count = write_csv_report(
        desk, args.out, article_id=args.article, overwrite=args.force, lang=args.lang
    )
    print(f"wrote {count} claim(s) to {safe(args.out)}")
    return 0


def cmd_export_pdf(desk: Desk, args) -> int:
    # Qt lays out and shapes the Arabic: imported only for this command (the rest of the
    # command line runs without Qt).
    from factcheck.gui.pdf_report import write_pdf_report

    count = write_pdf_report(
        desk, args.out, article_id=args.article, overwrite=args.force, lang=args.lang
    )
    print(f"wrote {count} claim(s) to {safe(args.out)}")
    return 0


def cmd_export_html(desk: Desk, args) -> int:
    # the PDF's markup as a web page: this needs no Qt
    from factcheck.gui.pdf_report import write_html_report

    count = write_html_report(
        desk, args.out, article_id=args.article, overwrite=args.force, lang=args.lang
    )
    print(f"wrote {count} claim(s) to {safe(args.out)}")
    return 0


def cmd_report(desk: Desk, args) -> int:
    from factcheck.text import to_visual

    if args.json:  # the desk's numbers, as the window's dashboard shows them
        from factcheck.dashboard import desk_numbers

        emit_json(desk_numbers(desk).as_json())
        return 0

    statuses = desk.statuses()
    counts = desk.status_counts()  # by the database: no claim is loaded
    show = to_visual if args.visual else (lambda s: s)
    for article in desk.articles():
        print(
            f"[{article.id}] {show(one_line(article.title, 70))}  ({article.claim_count} claims)"
        )
        per = counts.get(article.id, {})
        for st in statuses:
            if per.get(st.id):
                print(f"    {per[st.id]:>4}  {safe(st.label_en):<14} {show(safe(st.label_ar))}")
    return 0


def cmd_backup(desk: Desk, args) -> int:
    from factcheck.store.copy import backup

    path = backup(desk.store, args.out)
    print(f"backed up {safe(desk.store.where)} to {safe(path)}")
    return 0


def cmd_init(_desk, args) -> int:
    """Set up an empty database as a desk (a server's, or a new SQLite file)."""
    from factcheck.store import Store

    store = Store(args.db, create=True)
    try:
        print(f"ready: {safe(store.where)} (schema {store.current_revision()})")
    finally:
        store.close()
    return 0


def cmd_copy(desk: Desk, args) -> int:
    from factcheck.store.copy import copy_to

    where, counts = copy_to(desk.store, args.to)
    shown = ", ".join(f"{n} {table}" for table, n in counts.items())
    print(f"copied {safe(desk.store.where)} to {safe(where)}: {shown}")
    return 0


def cmd_gui(_desk, args) -> int:
    # Qt is imported only now, by the one command that uses it.
    from factcheck.gui import run

    return run(db=args.db, article_id=args.article, lang=args.lang)


# -- parser ---------------------------------------------------------------------------------


def _report_parser(esub, name: str, help_text: str) -> argparse.ArgumentParser:
    """An ``export NAME OUT.NAME [--article ID] [--force]`` command; the printed reports (pdf,
    html) also take ``--lang ar|en`` for their language and direction."""
    p = esub.add_parser(name, help=help_text)
    p.add_argument("out", metavar=f"OUT.{name}")
    p.add_argument(
        "--article", type=record_id, metavar="ID", help="only this article's claims"
    )
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    if name != "csv":
        p.add_argument(
            "--lang",
            choices=("ar", "en"),
            default="ar",
            help="ar: Arabic, right to left (default); en: English, left to right",
        )
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="factcheck",
        description="Fact-checking workbench for Arabic news: import articles, mark claims, "
        "record verdicts and sources, export the verdict report.",
    )
    parser.add_argument(
        "--version", action="version", version=f"factcheck {__version__}"
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $FACTCHECK_DB, else factcheck.sqlite "
        "in the user data folder)",
    )
    parser.add_argument(
        "--as",
        dest="as_editor",
        metavar="NAME",
        help="the editor's name recorded in the history (default: $FACTCHECK_EDITOR, else "
        "the database login on a server, else your login name)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "init",
        help="set up an empty database as a desk (a PostgreSQL database for team mode)",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "import",
        help="import articles: .txt, .html/.htm/.mhtml, .docx, .pdf files, folders of "
        "them, or http(s) addresses",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("articles", help="list articles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser(
        "sentences", help="list an article's sentences with code-point offsets"
    )
    p.add_argument("article_id", type=record_id, metavar="ARTICLE_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sentences)

    claim = sub.add_parser("claim", help="add, change or delete a claim")
    csub = claim.add_subparsers(dest="claim_command", required=True, metavar="ACTION")
    p = csub.add_parser("add", help="mark a sentence or a span as a claim")
    p.add_argument("article_id", type=record_id, metavar="ARTICLE_ID")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--sentence", type=int, metavar="N", help="1-based sentence number"
    )
    where.add_argument(
        "--span", type=_parse_span, metavar="START:END", help="code-point offsets"
    )
    p.add_argument("--status", metavar="ID")
    p.add_argument("--source", action="append", metavar="URL")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_claim_add)
    p = csub.add_parser("set", help="change a claim's status or note, add sources")
    p.add_argument("claim_id", type=record_id, metavar="CLAIM_ID")
    p.add_argument("--status", metavar="ID")
    p.add_argument("--source", action="append", metavar="URL")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_claim_set)
    p = csub.add_parser("delete", help="delete a claim (its history is kept)")
    p.add_argument("claim_id", type=record_id, metavar="CLAIM_ID")
    p.set_defaults(func=cmd_claim_delete)
    linking_cmds.add_claim_commands(csub)  # claim link / claim unlink
    intake_cmds.add_article_commands(sub)  # article set

    p = sub.add_parser("claims", help="list claims, of one article or all")
    p.add_argument("article_id", type=record_id, nargs="?", metavar="ARTICLE_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_claims)

    linking_cmds.add_search_command(sub)
    alias_cmds.add_commands(sub)  # alias add / remove / list
    linking_cmds.add_suggest_command(sub)

    p = sub.add_parser("statuses", help="list the verification scale")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_statuses)

    p = sub.add_parser("history", help="list the append-only change history")
    p.add_argument("claim_id", type=record_id, nargs="?", metavar="CLAIM_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)

    export = sub.add_parser("export", help="export reports")
    esub = export.add_subparsers(dest="format", required=True, metavar="FORMAT")
    p = _report_parser(esub, "csv", "the verdict report (UTF-8 with BOM, opens in Excel)")
    p.add_argument(
        "--lang",
        choices=("en", "ar"),
        default="en",
        help="language of the column headers (default: en; the cells are the same)",
    )
    p.set_defaults(func=cmd_export)
    linking_cmds.add_export_commands(esub)  # claimreview, annotations, research
    p = _report_parser(
        esub, "pdf", "the printable verdict report (desk summary, then each article's claims)"
    )
    p.set_defaults(func=cmd_export_pdf)
    p = _report_parser(esub, "html", "the same verdict report as a web page")
    p.set_defaults(func=cmd_export_html)

    p = sub.add_parser(
        "report",
        help="claim counts by status per article, for a terminal",
        description="Claim counts by status per article. Default --logical: Arabic is printed "
        "as stored, right for terminals with bidi support and for pipes. --visual shapes "
        "Arabic and reorders it for display, for terminals that cannot do bidi.",
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--visual", action="store_true", help="shaped, in display order")
    mode.add_argument("--logical", action="store_true", help="as stored (default)")
    mode.add_argument(
        "--json",
        action="store_true",
        help="the desk's numbers instead: verdicts by status, editor and week, articles by "
        "state, the review queue and its age, agreement",
    )
    p.set_defaults(func=cmd_report)

    p = sub.add_parser(
        "backup", help="copy the database safely, even while the app runs"
    )
    p.add_argument("out", metavar="OUT")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "copy",
        help="copy the whole desk (history and all) into a new SQLite file or an empty "
        "PostgreSQL database",
    )
    p.add_argument("--to", required=True, metavar="PATH_OR_URL")
    p.set_defaults(func=cmd_copy)

    workflow_cmds.add_commands(sub)  # editors, review, rate, agreement, assign, comments

    p = sub.add_parser("gui", help="start the desktop app")
    p.add_argument("--article", type=record_id, metavar="ID")
    p.add_argument("--lang", choices=("ar", "en"), help="interface language")
    p.set_defaults(func=cmd_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    tolerant_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    refuse_undecodable(parser, args, paths={"paths", "out", "db", "to"})
    if args.db == "":
        parser.error("--db is empty (unset the option to use the default database)")
    if args.func is cmd_gui:
        return cmd_gui(None, args)
    if args.as_editor is not None and not args.as_editor.strip():
        parser.error("--as is empty (give the editor's name)")
    try:
        if args.func is cmd_init:
            return cmd_init(None, args)
        acting = acting_editor(args.as_editor)
        desk = Desk.open(args.db, annotator=acting)
        try:
            workflow_cmds.check_acting(desk, acting)
            return args.func(desk, args)
        finally:
            desk.close()
    except FactcheckError as exc:
        print(f"factcheck: error: {safe(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_FAILED
    except OSError as exc:  # a file system problem nobody translated: still one line
        print(f"factcheck: error: {safe(exc)}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
