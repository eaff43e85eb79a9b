"""Link suggestions: which claims of other articles a span probably repeats.

    ``suggest_claims`` ranks the groups that appear in *other* articles by how close their
    appearances' text is to a span, over Arabic-normalised text, in pure Python:

    1. candidates: the claims sharing the most informative (summed BM25 IDF) index terms
       with the span: light-stemmed words (``normalize_text``, stop words dropped, one
       clitic prefix ``و ف ب ك ل ال …`` and one suffix stripped: ``factcheck.text.terms``) and the feature tokens of
       ``factcheck.text.claim_features`` (``#10`` for 10% / ١٠٪ / عشرة بالمئة, ``@EG`` for
       مصر / المصرية / القاهرة, ``!not``), from an in-memory inverted index of every
       claim. It is built on first use (``warm_up``; ~4 s for 100,000 claims) and then
       updated incrementally, keyed on ``max(id)``, ``count(*)`` and ``sum(id)`` of
       ``claims``, which catches every insert and delete, whoever made it (quotes never
       change). Only the 10 rarest query terms are walked, with a bound on the postings
       read, so the latency stays flat as the collection grows;
    2. re-ranking of the best 60 candidates by cosine similarity of TF-IDF vectors of
       character trigrams taken inside the words (robust to Arabic morphology:
       ``موظفيها`` / ``الموظفين``) plus the feature tokens, IDF from the candidates and
       the query;
    3. the cosine is multiplied by ``feature_agreement``: 0.1 for a negation that one side
       has and the other not, and 0.1 for each of numbers, dates, places and named
       organisations/diseases on which the two sides conflict (10% / 20%), so a claim's
       negation or the same sentence re-numbered falls below a true paraphrase;
    4. a group scores its best appearance; the score (0..1) is that product. Groups below
       ``MIN_SUGGESTION_SCORE`` (calibrated on the labelled set) are not offered.

    The labelled set (``resources/linking_eval.jsonl`` and the sample articles) and its
    metrics (MAP@5, P@1, hard-negative inversions, the threshold's calibration) are in
    ``tests/perf/linking_eval.py``.
"""

from __future__ import annotations

import heapq
import math
from array import array
from collections import Counter
from operator import itemgetter

from factcheck.desk.aliases import Aliases
from factcheck.desk.checks import checked_span_range, require_claim
from factcheck.model import Claim
from factcheck.store import Store, claim_quotes
from factcheck.store import repository as repo
from factcheck.text.claim_features import ClaimFeatures, claim_features
from factcheck.text.terms import char_ngrams, stems


def index_terms(text: str) -> list[str]:
    """What the suggestion index files a quote under: its stems and its feature tokens."""
    return stems(text) + feature_tokens(claim_features(text))


def _tfidf(counts: Counter, idf: dict) -> dict:
    vec = {f: (1.0 + math.log(c)) * idf.get(f, 1.0) for f, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {f: v / norm for f, v in vec.items()}


# How much a disagreement lowers a candidate's score (a factor on the text similarity):
# a claim and its negation, or the same sentence with another number, date, place or
# organisation, are different claims however many words they share. Values chosen on the
# tune split of the labelled set (``tests/perf/linking_eval.py``). Two sides *conflict* when
# each states a value the other lacks (10% / 20%); a side that states less than the other
# (no number at all, or only some of them) conflicts with nothing but costs a little
# (``*_UNSTATED``): the claim it makes is vaguer.
NEGATION_FACTOR = 0.1
NUMBER_FACTOR = 0.1
NUMBER_UNSTATED = 0.9
DATE_FACTOR = 0.1
DATE_UNSTATED = 0.95
PLACE_FACTOR = 0.1
PLACE_UNSTATED = 0.9
NAME_FACTOR = 0.1
NAME_UNSTATED = 1.0
# Each feature also enters the text vectors as a token of its own ("#10", "@EG"), so that
# "10%" matches "عشرة بالمئة" and "قطري" matches "قطر" in the similarity itself, and the
# index finds a paraphrase sharing no word but its places and numbers. Its weight, in
# occurrences of a character n-gram:
FEATURE_WEIGHT = 3


def _agreement(a: frozenset, b: frozenset, factor: float, unstated: float) -> float:
    if a == b:
        return 1.0
    if (a - b) and (b - a):
        return factor
    return unstated


def feature_agreement(query: ClaimFeatures, other: ClaimFeatures) -> float:
    """Factor in (0, 1] by which negation, numbers, dates, places and names that disagree
    lower a text similarity (1.0 when they agree)."""
    factor = NEGATION_FACTOR if query.negated != other.negated else 1.0
    factor *= _agreement(query.numbers, other.numbers, NUMBER_FACTOR, NUMBER_UNSTATED)
    factor *= _agreement(query.dates, other.dates, DATE_FACTOR, DATE_UNSTATED)
    factor *= _agreement(query.places, other.places, PLACE_FACTOR, PLACE_UNSTATED)
    factor *= _agreement(query.names, other.names, NAME_FACTOR, NAME_UNSTATED)
    return factor


def feature_tokens(features: ClaimFeatures) -> list[str]:
    """The features as tokens for text vectors and the index (``#10``, ``@EG``, ``~m5``)."""
    out = [f"#{v:g}" for v in features.numbers]
    out += [f"@{p}" for p in features.places]
    out += [f"~{d}" for d in features.dates]
    out += [f"&{n}" for n in features.names]
    if features.negated:
        out.append("!not")
    return out


def text_vector(text: str) -> Counter:
    """Character n-grams of ``text`` plus its feature tokens (``FEATURE_WEIGHT`` each)."""
    grams = char_ngrams(text)
    for token in feature_tokens(claim_features(text)):
        grams[token] += FEATURE_WEIGHT
    return grams


def ngram_cosines(query: str | Counter, texts: list[str] | list[Counter]) -> list[float]:
    """Cosine of character n-gram TF-IDF vectors, IDF over ``texts`` plus the query.

    The query and ``texts`` may be given as ``text_vector`` counters already.
    """
    q = query if isinstance(query, Counter) else text_vector(query)
    docs = [t if isinstance(t, Counter) else text_vector(t) for t in texts]
    n = len(docs) + 1
    df: Counter = Counter(q.keys())
    for d in docs:
        df.update(d.keys())
    idf = {f: math.log((n + 1) / (c + 1)) + 1.0 for f, c in df.items()}
    qv = _tfidf(q, idf)
    out = []
    for d in docs:
        dv = _tfidf(d, idf)
        out.append(sum(w * dv.get(f, 0.0) for f, w in qv.items()))
    return out


def with_aliases(vector: Counter, text: str, aliases: Aliases) -> Counter:
    """``vector`` plus one token per alias group ``text`` names (``FEATURE_WEIGHT`` each),
    so ``TikTok`` and ``تيك توك`` share that token as the same spelling would share its
    n-grams. The vector itself (cached per claim) is left as it is."""
    tokens = aliases.tokens(text)
    if not tokens:
        return vector
    vector = Counter(vector)
    for token in tokens:
        vector[token] += FEATURE_WEIGHT
    return vector


# -- the suggestion index -------------------------------------------------------------------

CANDIDATES = 60
MAX_QUERY_TERMS = 10
POSTINGS_BUDGET = 60_000


class SuggestionIndex:
    """In-memory inverted index of claim quotes (stems), synced with the ``claims`` table.

    ``postings[stem]`` holds the ids of the claims whose quote has that stem (once per
    claim). Deleted claims are dropped from ``article`` and skipped; their postings stay
    until the next full rebuild.
    """

    def __init__(self) -> None:
        self.postings: dict[str, array] = {}
        self.article: dict[int, int] = {}  # live claim id -> article id
        self.dead: set[int] = set()
        self.max_id = 0
        self.seen: tuple = (0, 0, 0)  # the claims table as last synced: see ``sync``
        self.id_sum = 0  # of the ids in ``article``
        self.grams: dict[int, Counter] = {}  # n-grams of recently ranked quotes

    def ngrams(self, claim_id: int, quote: str) -> Counter:
        grams = self.grams.get(claim_id)
        if grams is None:
            if len(self.grams) > 50_000:
                self.grams.clear()
            grams = self.grams[claim_id] = text_vector(quote)
        return grams

    def _live(self) -> tuple:
        """Count and sums (ids, squares) of the live claims held, as ``sync`` reads them."""
        return (len(self.article), self.id_sum)

    def _add(self, claim_id: int, article_id: int, quote: str) -> None:
        self.article[claim_id] = article_id
        self.id_sum += claim_id
        if claim_id in self.dead:  # restored with its old id: same quote, same postings
            self.dead.discard(claim_id)
            return
        postings = self.postings
        for t in set(index_terms(quote)):
            plist = postings.get(t)
            if plist is None:
                postings[t] = array("q", (claim_id,))
            else:
                plist.append(claim_id)

    def sync(self, s) -> None:
        """Catch up with the claims table (every insert and delete, by anyone).

        Its set of ids is fingerprinted by highest id, count and sum: a claim deleted and
        another restored (same count, same highest id) changes the sum. (Two deleted and
        two restored whose ids add up alike would not: the sum of squares costs 3x more to
        read, on every suggestion.)
        """
        seen = tuple(
claim_quotes.fingerprint(s))
        if seen == self.seen:
            return
        max_id = seen[0]
        for claim_id, article_id, quote in claim_quotes.quotes_after(s, self.max_id):
            self._add(claim_id, article_id, quote)
        if self._live() != seen[1:]:  # deletions, or claims restored with old ids
            live = claim_quotes.claim_articles(s)
            for claim_id in [c for c in self.article if c not in live]:
                del self.article[claim_id]
                self.id_sum -= claim_id
                self.dead.add(claim_id)
            for claim_id in [c for c in live if c not in self.article]:
                self._add(claim_id, live[claim_id], claim_quotes.quote(s, claim_id))
        self.max_id, self.seen = max_id, seen
        if len(self.dead) > max(1000, len(self.article)):
            self.__init__()  # mostly tombstones: rebuild
            self.sync(s)

    def candidates(
        self, query_terms: list[str], exclude_article: int, limit: int
    ) -> list[tuple[int, float]]:
        """Up to ``limit`` live claims outside ``exclude_article``, by summed IDF of the
        query stems they contain (rarest stems first, at most ``POSTINGS_BUDGET`` read)."""
        n = len(self.article)
        if not n:
            return []
        terms = sorted(
            (t for t in set(query_terms) if t in self.postings),
            key=lambda t: len(self.postings[t]),
        )[:MAX_QUERY_TERMS]
        scores: dict[int, float] = {}
        get = scores.get
        read = 0
        for t in terms:
            plist = self.postings[t]
            if read and read + len(plist) > POSTINGS_BUDGET:
                break
            read += len(plist)
            df = min(len(plist), n)
            w = math.log(1 + (n - df + 0.5) / (df + 0.5))
            for claim_id in plist:
                scores[claim_id] = get(claim_id, 0.0) + w
        if len(scores) < limit and n <= 4 * limit:  # small collection: rank them all
            for claim_id in self.article:
                scores.setdefault(claim_id, 0.0)
        article = self.article
        out: list[tuple[int, float]] = []
        want = limit
        while True:
            best = heapq.nlargest(want, scores.items(), key=itemgetter(1))
            out = [
                (c, v)
                for c, v in best
                if article.get(c, exclude_article) != exclude_article
            ]
            if len(out) >= limit or len(best) < want:
                return out[:limit]
            want *= 4


# Suggestions scoring below this are not offered. Calibrated on the tune split of the
# labelled set (``calibrate_min_score`` in tests/perf/linking_eval.py): the threshold
# maximising F2 of "this suggestion is a true paraphrase" over the five suggestions each
# query shows (recall counted twice: a paraphrase left out means a claim checked twice),
# put halfway between the lowest score kept and the highest left out. Re-run
# ``python -m tests.perf.linking_eval`` after changing the ranker: it prints the value.
MIN_SUGGESTION_SCORE = 0.235
SUGGESTIONS_SHOWN = 5  # how many the inspector lists


def warm_up(store: Store, index: SuggestionIndex) -> int:
    """Build or refresh the suggestion index now (e.g. off the GUI thread at start-up);
    returns the number of claims it holds."""
    with store.read() as s:
        index.sync(s)
    return len(index.article)


def suggest_claims(
    store: Store,
    index: SuggestionIndex,
    text: str,
    article_id: int,
    start: int,
    end: int,
    limit: int = SUGGESTIONS_SHOWN,
    *,
    min_score: float = MIN_SUGGESTION_SCORE,
    aliases: Aliases | None = None,
) -> list[tuple[Claim, float]]:
    """Claims (group primaries) that ``text[start:end]`` of an article probably repeats.

    ``aliases``: the desk's alias list; spellings of one name count as the same name
    (``with_aliases``).

    Only groups with an appearance in another article are ranked, each by its best such
    appearance; the group of a claim already marked exactly on this span is left out.
    Scores are in 0..1 (text similarity times feature agreement: module doc), best first;
    none below ``min_score`` (by default ``MIN_SUGGESTION_SCORE``).
    """
    checked_span_range(text, start, end)
    if limit <= 0:
        return []
    span = text[start:end]
    query_terms = index_terms(span)
    if not query_terms:
        return []
    aliases = aliases or Aliases()
    for token in aliases.tokens(span):  # find claims naming the name in another script
        for spelling in aliases.groups[int(token[1:])]:
            query_terms += stems(spelling)
    with store.read() as s:
        index.sync(s)
        found = index.candidates(query_terms, article_id, CANDIDATES)
        if not found:
            return []
        rows = claim_quotes.quote_rows(s, [c for c, _ in found])
        excluded = claim_quotes.groups_marked_at(s, article_id, start, end)
        rows = [r for r in rows if r[1] != article_id]
        cosines = ngram_cosines(
            with_aliases(text_vector(span), span, aliases),
            [with_aliases(index.ngrams(r[0], r[3]), r[3], aliases) for r in rows],
        )
        query_features = claim_features(span)
        cosines = [
            cos * feature_agreement(query_features, claim_features(r[3]))
            for r, cos in zip(rows, cosines)
        ]
        best: dict[int, float] = {}
        for (claim_id, _aid, linked_to, _quote), score in zip(rows, cosines):
            group = linked_to if linked_to is not None else claim_id
            if group in excluded or score < min_score:
                continue
            if score > best.get(group, -1.0):
                best[group] = score
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        claims = repo.get_claims(s, [group for group, _ in ranked])
        return [
            (claims[group], round(max(0.0, min(1.0, score)), 4))
            for group, score in ranked
            if group in claims
        ]


def claim_to_suggest_for(store: Store, claim_id: int) -> Claim | None:
    """The claim (own values) whose span the inspector asks suggestions for; None once it
    is linked or has appearances (the inspector lists those instead)."""
    with store.read() as s:
        claim = require_claim(s, claim_id)
        if claim.linked_to is not None or repo.count_linked(s, claim_id):
            return None
    return claim
