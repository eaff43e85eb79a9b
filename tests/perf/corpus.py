"""A deterministic synthetic Arabic news corpus built from the seed articles.

The two seed articles are split into sentences (``factcheck.text.sentence_spans``); the
sentences are recombined, spliced and sprinkled with what real newsroom copy carries: Latin
names and brands, URLs, numbers in ASCII, Arabic-Indic and Persian digits (with the Arabic
decimal and thousands separators), emoji outside the BMP (surrogate pairs in Qt: two positions each),
English paragraphs, and the odd very long paragraph.

Every article is drawn from its own ``random.Random(f"{seed}:{index}")``, so article ``i`` is
the same whatever the corpus size: the first 1,000 articles of a 10,000-article corpus are the
1,000-article corpus. Same seed, same texts, on every machine.
"""

from __future__ import annotations

import bisect
import random
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from factcheck.resources import seeds_dir
from factcheck.text import sentence_spans

__all__ = [
    "DEFAULT_SEED",
    "EMOJI",
    "LATIN_NAMES",
    "article",
    "articles",
    "big_article",
    "claim_spans",
    "seed_pieces",
    "seed_sentences",
    "spread",
    "write_articles",
]

DEFAULT_SEED = 20240601
MIN_BYTES = 2 * 1024
MAX_BYTES = 10 * 1024
BIG_CHARS = 1_000_000
FILES_PER_FOLDER = 500

LATIN_NAMES = (
    "Jeff Bezos",
    "Wells Fargo",
    "Mike Pompeo",
    "ByteDance",
    "Amazon Web Services",
    "Reuters",
    "The New York Times",
    "Kevin Mayer",
    "Microsoft",
    "Oracle",
    "Zhang Yiming",
    "Vanessa Pappas",
    "U.S. Navy",
    "Dr. Sarah Miller",
    "CNBC",
    "WHO",
    "GDP",
)
URLS = (
    "https://www.example.com/news/2020/07/10/amazon-tiktok",
    "www.reuters.com/article/us-amazon-tiktok",
    "https://twitter.com/amazon/status/1281612345678901234",
    "press@example.org",
)
EMOJI = ("😀", "📱", "📈", "🔴", "🚫", "🇸🇦", "🇺🇸", "👍🏽", "🤔", "🔥", "💬", "🧵")
ENGLISH = (
    "Amazon said the email sent to employees earlier on Friday was an error.",
    "There is no change to our policies right now with regard to TikTok.",
    "Wells Fargo asked employees to delete the app from company-owned devices.",
    "The Republican National Committee warned staff about data security concerns.",
    "A spokesperson said user data is stored in the U.S., with backups in Singapore.",
    "Shares rose 3.5% in early trading, to $3,104.75, before falling back.",
)
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_TERMINATORS = ".!?؟…"
_PHRASES = (
    "بحسب {name}",
    "وفق ما نقلته {name}",
    "(وفقاً لـ {name})",
    "كما أكد {name}",
)
_NUMBER_PHRASES = (
    "بنسبة {pct}",
    "نحو {int} موظف",
    "في عام {year}",
    "بقيمة {dec} مليار دولار",
    "خلال {small} أيام",
    "بلغ عدد المستخدمين {int}",
)


def to_arabic_digits(value: object) -> str:
    """``2020`` → ``٢٠٢٠``; a ``.`` becomes the Arabic decimal separator ``٫``."""
    return str(value).replace(".", "٫").replace(",", "٬").translate(_ARABIC_DIGITS)


@lru_cache(maxsize=1)
def _seed_texts() -> tuple[str, ...]:
    return tuple(
        unicodedata.normalize("NFC", p.read_text(encoding="utf-8-sig"))
        for p in sorted(seeds_dir().glob("*.txt"))
    )


@lru_cache(maxsize=1)
def seed_sentences() -> tuple[str, ...]:
    """Every sentence of the seed articles (as segmented by the app), in file order."""
    out = []
    for text in _seed_texts():
        out += [text[a:b] for a, b in sentence_spans(text)]
    return tuple(out)


@lru_cache(maxsize=1)
def _seed_stream() -> tuple[str, tuple[int, ...]]:
    """The seed articles one after the other (a blank line after each), and where each
    of their sentences starts in that text."""
    stream, starts = "", []
    for text in _seed_texts():
        starts += [len(stream) + a for a, _ in sentence_spans(text)]
        stream += text.rstrip("\n") + "\n\n"
    return stream, tuple(starts)


def seed_pieces(n: int = 5000, chars: int = 3000) -> list[str]:
    """``n`` distinct texts of exactly ``chars`` code points, cut from the seeds' own text.

    The same files for every tool a benchmark compares (``tests.perf.label_studio``): piece
    ``i`` (from 1) is a numbered title line, ``مقال i``, then the seeds' text read on from
    where the previous piece's cut fell, moved on to the next sentence start, cycling
    through the two articles. A piece ends at a word or line boundary when the cut falls on
    one; otherwise its last character becomes ``…``, as an excerpt is cut.
    """
    if n < 0:
        raise ValueError("n must be 0 or more")
    stream, starts = _seed_stream()
    period = len(stream)
    pieces = []
    for i in range(1, n + 1):
        head = f"مقال {i}\n\n"
        size = chars - len(head)
        if size < 1:
            raise ValueError(f"chars must be more than {len(head)} (the title line)")
        at = bisect.bisect_left(starts, ((i - 1) * size) % period)
        start = starts[at] if at < len(starts) else period  # the first sentence, again
        need = start + size + 1
        text = stream * (need // period + 1)
        body = text[start : start + size]
        if not (body[-1].isspace() or text[start + size].isspace()):
            body = body[:-1] + "…"
        pieces.append(head + body)
    return pieces


@lru_cache(maxsize=1)
def _pools() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(body sentences, short title candidates, all sentences split into words)."""
    sentences = seed_sentences()
    body = tuple(s for s in sentences if len(s.split()) >= 6)
    titles = tuple(s.rstrip(_TERMINATORS + " ") for s in sentences if 4 <= len(s.split()) <= 14)
    return body, titles, sentences


def _number(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return f"{rng.randint(1000, 99999):,}"
    if kind == 1:
        return f"{rng.uniform(0.1, 99.9):.1f}"
    if kind == 2:
        return to_arabic_digits(rng.randint(10, 9999))
    if kind == 3:
        return to_arabic_digits(f"{rng.uniform(0.5, 99.5):.1f}")
    if kind == 4:
        return to_arabic_digits(f"{rng.randint(1000, 99999):,}")
    return str(rng.randint(10, 9999)).translate(_PERSIAN_DIGITS)


def _number_phrase(rng: random.Random) -> str:
    arabic = rng.random() < 0.5
    pct = rng.randint(2, 98)
    values = {
        "pct": f"٪{to_arabic_digits(pct)}" if arabic else f"{pct}%",
        "int": _number(rng),
        "year": to_arabic_digits(rng.randint(1990, 2024)) if arabic else str(rng.randint(1990, 2024)),
        "dec": to_arabic_digits(f"{rng.uniform(1, 500):.2f}") if arabic else f"{rng.uniform(1, 500):.2f}",
        "small": to_arabic_digits(rng.randint(2, 9)) if arabic else str(rng.randint(2, 9)),
    }
    return rng.choice(_NUMBER_PHRASES).format(**values)


def _insert_words(rng: random.Random, sentence: str, insert: str) -> str:
    words = sentence.split(" ")
    if len(words) < 3:
        return f"{sentence} {insert}"
    at = rng.randint(1, len(words) - 1)
    return " ".join(words[:at] + [insert] + words[at:])


def _ensure_end(sentence: str, rng: random.Random) -> str:
    sentence = sentence.rstrip()
    if not sentence or sentence[-1] not in _TERMINATORS + "»”\")":
        sentence += rng.choice(("." , ".", ".", "!", "؟"))
    return sentence


def _sentence(rng: random.Random) -> str:
    body, _, _ = _pools()
    roll = rng.random()
    if roll < 0.55:
        s = rng.choice(body)
    elif roll < 0.85:  # splice the head of one sentence to the tail of another
        a, b = rng.choice(body).split(" "), rng.choice(body).split(" ")
        s = " ".join(a[: rng.randint(2, max(2, len(a) - 1))] + b[rng.randint(1, max(1, len(b) - 2)) :])
    else:
        s = rng.choice(ENGLISH) if rng.random() < 0.3 else rng.choice(body)
    if rng.random() < 0.35:
        s = _insert_words(rng, s, rng.choice(_PHRASES).format(name=rng.choice(LATIN_NAMES)))
    if rng.random() < 0.45:
        s = _insert_words(rng, s, _number_phrase(rng))
    if rng.random() < 0.04:
        s = _insert_words(rng, s, rng.choice(URLS))
    s = _ensure_end(s, rng)
    if rng.random() < 0.08:
        s += " " + "".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 3)))
    return s


def _paragraph(rng: random.Random, long_share: float, long_range: tuple[int, int]) -> list[str]:
    if rng.random() < 0.03:
        return [rng.choice(ENGLISH) for _ in range(rng.randint(1, 3))]
    n = rng.randint(*long_range) if rng.random() < long_share else rng.randint(1, 6)
    return [_sentence(rng) for _ in range(n)]


def _title(rng: random.Random, tag: str) -> str:
    _, titles, _ = _pools()
    title = rng.choice(titles)
    if rng.random() < 0.2:
        title += " " + rng.choice(EMOJI)
    return f"{title} — {tag}"


def article(index: int, seed: int = DEFAULT_SEED) -> str:
    """Article number ``index``: 2–10 KB of UTF-8, unique (its number is in the title)."""
    rng = random.Random(f"{seed}:{index}")
    target = rng.randint(MIN_BYTES + 512, MAX_BYTES)
    title = _title(rng, f"تقرير رقم {to_arabic_digits(index + 1)}")
    parts = [title]
    size = len(title.encode("utf-8"))
    done = False
    while not done:
        sentences = _paragraph(rng, 0.08, (12, 40))
        kept = []
        for s in sentences:
            cost = len(s.encode("utf-8")) + 2
            if size + cost > target and size >= MIN_BYTES:
                done = True
                break
            if size + cost > MAX_BYTES:
                done = True
                break
            kept.append(s)
            size += cost
        if kept:
            parts.append(" ".join(kept))
    return unicodedata.normalize("NFC", "\n\n".join(parts) + "\n")


def articles(n: int, seed: int = DEFAULT_SEED, start: int = 0) -> list[str]:
    """Articles ``start .. start+n-1``."""
    return [article(i, seed) for i in range(start, start + n)]


def big_article(chars: int = BIG_CHARS, seed: int = DEFAULT_SEED) -> str:
    """One long dossier of at least ``chars`` code points (default 1,000,000: 1 MB+).

    Paragraphs are mostly short, some run to 100–250 sentences (tens of KB in one block).
    """
    rng = random.Random(f"{seed}:big:{chars}")
    parts = [_title(rng, "ملف موسّع")]
    size = len(parts[0])
    while size < chars:
        paragraph = " ".join(_paragraph(rng, 0.02, (100, 250)))
        parts.append(paragraph)
        size += len(paragraph) + 2
    # Guarantee the mix the benchmarks rely on even at tiny sizes.
    parts.insert(1, f"{LATIN_NAMES[0]} {EMOJI[0]} {to_arabic_digits('12.5')}٪ — 3.5%.")
    return unicodedata.normalize("NFC", "\n\n".join(parts) + "\n")


def write_articles(
    folder: str | Path,
    texts: Sequence[str],
    *,
    start: int = 0,
    per_folder: int = FILES_PER_FOLDER,
) -> list[Path]:
    """Write ``texts`` as ``.txt`` files, an archive of sub-folders of ``per_folder`` files.

    One file in ten is written as Windows would (UTF-8 with BOM, CRLF line ends); the import
    turns it back into the same text. Returns the paths, in the order of ``texts``.
    """
    root = Path(folder)
    paths = []
    for offset, text in enumerate(texts):
        i = start + offset
        sub = root / f"batch-{i // per_folder:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"article-{i:06d}.txt"
        if i % 10 == 9:
            path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
        else:
            path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths


def spread(total: int, capacities: Sequence[int]) -> list[int]:
    """Share ``total`` claims as evenly as possible, never more than an article's capacity."""
    counts = [0] * len(capacities)
    left = total
    open_ = [i for i, c in enumerate(capacities) if c > 0]
    while left > 0 and open_:
        share = max(1, left // len(open_))
        still = []
        for i in open_:
            if left <= 0:
                break
            add = min(share, capacities[i] - counts[i], left)
            counts[i] += add
            left -= add
            if counts[i] < capacities[i]:
                still.append(i)
        open_ = still
    return counts


def claim_spans(
    text: str, k: int, rng: random.Random, spans: Iterable[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """``k`` distinct claim spans: whole sentences, or a few words inside one."""
    spans = list(spans if spans is not None else sentence_spans(text))
    spans = [s for s in spans if text[s[0] : s[1]].strip()]
    chosen = rng.sample(spans, min(k, len(spans)))
    out = []
    for a, b in sorted(chosen):
        if rng.random() < 0.3 and b - a > 40:
            # a clause: from a word start to a later word end inside the sentence
            inner = text[a:b]
            cuts = [i for i, ch in enumerate(inner) if ch == " "]
            if len(cuts) >= 4:
                i, j = sorted(rng.sample(cuts, 2))
                if j - i > 8:
                    a, b = a + i + 1, a + j
        out.append((a, b))
    return out
