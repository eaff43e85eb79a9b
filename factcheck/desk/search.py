"""Arabic-aware search over every article (FTS5) and every claim note.

How a query is read
    The query is normalised like the index (``factcheck.text.normalize_text``: alef forms,
    hamza carriers, ta marbuta, alef maqsura, Persian/Urdu/Kurdish letters, presentation
    forms and ligatures, tatweel, harakat, Arabic-Indic digits, thousands separators,
    case), then split into
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

Names across scripts
    A word, a quoted phrase, or up to four consecutive words that spell a name of the
    desk's alias list (``factcheck.desk.aliases``) match every spelling of that name:
    ``TikTok`` finds ``تيك توك`` and ``تيكتوك``, and ``تيك توك`` finds ``TikTok``. The hit
    covers the spelling found in the article, at its exact offsets.

Clitics and suffixes
    When the exact terms give fewer than ``limit`` hits, the query runs again with each
    single Arabic word replaced by its light stem (``factcheck.text.stem``: ``وبالأمازون``
    → ``اماز``, ``الصحفيين`` → ``صحف``), matched inside a word; such a hit covers the whole
    word holding the stem. Its hits follow every exact hit (sentences and notes already
    found are not repeated): ``صحفيون`` finds ``الصحفيين`` and ``صحفي`` after ``صحفيون``
    itself. Quoted phrases are not stemmed.

Which hits come first
    The newest ``CANDIDATES`` (1,000) matching sentences (latest imported article first)
    are ranked together, best first: bm25's term-frequency score, more occurrences of the
    terms in a shorter sentence rank higher (no idf); ties newest first. An article
    gives at most ``PER_ARTICLE`` (3) hits before every other article has given its best
    ones: a long article repeating a word must not fill the whole list. If they give
    fewer than ``limit`` hits, the next 1,000 older matches follow, ranked the same way
    (the same for short terms found by the linear scan).
    Why not FTS5's bm25 over every match: a common word matches tens of thousands of
    sentences and scoring them all takes far too long per keystroke; a fact-checker
    wants the best recent matches first.

What a hit is (``factcheck.model.SearchHit``)
    One hit per matching sentence (order above). ``start``/``end`` are code
    points in the *stored* article text of the first match in the sentence, mapped back
    through the normalisation offset map (``normalize_text(text[start:end])`` is the
    matched term, harakat of the last letter included); ``matches`` holds every match in
    the sentence for highlighting. ``claim_id`` names a claim whose span overlaps the
    match, so claim quotes are found through their sentences.

Claim notes
    Notes are not article text, so they are not in the FTS index: the notes of group
    primaries (a linked claim shows its primary's note) are normalised and scanned in
    Python (normalised once per database and kept until the history or the claims
    change: ``search_index.notes_version``). Note hits (``kind="note"``) follow the
    sentence hits while ``limit`` allows; ``start``/``end`` are the claim's span and
    ``snippet`` comes from the note.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

from factcheck.desk.aliases import Aliases
from factcheck.desk.articles import ArticleTexts
from factcheck.model import SearchHit
from factcheck.store import search_index as idx
from factcheck.text import normalize, normalize_text
from factcheck.text.stem import light_stem

MIN_INDEXED = 3  # trigram: shorter strings cannot use the index
MAX_TERMS = 32
SNIPPET_CHARS = 240
SNIPPET_CONTEXT = 100
CANDIDATES = 1000  # newest matching sentences ranked together (module docstring)
PER_ARTICLE = 3  # best sentences of one article before more of the same article
BM25_K1 = 1.2
BM25_B = 0.75
AVERAGE_SENTENCE_CHARS = 150
ARTICLE_CACHE_CHARS = 4_000_000  # article texts kept for mapping hits (never change)
_WORD = re.compile(r"[^\W_]+")
_PIECE = re.compile(r'"([^"]*)"?|([^\s"]+)')


@dataclass(frozen=True)
class Term:
    """One query term: a word, or a quoted phrase (several words).

    ``stemmed``: the term stands for a word's light stem; a match covers the whole word
    holding the stem.
    """

    words: tuple[str, ...]
    pattern: re.Pattern
    stemmed: bool = False
    # Other spellings of the same name (the desk's alias list), each as its words: the
    # term matches any of them.
    aliases: tuple[tuple[str, ...], ...] = ()

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def spellings(self) -> tuple[tuple[str, ...], ...]:
        return (self.words, *self.aliases)

    def count(self, normalised: str) -> int:
        """How many times the term occurs in normalised text."""
        if (len(self.words) == 1 and len(self.words[0]) >= MIN_INDEXED
                and not self.stemmed and not self.aliases):  # fmt: skip
            return normalised.count(self.words[0])  # the pattern is the plain word
        return len(self.pattern.findall(normalised))


def _body(words: tuple[str, ...]) -> str:
    body = r"[\W_]+".join(re.escape(w) for w in words)
    if len(words[0]) < MIN_INDEXED:
        body = r"(?<![^\W_])" + body
    if len(words[-1]) < MIN_INDEXED:
        body += r"(?![^\W_])"
    return body


def _term(words: tuple[str, ...], aliases: tuple[tuple[str, ...], ...] = ()) -> Term:
    spellings = sorted((words, *aliases), key=lambda w: -len(" ".join(w)))  # longest first
    return Term(words, re.compile("|".join(_body(w) for w in spellings)), aliases=aliases)


MAX_ALIAS_WORDS = 4  # the longest spelling looked up among a query's consecutive words


def _with_aliases(groups: list[tuple[str, ...]], aliases: Aliases | None) -> list[Term]:
    """Terms of the query's word groups; consecutive single words (or a quoted phrase)
    that spell a name of the alias list become one term matching every spelling."""
    terms: list[Term] = []
    i = 0
    while i < len(groups):
        for n in range(min(MAX_ALIAS_WORDS, len(groups) - i), 0, -1):
            run = groups[i : i + n]
            if n > 1 and any(len(g) != 1 for g in run):
                continue
            words = tuple(w for g in run for w in g)
            same = aliases.same_as(" ".join(words)) if aliases else ()
            if same:
                others = tuple(tuple(k.split(" ")) for k in same[1:])
                terms.append(_term(words, others))
                i += n
                break
        else:
            terms.append(_term(groups[i]))
            i += 1
    return terms


def stemmed_terms(terms: list[Term]) -> list[Term] | None:
    """The terms with each single Arabic word replaced by its light stem, matched anywhere
    in a word and covering that word; None if no word has a shorter stem. Phrases (quoted)
    stay as typed."""
    out, changed = [], False
    for term in terms:
        single = len(term.words) == 1 and not term.aliases  # names keep their spellings
        stem = light_stem(term.words[0]) if single else term.words[0]
        if single and stem != term.words[0] and len(stem) >= MIN_INDEXED:
            # From a word's start only: linear in the sentence, even on a long "word".
            body = r"(?<![^\W_])[^\W_]*?" + re.escape(stem) + r"[^\W_]*"
            out.append(Term((stem,), re.compile(body), stemmed=True))
            changed = True
        else:
            out.append(term)
    return out if changed else None


def parse_query(query: str, aliases: Aliases | None = None) -> list[Term]:
    """Normalised terms of a query (see the module docstring); never raises.

    ``aliases``: the desk's alias list; a name on it matches each of its spellings.
    """
    query = unicodedata.normalize("NFC", query or "")
    groups: list[tuple[str, ...]] = []
    for m in _PIECE.finditer(query):
        if m.group(1) is not None:
            groups.append(tuple(_WORD.findall(normalize_text(m.group(1)))))
        else:
            groups += [(w,) for w in _WORD.findall(normalize_text(m.group(2)))]
    terms: list[Term] = []
    seen: set[tuple[str, ...]] = set()
    for term in _with_aliases([g for g in groups if g], aliases):
        if term.words not in seen:
            seen.add(term.words)
            terms.append(term)
    return terms[:MAX_TERMS]


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def fts_query(terms: list[Term]) -> str:
    """The FTS5 MATCH expression: every indexable word quoted, joined by AND ('' if none).

    A term with other spellings is one OR group of them (``("tiktok" OR ("تيك" AND
    "توك"))``), left out when a spelling has no indexable word (Python checks every
    candidate sentence anyway).
    """
    words = {w for t in terms if not t.aliases for w in t.words if len(w) >= MIN_INDEXED}
    parts = [_quoted(w) for w in sorted(words)]
    for term in terms:
        if not term.aliases:
            continue
        options = []
        for spelling in term.spellings:
            indexed = [_quoted(w) for w in spelling if len(w) >= MIN_INDEXED]
            if not indexed:
                break
            options.append(indexed[0] if len(indexed) == 1 else "(" + " AND ".join(indexed) + ")")
        else:
            parts.append("(" + " OR ".join(options) + ")")
    return " AND ".join(parts)


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


def search(
    texts: ArticleTexts, query: str, limit: int = 50, aliases: Aliases | None = None
) -> list[SearchHit]:
    """Search every article's sentences, then the claim notes; then the same with the
    words' light stems, for what the exact words did not find (module docstring).
    ``aliases``: the desk's alias list (a name finds each of its spellings)."""
    terms = parse_query(query, aliases)
    if not terms or limit <= 0:
        return []
    hits = _hits(texts, terms, limit, [])
    stems = stemmed_terms(terms)
    if stems is not None and len(hits) < limit:
        hits += _hits(texts, stems, limit - len(hits), hits)
    return hits


def _hits(texts: ArticleTexts, terms: list[Term], limit: int, found: list[SearchHit]) -> list[SearchHit]:
    """Up to ``limit`` sentence then note hits of ``terms``, leaving out sentences and
    notes already ``found``."""
    seen = {(h.kind, h.article_id, h.sentence, h.claim_id if h.kind == "note" else None)
            for h in found}  # fmt: skip

    def new(hit: SearchHit) -> bool:
        return (hit.kind, hit.article_id, hit.sentence,
                hit.claim_id if hit.kind == "note" else None) not in seen  # fmt: skip

    hits = [h for h in _sentence_hits(texts, terms, limit + len(found)) if new(h)][:limit]
    if len(hits) < limit:
        notes = _note_hits(texts, terms, limit - len(hits) + len(found))
        hits += [h for h in notes if new(h)][: limit - len(hits)]
    return hits


def _score(counts: list[int], length: int) -> float:
    """bm25's term-frequency part (no idf): more matches in a shorter sentence is better."""
    norm = BM25_K1 * (1 - BM25_B + BM25_B * length / AVERAGE_SENTENCE_CHARS)
    return sum(tf * (BM25_K1 + 1) / (tf + norm) for tf in counts)


def _ranked(terms: list[Term], rows: list[tuple]) -> list[int]:
    """Rowids of the candidate ``(rowid, normalised text, article_id)`` rows that match,
    best first, at most ``PER_ARTICLE`` from one article before any article's next ones."""
    scored = []
    for rowid, text, article_id in rows:
        counts = [term.count(text) for term in terms]
        if all(counts):
            scored.append((-_score(counts, len(text)), -rowid, article_id))
    scored.sort()
    first, rest, taken = [], [], {}
    for _score_key, rowid, article_id in scored:
        taken[article_id] = taken.get(article_id, 0) + 1
        (first if taken[article_id] <= PER_ARTICLE else rest).append(-rowid)
    return first + rest


def _sentence_hits(texts: ArticleTexts, terms: list[Term], limit: int) -> list[SearchHit]:
    match = fts_query(terms)
    # The linear scan's needles: words every match holds (a name's spellings differ).
    needles = sorted({w for t in terms if not t.aliases for w in t.words})
    max_rows = 20 * limit + 2000  # bound the work when Python rejects many FTS rows
    hits: list[SearchHit] = []
    with texts.store.read() as s:
        before, seen = None, 0
        while len(hits) < limit and seen < max_rows:
            if match:
                rows = idx.match_rows(s, match, CANDIDATES, before)
            else:
                rows = idx.scan_rows(s, needles, CANDIDATES, before)
            if not rows:
                break
            seen += len(rows)
            before = rows[-1][0]
            ranked = _ranked(terms, rows)
            while ranked and len(hits) < limit:  # more if some rows are rejected
                wanted = limit - len(hits)
                hits.extend(_hits_at(texts, s, terms, ranked[:wanted]))
                ranked = ranked[wanted:]
            if len(rows) < CANDIDATES:
                break
    return hits


class _ArticleTexts:
    """Recently used ``(title, text)`` of articles (never changed), about ``max_chars``."""

    def __init__(self, max_chars: int):
        self.max_chars = max_chars
        self.chars = 0
        self.articles: OrderedDict[int, tuple[str, str]] = OrderedDict()

    def get(self, s, article_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
        """``{id: (title, text)}``; articles that are gone are left out."""
        wanted = set(article_ids)
        found = {a: self.articles[a] for a in wanted if a in self.articles}
        for a in found:
            self.articles.move_to_end(a)
        for article_id, row in idx.article_texts(s, wanted - found.keys()).items():
            found[article_id] = self.articles[article_id] = row
            self.chars += len(row[1])
        while self.chars > self.max_chars and len(self.articles) > 1:
            _article_id, (_title, text) = self.articles.popitem(last=False)
            self.chars -= len(text)
        return found


def _sentence_of(texts: ArticleTexts, article_id: int, text: str, start: int) -> int:
    """1-based index of the sentence holding the first letter at or after ``start`` (a
    claim may start on the white space between two sentences; the Desk caches them)."""
    while start < len(text) and text[start].isspace():
        start += 1
    starts = [sentence.start for sentence in texts.sentences(article_id, text)]
    return max(bisect_right(starts, start), 1)


# Per open database: texts of the articles recent hits were in, and the normalised notes.
_ARTICLES_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_NOTES_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _articles(texts: ArticleTexts) -> _ArticleTexts:
    articles = _ARTICLES_CACHE.get(texts.store)
    if articles is None:
        articles = _ARTICLES_CACHE[texts.store] = _ArticleTexts(ARTICLE_CACHE_CHARS)
    return articles


def _hits_at(texts: ArticleTexts, s, terms: list[Term], rowids: list[int]) -> list[SearchHit]:
    """Hits for index rows, in the given order, mapped to offsets in the stored text."""
    found = idx.hit_rows(s, rowids)  # rows whose article is gone are left out
    articles = _articles(texts).get(s, (row[0] for row in found.values()))
    hits: list[dict] = []
    for rowid in rowids:
        if rowid not in found or found[rowid][0] not in articles:
            continue
        article_id, sentence, lo, hi, title = found[rowid]
        original = articles[article_id][1][lo:hi]
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
            {
                "article_id": article_id,
                "article_title": title,
                "sentence": sentence,
                "start": start,
                "end": end,
                "snippet": snippet,
                "kind": "sentence",
                "matches": tuple(matches),
                "snippet_start": lo + at,
            }
        )
    claims = idx.claims_at(s, [(h["article_id"], h["start"], h["end"]) for h in hits])
    return [SearchHit(claim_id=c, **h) for h, c in zip(hits, claims, strict=True)]


@dataclass(frozen=True)
class _NormalisedNotes:
    """``idx.note_rows`` with every note normalised and joined by newlines."""

    version: tuple
    rows: list[tuple]
    text: str
    starts: list[int]  # where each note begins in ``text``, then len(text) + 1

    @classmethod
    def read(cls, s, version: tuple) -> _NormalisedNotes:
        rows = idx.note_rows(s)
        notes = [normalize_text(row[4]) for row in rows]
        starts = list(accumulate((len(n) + 1 for n in notes), initial=0))
        return cls(version, rows, "\n".join(notes), starts)

    def matching(self, terms: list[Term], limit: int) -> list[tuple]:
        """The first ``limit`` rows (by claim id) whose note holds every term."""
        # The longest word drives the scan; words never hold "\n", so each occurrence
        # lies inside one note.
        word = max((w for t in terms for w in t.words), key=len)
        found: list[tuple] = []
        at = self.text.find(word)
        while at != -1 and len(found) < limit:
            i = bisect_right(self.starts, at) - 1
            note = self.text[self.starts[i] : self.starts[i + 1] - 1]
            if _find_all(terms, note) is not None:
                found.append(self.rows[i])
            at = self.text.find(word, self.starts[i + 1])
        return found


def _note_hits(texts: ArticleTexts, terms: list[Term], limit: int) -> list[SearchHit]:
    hits: list[SearchHit] = []
    with texts.store.read() as s:
        version = idx.notes_version(s)
        notes = _NOTES_CACHE.get(texts.store)
        if notes is None or notes.version != version:
            notes = _NOTES_CACHE[texts.store] = _NormalisedNotes.read(s, version)
        found = notes.matching(terms, limit)
        articles = _articles(texts).get(s, [f[1] for f in found])
    for claim_id, article_id, start, end, note in found:
        if article_id not in articles:
            continue
        title, text = articles[article_id]
        norm = normalize(note)
        a, b = _find_all(terms, norm.text)[0]
        na, nb = norm.to_original(a, b)
        snippet, snippet_start = _snippet(note, 0, len(note), na, nb)
        hits.append(
            SearchHit(
                article_id=article_id,
                article_title=title,
                sentence=_sentence_of(texts, article_id, text, start),
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
