"""Arabic-aware search over every article (FTS5) and every claim note.

How a query is read
    The query is normalised like the index (``factcheck.text.normalize_text``: alef forms,
    ta marbuta, alef maqsura, tatweel, harakat, Arabic-Indic digits, case), then split into
    terms: each run of letters/digits is a term, and text in double quotes is a phrase
    (its words in order, separated by anything that is not a letter or digit). Every term
    must occur in the sentence (AND). Nothing the user types is FTS5 syntax: each string is
    quoted (``"..."``) before it reaches ``MATCH``, so ``"``, ``*``, ``-``, ``OR``, ``NEAR``
    and parentheses are plain text and never raise.

What matches
    Terms of three or more characters match anywhere inside a word (FTS5 ``trigram``
    tokenizer): ``امازون`` finds ``أمازون``, ``لأمازون`` and ``والامازون``. Shorter terms
    (``5G``, ``١٠``) match whole words only, found by a linear scan when no longer term
    narrows the search.

What a hit is (``factcheck.model.SearchHit``)
    One hit per matching sentence, best first (FTS5 bm25). ``start``/``end`` are code
    points in the *stored* article text of the first match in the sentence, mapped back
    through the normalisation offset map (``normalize_text(text[start:end])`` is the
    matched term, harakat of the last letter included); ``matches`` holds every match in
    the sentence for highlighting. ``claim_id`` names a claim whose span overlaps the
    match, so claim quotes are found through their sentences.

Claim notes
    Notes are not article text, so they are not in the FTS index: the notes of group
    primaries (a linked claim shows its primary's note) are normalised and scanned in
    Python. Note hits (``kind="note"``) follow the sentence hits while ``limit`` allows;
    ``start``/``end`` are the claim's span and ``snippet`` comes from the note.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.model import SearchHit
from factcheck.store import search_index as idx
from factcheck.text import normalize, normalize_text, sentence_spans

if TYPE_CHECKING:
    from factcheck.services import Desk

MIN_INDEXED = 3  # trigram: shorter strings cannot use the index
MAX_TERMS = 32
SNIPPET_CHARS = 240
SNIPPET_CONTEXT = 100
_WORD = re.compile(r"[^\W_]+")
_PIECE = re.compile(r'"([^"]*)"?|([^\s"]+)')


@dataclass(frozen=True)
class Term:
    """One query term: a word, or a quoted phrase (several words)."""

    words: tuple[str, ...]
    pattern: re.Pattern

    @property
    def text(self) -> str:
        return " ".join(self.words)


def _term(words: tuple[str, ...]) -> Term:
    body = r"[\W_]+".join(re.escape(w) for w in words)
    if len(words[0]) < MIN_INDEXED:
        body = r"(?<![^\W_])" + body
    if len(words[-1]) < MIN_INDEXED:
        body += r"(?![^\W_])"
    return Term(words, re.compile(body))


def parse_query(query: str) -> list[Term]:
    """Normalised terms of a query (see the module docstring); never raises."""
    query = unicodedata.normalize("NFC", query or "")
    terms: list[Term] = []
    seen: set[tuple[str, ...]] = set()
    for m in _PIECE.finditer(query):
        if m.group(1) is not None:
            groups = [tuple(_WORD.findall(normalize_text(m.group(1))))]
        else:
            groups = [(w,) for w in _WORD.findall(normalize_text(m.group(2)))]
        for words in groups:
            if words and words not in seen:
                seen.add(words)
                terms.append(_term(words))
    return terms[:MAX_TERMS]


def fts_query(terms: list[Term]) -> str:
    """The FTS5 MATCH expression: every indexable word quoted, joined by AND ('' if none)."""
    words = {w for t in terms for w in t.words if len(w) >= MIN_INDEXED}
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in sorted(words))


def _snippet(text: str, lo: int, hi: int, start: int, end: int) -> tuple[str, int]:
    """Text around ``[start, end)`` within the sentence ``[lo, hi)``, cut at spaces."""
    if hi - lo > SNIPPET_CHARS:
        a = max(lo, start - SNIPPET_CONTEXT)
        b = min(hi, end + SNIPPET_CONTEXT)
        if a > lo:
            space = text.find(" ", a, start)
            a = space + 1 if space != -1 else a
        if b < hi:
            space = text.rfind(" ", end, b)
            b = space if space != -1 else b
        lo, hi = a, b
    return text[lo:hi], lo


def _find_all(terms: list[Term], normalised: str) -> list[tuple[int, int]] | None:
    """Every match of every term, or None if one term does not occur."""
    found: list[tuple[int, int]] = []
    for term in terms:
        spans = [
            m.span() for m in term.pattern.finditer(normalised) if m.end() > m.start()
        ]
        if not spans:
            return None
        found.extend(spans)
    return sorted(set(found))


def search(desk: Desk, query: str, limit: int = 50) -> list[SearchHit]:
    """Search every article's sentences, then the claim notes (module docstring)."""
    terms = parse_query(query)
    if not terms or limit <= 0:
        return []
    hits = _sentence_hits(desk, terms, limit)
    if len(hits) < limit:
        hits.extend(_note_hits(desk, terms, limit - len(hits)))
    return hits


def _sentence_hits(desk: Desk, terms: list[Term], limit: int) -> list[SearchHit]:
    match = fts_query(terms)
    needles = sorted({w for t in terms for w in t.words})
    batch = max(2 * limit, 64)
    max_rows = 20 * limit + 2000  # bound the work when Python rejects many FTS rows
    hits: list[SearchHit] = []
    with desk.store.read() as s:
        offset = 0
        while len(hits) < limit and offset < max_rows:
            if match:
                rows = idx.match_rows(s, match, batch, offset)
            else:
                rows = idx.scan_rows(s, needles, batch, offset)
            if not rows:
                break
            offset += batch
            for article_id, sentence, lo, hi, title, original in rows:
                norm = normalize(original)
                spans = _find_all(terms, norm.text)
                if spans is None:
                    continue
                matches = []
                for a, b in spans:
                    oa, ob = norm.to_original(a, b)
                    matches.append((lo + oa, lo + ob))
                start, end = matches[0]
                snippet, at = _snippet(original, 0, len(original), start - lo, end - lo)
                hits.append(
                    SearchHit(
                        article_id=article_id,
                        article_title=title,
                        sentence=sentence,
                        start=start,
                        end=end,
                        snippet=snippet,
                        kind="sentence",
                        claim_id=idx.claim_at(s, article_id, start, end),
                        matches=tuple(matches),
                        snippet_start=lo + at,
                    )
                )
                if len(hits) >= limit:
                    break
    return hits


def _note_hits(desk: Desk, terms: list[Term], limit: int) -> list[SearchHit]:
    hits: list[SearchHit] = []
    with desk.store.read() as s:
        rows = idx.note_rows(s)
        found = []
        for claim_id, article_id, start, end, note in rows:
            spans = _find_all(terms, normalize_text(note))
            if spans is None:
                continue
            found.append((claim_id, article_id, start, end, note))
            if len(found) >= limit:
                break
        texts = idx.article_texts(s, [f[1] for f in found])
    for claim_id, article_id, start, end, note in found:
        if article_id not in texts:
            continue
        title, text = texts[article_id]
        norm = normalize(note)
        a, b = _find_all(terms, norm.text)[0]
        na, nb = norm.to_original(a, b)
        snippet, snippet_start = _snippet(note, 0, len(note), na, nb)
        spans = sentence_spans(text)
        i = bisect_right([sp[0] for sp in spans], start)
        hits.append(
            SearchHit(
                article_id=article_id,
                article_title=title,
                sentence=max(i, 1),
                start=start,
                end=end,
                snippet=snippet,
                kind="note",
                claim_id=claim_id,
                matches=(),
                snippet_start=snippet_start,
            )
        )
    return hits
