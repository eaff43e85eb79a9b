"""Main-text extraction of Arabic news pages: trafilatura (as factcheck calls it) beside other
extractors, scored against each page's known article text.

``python -m tests.perf.extractors [--pages] [--repeat N]``

The other extractors are not factcheck dependencies; install them in a development venv
only: ``pip install readability-lxml justext boilerpy3``.

The corpus is ``tests/data/extraction/*.json``: each names a saved page (hand-written, with
the boilerplate of real Arabic news sites: menus, share buttons, related links with teaser
sentences, comments, cookie banners, newsletter boxes, ads between paragraphs) and gives its
headline, its article paragraphs (the gold text), optional text (bylines, captions, a fact
check's claim box: neither required nor counted as leaked) and boilerplate snippets that
must not be kept. Scores, per page, then the mean over pages:

- precision: the extracted words (multiset) that belong to the article, its headline or its
  optional text; recall: the article's words extracted; F1 of the two. Nothing extracted
  scores 0.
- boilerplate leaked: snippets found in the output; paragraphs lost: article paragraphs
  not found whole in the output (spaces collapsed).
- ms/page: median time of one extraction (after a warm-up), the page already decoded.

A home page with no article (``tests/data/intake/no_article.html``) is also given to each:
the words it returns there are text an import would wrongly store.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).parents[1] / "data" / "extraction"
NO_ARTICLE = Path(__file__).parents[1] / "data" / "intake" / "no_article.html"
OTHERS = {"readability": "readability-lxml", "justext": "justext", "boilerpy3": "boilerpy3"}
_WORD = re.compile(r"\w+")
_BLOCKS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td",
    "tr", "table", "section", "article", "figure", "figcaption", "header", "footer", "pre",
}  # fmt: skip


@dataclass
class Case:
    name: str
    kind: str
    html: str
    headline: str
    body: list[str]
    optional: list[str]
    boilerplate: list[str]


def load_corpus(folder: Path = CORPUS) -> list[Case]:
    cases = []
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        cases.append(
            Case(
                name=path.stem,
                kind=gold["kind"],
                html=(folder / gold["page"]).read_text("utf-8"),
                headline=gold["headline"],
                body=gold["body"],
                optional=gold.get("optional", []),
                boilerplate=gold["boilerplate"],
            )
        )
    return cases


def flat(text: str) -> str:
    """NFC, every run of white space one space: how texts are compared."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def words(text: str) -> Counter:
    return Counter(w.lower() for w in _WORD.findall(flat(text)))


def html_to_text(fragment: str) -> str:
    """A fragment of HTML (readability's output) as text, a line per block."""
    import lxml.html

    root = lxml.html.fromstring(fragment)
    for element in root.iter():
        if element.tag == "br" or element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return root.text_content()


# -- the extractors: the page's text in, the article's text out ------------------------------
def factcheck_trafilatura(html: str) -> str:
    """What ``factcheck import`` stores (trafilatura with factcheck's options; the headline
    put first); a page refused for having no article gives ""."""
    from factcheck.intake.html import read_html
    from factcheck.text import DecodeError

    try:
        return read_html(html.encode("utf-8")).text
    except DecodeError:
        return ""


_FACTCHECK_OPTIONS = {  # what factcheck.intake.html passes
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
}


def trafilatura_defaults(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def trafilatura_precision(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, favor_precision=True, **_FACTCHECK_OPTIONS) or ""


def readability_lxml(html: str) -> str:
    from readability import Document

    document = Document(html)
    return document.title() + "\n" + html_to_text(document.summary(html_partial=True))


def justext_arabic(html: str, **options) -> str:
    import justext

    paragraphs = justext.justext(html, justext.get_stoplist("Arabic"), **options)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def boilerpy3_article(html: str) -> str:
    from boilerpy3 import extractors

    return extractors.ArticleExtractor(raise_on_failure=False).get_content(html)


# name -> (package, extract)
EXTRACTORS: dict[str, tuple[str, Callable[[str], str]]] = {
    "trafilatura, as factcheck calls it": ("trafilatura", factcheck_trafilatura),
    "trafilatura, its defaults": ("trafilatura", trafilatura_defaults),
    "trafilatura, favor_precision": ("trafilatura", trafilatura_precision),
    "readability-lxml": ("readability-lxml", readability_lxml),
    "jusText, Arabic stoplist": ("justext", justext_arabic),
    # its default keeps a paragraph only near one of 200+ characters: tuned on these pages
    "jusText, length_high=100": ("justext", lambda html: justext_arabic(html, length_high=100)),
    "boilerpy3 ArticleExtractor": ("boilerpy3", boilerpy3_article),
}


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    leaked: list[str]
    lost: list[str]
    ms: float


def score(case: Case, text: str, ms: float) -> Score:
    out = words(text)
    gold = words(" ".join(case.body))
    allowed = gold + words(" ".join([case.headline, *case.optional]))
    total = sum(out.values())
    precision = sum(min(n, allowed[w]) for w, n in out.items()) / total if total else 0.0
    recall = sum(min(n, out[w]) for w, n in gold.items()) / sum(gold.values())
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    shown = flat(text)
    return Score(
        precision,
        recall,
        f1,
        leaked=[s for s in case.boilerplate if flat(s) in shown],
        lost=[p for p in case.body if flat(p) not in shown],
        ms=ms,
    )


def timed(extract: Callable[[str], str], html: str, repeat: int) -> tuple[str, float]:
    text = extract(html)  # warm-up: imports, caches
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        extract(html)
        times.append(time.perf_counter() - started)
    return text, statistics.median(times) * 1000


def missing_extractors() -> list[str]:
    return [package for module, package in OTHERS.items() if importlib.util.find_spec(module) is None]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.extractors", description=__doc__.split("\n")[0])
    parser.add_argument("--pages", action="store_true", help="also a table per page")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per page (median)")
    args = parser.parse_args(argv)
    missing = missing_extractors()
    if missing:
        print(
            f"extractors missing: {', '.join(missing)}; install them in a development venv only "
            f"(not factcheck dependencies): pip install {' '.join(OTHERS.values())}",
            file=sys.stderr,
        )
        return 1
    cases = load_corpus()
    results: dict[str, list[Score]] = {}
    for name, (_, extract) in EXTRACTORS.items():
        results[name] = [score(case, *timed(extract, case.html, args.repeat)) for case in cases]
    no_article = NO_ARTICLE.read_text("utf-8")

    versions = ", ".join(
        f"{package} {importlib.metadata.version(package)}"
        for package in dict.fromkeys(package for package, _ in EXTRACTORS.values())
    )
    snippets = sum(len(c.boilerplate) for c in cases)
    paragraphs = sum(len(c.body) for c in cases)
    print(f"{len(cases)} Arabic news pages, {paragraphs} article paragraphs, {snippets} boilerplate snippets ({versions})")
    print()
    print("| extractor | precision | recall | F1 | boilerplate leaked | paragraphs lost | pages with F1 < 0.9 | ms/page | words kept from a page with no article |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, scores in results.items():
        mean = {
            attr: statistics.fmean(getattr(s, attr) for s in scores)
            for attr in ("precision", "recall", "f1", "ms")
        }
        leaked = sum(len(s.leaked) for s in scores)
        lost = sum(len(s.lost) for s in scores)
        weak = sum(1 for s in scores if s.f1 < 0.9)
        junk = sum(words(EXTRACTORS[name][1](no_article)).values())
        print(
            f"| {name} | {mean['precision']:.3f} | {mean['recall']:.3f} | {mean['f1']:.3f} | "
            f"{leaked} of {snippets} | {lost} of {paragraphs} | {weak} of {len(cases)} | "
            f"{mean['ms']:.1f} | {junk} |"
        )
    if args.pages:
        for i, case in enumerate(cases):
            print(f"\n{case.name}: {case.kind}")
            for name, scores in results.items():
                s = scores[i]
                print(
                    f"  {name:28} P {s.precision:.2f} R {s.recall:.2f} F1 {s.f1:.2f} "
                    f"{s.ms:6.1f} ms  leaked {s.leaked or '-'}  lost {len(s.lost)}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
