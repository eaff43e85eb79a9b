"""CLI commands of the alias list (names across scripts), registered by
``factcheck.cli.main.build_parser``:

* ``factcheck alias add TERM --same-as OTHER``
* ``factcheck alias remove TERM``
* ``factcheck alias list [--json]``
"""

from __future__ import annotations

from factcheck.cli.terminal import emit_json, safe


def _line(group: tuple[str, ...]) -> str:
    return safe(" = ".join(group))


def cmd_alias_add(desk, args) -> int:
    print(_line(desk.add_alias(args.term, args.same_as)))
    return 0


def cmd_alias_remove(desk, args) -> int:
    left = desk.remove_alias(args.term)
    print(safe(f"removed {args.term.strip()!r}") + (f"; left: {_line(left)}" if left else ""))
    return 0


def cmd_alias_list(desk, args) -> int:
    groups = desk.aliases()
    if args.json:
        emit_json([list(group) for group in groups])
        return 0
    for group in groups:
        print(_line(group))
    return 0


def add_commands(sub) -> None:
    """Register ``alias add|remove|list`` on the top-level subparsers."""
    alias = sub.add_parser(
        "alias", help="names across scripts searched and matched as one (TikTok = تيك توك)"
    )
    asub = alias.add_subparsers(dest="alias_command", required=True, metavar="ACTION")
    p = asub.add_parser("add", help="say that TERM is another spelling of OTHER")
    p.add_argument("term", metavar="TERM")
    p.add_argument("--same-as", dest="same_as", required=True, metavar="OTHER")
    p.set_defaults(func=cmd_alias_add)
    p = asub.add_parser("remove", help="take TERM out of its group")
    p.add_argument("term", metavar="TERM")
    p.set_defaults(func=cmd_alias_remove)
    p = asub.add_parser("list", help="the alias list, one group per line")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_alias_list)
