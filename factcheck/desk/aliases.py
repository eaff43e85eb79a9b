"""Names across scripts: groups of spellings searched and matched as one name.

A desk's alias list says that ``TikTok``, ``تيك توك`` and ``تيكتوك`` are one name. Search
finds every spelling of a group when one is typed, and link suggestions count two claims
naming the same group as sharing that name. The list is the starter list shipped with the
app (``resources/aliases.json``: a few brands whose Arabic spellings vary) with the desk's
own changes applied in order (``factcheck alias add/remove``, the window's *Names across
scripts* dialog), stored in the database (``alias_changes``). Terms are compared folded as
search folds them (``normalize_text``: ``أمازون`` = ``امازون``, case), words joined by one
space.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

from factcheck.desk.history import now_iso
from factcheck.model import InvalidInput
from factcheck.resources import resources_dir
from factcheck.store import Store
from factcheck.store import aliases as alias_rows
from factcheck.text import normalize_text

MAX_TERM_CHARS = 80
MIN_SUBSTRING = 3  # shorter spellings match whole words only (as search's short terms)
_WORD = re.compile(r"[^\W_]+")


def alias_key(term: str) -> str:
    """The folded form terms are compared by (``"TikTok"`` → ``"tiktok"``)."""
    return " ".join(_WORD.findall(normalize_text(unicodedata.normalize("NFC", term or ""))))


def starter_groups() -> list[list[str]]:
    """The starter list (resources/aliases.json); empty if the file is missing."""
    try:
        data = json.loads((resources_dir() / "aliases.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [[str(t) for t in group] for group in data.get("groups", [])]


def apply_changes(
    groups: list[list[str]], changes: list[tuple[str, str, str | None]]
) -> list[list[str]]:
    """``groups`` with ``(action, term, same_as)`` changes applied in order; each group
    keeps one spelling per key and at least two spellings."""
    found: list[list[str]] = []
    group_of: dict[str, list[str]] = {}

    def put(group: list[str], term: str) -> None:
        key = alias_key(term)
        if key and key not in group_of:
            group.append(term)
            group_of[key] = group

    for starter in groups:
        group: list[str] = []
        found.append(group)
        for term in starter:
            put(group, term)
    for action, term, same_as in changes:
        key = alias_key(term)
        if action == "remove":
            group = group_of.pop(key, None)
            if group is not None:
                group[:] = [t for t in group if alias_key(t) != key]
            continue
        other = group_of.get(alias_key(same_as or ""))
        mine = group_of.get(key)
        if other is None and mine is None:
            other = []
            found.append(other)
            put(other, same_as or "")
        elif other is None:
            put(mine, same_as or "")
            continue
        if mine is None:
            put(other, term)
        elif mine is not other:  # two groups become one
            for t in mine:
                group_of.pop(alias_key(t))
            for t in list(mine):
                put(other, t)
            mine.clear()
    return [g for g in found if len(g) > 1]


@dataclass(frozen=True)
class Aliases:
    """The alias groups of a desk (spellings as typed), and lookups over their keys."""

    groups: tuple[tuple[str, ...], ...] = ()

    def __post_init__(self) -> None:
        keys = {alias_key(t): i for i, g in enumerate(self.groups) for t in g}
        object.__setattr__(self, "_group_of", keys)
        forms = sorted(keys, key=len, reverse=True)  # longest spelling first
        pattern = None
        if forms:
            pattern = re.compile(
                "|".join(
                    re.escape(f) if len(f) >= MIN_SUBSTRING
                    else r"(?<![^\W_])" + re.escape(f) + r"(?![^\W_])"
                    for f in forms
                )
            )  # fmt: skip
        object.__setattr__(self, "_pattern", pattern)

    def same_as(self, key: str) -> tuple[str, ...]:
        """The keys of every spelling in ``key``'s group (itself first); () if none."""
        i = self._group_of.get(key)
        if i is None:
            return ()
        others = [alias_key(t) for t in self.groups[i] if alias_key(t) != key]
        return (key, *others)

    def group_of(self, term: str) -> tuple[str, ...]:
        """The group (spellings as typed) holding ``term``; () if none."""
        i = self._group_of.get(alias_key(term))
        return () if i is None else self.groups[i]

    def tokens(self, text: str) -> list[str]:
        """One token per alias group named in ``text`` (any spelling, also inside a word
        with its clitics, as search matches): ``"=0"`` for the first group."""
        if self._pattern is None:
            return []
        folded = " ".join(_WORD.findall(normalize_text(text)))
        return sorted({f"={self._group_of[m.group()]}" for m in self._pattern.finditer(folded)})


class AliasBook:
    """A desk's alias list, read again only when the desk's changes moved on."""

    def __init__(self, store: Store):
        self.store = store
        self._version: int | None = None
        self._aliases = Aliases()

    def current(self) -> Aliases:
        with self.store.read() as s:
            version = alias_rows.aliases_version(s)
            if version != self._version:
                changes = alias_rows.alias_changes(s)
                groups = apply_changes(starter_groups(), changes)
                self._aliases = Aliases(tuple(tuple(g) for g in groups))
                self._version = version
        return self._aliases


def _checked(term: str) -> str:
    term = unicodedata.normalize("NFC", (term or "").strip())
    if not alias_key(term) or len(term) > MAX_TERM_CHARS or not term.isprintable():
        raise InvalidInput(
            template="A name in the alias list needs a letter or a digit and at most "
            "{limit} characters, not {term!r}.",
            limit=MAX_TERM_CHARS,
            term=term[:MAX_TERM_CHARS],
        )
    return term


def add_alias(book: AliasBook, editor: str, term: str, same_as: str) -> tuple[str, ...]:
    """Record that ``term`` names the same as ``same_as``; returns the group now."""
    term, same_as = _checked(term), _checked(same_as)
    aliases = book.current()
    mine, other = aliases.group_of(term), aliases.group_of(same_as)
    if alias_key(term) == alias_key(same_as) or (mine and mine == other):
        raise InvalidInput(
            template="{term!r} and {other!r} are already the same name.",
            term=term,
            other=same_as,
        )
    with book.store.write() as s:
        alias_rows.add_alias_change(s, "add", term, same_as, editor, now_iso())
    return book.current().group_of(term)


def remove_alias(book: AliasBook, editor: str, term: str) -> tuple[str, ...]:
    """Take ``term`` out of its group; returns the spellings left in that group."""
    term = _checked(term)
    group = book.current().group_of(term)
    if not group:
        raise InvalidInput(template="{term!r} is not in the alias list.", term=term)
    with book.store.write() as s:
        alias_rows.add_alias_change(s, "remove", term, None, editor, now_iso())
    left = [t for t in group if alias_key(t) != alias_key(term)]
    return book.current().group_of(left[0]) if left else ()
