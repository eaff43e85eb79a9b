"""JSON-LD exports: schema.org ClaimReview and W3C Web Annotation.

ClaimReview (``write_claimreview``)
    A JSON array; each element is a complete, standalone ClaimReview object with its own
    ``"@context": "https://schema.org"``, ready to paste into a page's
    ``<script type="application/ld+json">``: every ``<``, ``>``, ``&``, U+2028 and U+2029
    (and C1 control) is written as a ``\\u`` escape (``script_safe_json``), so no title or
    note can close the element (``</script>``) or open a comment; both exports do so. One element per claim *group* (a claim and its
    linked appearances, ``factcheck.desk.links``) whose verdict is publishable: readers
    are told it. That is every status with a rating (``true`` … ``false``) and every status
    the scale file (resources/status_scale.json) marks ``"publishable"`` by id
    (``unverifiable``, ``satire``, ``outdated``); the work states (unverified, in
    progress) are left out. Publishability is read from the file, not stored: the
    statuses table has no column for it, so no migration is needed. Only
    verdicts a reviewer approved are published (``include_unapproved`` to preview the
    others too); each approved verdict written is then recorded as published in the
    history and frozen until a reviewer reopens it with a reason.

    * ``claimReviewed``: the primary claim's quote, white space collapsed, outer quotes
      dropped, every status label (Arabic and English, any status of the scale) removed as
      whole words, cut at a word boundary to at most 75 characters (``…`` added).
    * ``reviewRating``: ``Rating`` with ``alternateName`` the label in the review's
      language (``lang``: ``"ar"`` by default, or ``"en"``; ``inLanguage`` says which) and
      ``name`` the English label, so an English consumer has one too. ``ratingValue``
      (the status rating), ``bestRating`` 5 and ``worstRating`` 1 only when the scale
      gives the verdict a position; a textual verdict (satire, outdated …) has none.
    * ``url``: the review's own address. The desk does not know where the newsroom will
      publish the review, so it is ``url_template`` formatted with ``claim_id`` when given
      (``--url-template https://example.org/checks/{claim_id}``), else the stable
      ``urn:factcheck:claim:ID`` (ID of the group's primary) for the publishing system to
      replace. It is never the article's URL: that is where the claim *appeared*
      (``itemReviewed.appearance``), not the review.
    * ``author``: the organisation (``org``, with ``url`` ``org_url`` and an
      ``ImageObject`` ``logo`` ``org_logo`` when given; both http(s) addresses) when given,
      else the person who set the verdict (the history's last status change of the primary, else its annotator);
      ``datePublished``: when that verdict was set (ISO 8601 with offset).
    * ``itemReviewed``: a ``Claim`` whose ``appearance`` lists one ``CreativeWork`` per
      article the group appears in (``url`` when the article has one, ``headline``,
      ``publisher``, ``datePublished``, ``identifier`` ``urn:factcheck:article:ID``);
      ``firstAppearance`` is the one with the earliest known publication date (else the
      primary's article); ``datePublished`` of the claim is that date when known.
    * ``reviewBody``: the verdict's public justification when there is one (``factcheck
      justify``); the internal note is never published.

Web Annotation (``write_annotations``)
    One ``AnnotationCollection`` document (``@context`` http://www.w3.org/ns/anno.jsonld)
    whose ``first`` page embeds one ``Annotation`` per claim (every appearance), each also
    carrying the ``@context`` so it can be taken out on its own. ``motivation`` is
    ``assessing``; ``target.source`` is the article URL, else ``urn:factcheck:article:ID``;
    ``target.selector`` holds a ``TextPositionSelector`` (code-point ``start``/``end`` into
    the stored text, as the model says) and a ``TextQuoteSelector`` (``exact`` =
    ``text[start:end]``, 32-character ``prefix``/``suffix``). Bodies: the status labels
    (``purpose: assessing``, Arabic and English), the status id (``classifying``), the
    note (``commenting``), each evidence URL (``SpecificResource``, ``linking``), the
    group (``identifying`` ``urn:factcheck:claim:PRIMARY``) and the stance of the article
    toward the claim (``tagging`` ``stance:agree`` …).
"""

from __future__ import annotations

import json
import os
import re
from itertools import chain
from pathlib import Path

from factcheck import workflow
from factcheck.export.atomic import ITEMS, check_target, json_chunks, write_atomic
from factcheck.export.cells import script_safe_json
from factcheck.model import InvalidInput
from factcheck.resources import publishable_status_ids
from factcheck.text import normalize_text

CLAIM_REVIEWED_MAX = 75
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
SCHEMA_CONTEXT = "https://schema.org"
_WORD = re.compile(r"[^\W_]+")
_OUTER = " \t\"'“”«»‘’„‹›()[]"


def claim_urn(claim_id: int) -> str:
    return f"urn:factcheck:claim:{claim_id}"


def article_urn(article_id: int) -> str:
    return f"urn:factcheck:article:{article_id}"


def _word_key(word: str) -> str:
    return "".join(_WORD.findall(normalize_text(word)))


def short_claim(quote: str, labels: list[str], limit: int = CLAIM_REVIEWED_MAX) -> str:
    """``claimReviewed``: the quote without status labels, at most ``limit`` characters."""
    words = quote.split()
    keys = [_word_key(w) for w in words]
    label_keys = sorted(
        {tuple(k for k in (_word_key(w) for w in lab.split()) if k) for lab in labels}
        - {()},
        key=len,
        reverse=True,
    )
    kept: list[str] = []
    i = 0
    while i < len(words):
        for lab in label_keys:
            if tuple(keys[i : i + len(lab)]) == lab:
                i += len(lab)
                break
        else:
            kept.append(words[i])
            i += 1
    text = " ".join(kept).strip(_OUTER) or " ".join(words).strip(_OUTER)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    if cut < limit // 2:
        cut = limit - 1
    return text[:cut].rstrip(" ،,؛;:-–—") + "…"


def _creative_work(article) -> dict:
    work: dict = {"@type": "CreativeWork"}
    if article.url:
        work["url"] = article.url
    work["headline"] = article.title
    if article.publisher:
        work["publisher"] = {"@type": "Organization", "name": article.publisher}
    if article.published:
        work["datePublished"] = article.published
    work["identifier"] = article_urn(article.id)
    return work


def claim_reviews(
    desk,
    *,
    article_id: int | None = None,
    org: str | None = None,
    url_template: str | None = None,
    include_unapproved: bool = False,
    lang: str = "ar",
    org_url: str | None = None,
    org_logo: str | None = None,
) -> list[dict]:
    """The ClaimReview objects (see the module docstring), by primary claim id."""
    return list(
        iter_claim_reviews(
            desk,
            article_id=article_id,
            org=org,
            url_template=url_template,
            include_unapproved=include_unapproved,
            lang=lang,
            org_url=org_url,
            org_logo=org_logo,
        )
    )


def iter_claim_reviews(
    desk,
    *,
    article_id: int | None = None,
    org: str | None = None,
    url_template: str | None = None,
    include_unapproved: bool = False,
    exported: dict[int, str] | None = None,
    lang: str = "ar",
    org_url: str | None = None,
    org_logo: str | None = None,
):
    """``claim_reviews``, one at a time: the groups are read a batch at a time, with their
    verdicts' history entries and their articles (without the texts). Only approved
    verdicts unless ``include_unapproved``; ``exported`` (if given) receives the group id
    and status of each approved review yielded."""
    statuses = {s.id: s for s in desk.statuses()}
    labels = [lab for s in statuses.values() for lab in (s.label_ar, s.label_en) if lab]
    published = publishable_ids(statuses.values())
    author = organisation(org, org_url, org_logo)
    for batch in desk.iter_groups(article_id, published):
        found = None
        if not include_unapproved or exported is not None:
            found = workflow.review_states(desk, {ms[0].id: ms[0].status_id for ms in batch})
        if not include_unapproved:  # published verdicts are approved ones (four eyes)
            batch = [ms for ms in batch if found[ms[0].id] == "approved"]
            if not batch:
                continue
        if exported is not None:  # only approved verdicts are recorded as published
            exported.update(
                (ms[0].id, ms[0].status_id) for ms in batch if found[ms[0].id] == "approved"
            )
        events = desk.verdict_events([members[0].id for members in batch])
        articles = desk.article_headers({m.article_id for ms in batch for m in ms})
        bodies = workflow.justifications(desk, [members[0].id for members in batch])
        for members in batch:
            review = _claim_review(
                members, statuses, labels, events, articles, author, url_template, lang
            )
            body = bodies.get(members[0].id, "")
            if body.strip():
                review["reviewBody"] = body
            yield review


def publishable_ids(statuses) -> list[str]:
    """The statuses readers are told: rated ones and those the scale file marks."""
    marked = publishable_status_ids()
    return [s.id for s in statuses if s.rating is not None or s.id in marked]


def organisation(name: str | None, url: str | None, logo: str | None) -> dict | None:
    """The publishing organisation (``author``), or None without a name; its address and
    logo must be http(s) addresses (they are published as links)."""
    for what, value in (("address", url), ("logo", logo)):
        if value is not None and not _web_address(value):
            raise InvalidInput(
                template="The organisation's {what} {value!r} is not valid: give an http "
                "or https address.",
                what=what,
                value=value,
            )
    if not name:
        return None
    org: dict = {"@type": "Organization", "name": name}
    if url:
        org["url"] = url
    if logo:
        org["logo"] = {"@type": "ImageObject", "url": logo}
    return org


def _web_address(value: str) -> bool:
    from factcheck.model import FactcheckError, validate_source_url

    try:
        return bool(validate_source_url(value))
    except FactcheckError:
        return False


def _rating(status, lang: str) -> dict:
    rating: dict = {"@type": "Rating"}
    if status.rating is not None:  # a position on the scale; textual verdicts have none
        rating.update(ratingValue=status.rating, bestRating=5, worstRating=1)
    rating["alternateName"] = status.label_en if lang == "en" else status.label_ar
    rating["name"] = status.label_en
    return rating


def _claim_review(members, statuses, labels, events, articles, author, url_template,
                  lang) -> dict:  # fmt: skip
    primary = members[0]
    gid = primary.id
    status = statuses[primary.status_id]
    at, who = events.get(gid, (primary.updated_at, primary.annotator))
    seen: list[int] = []
    for m in members:
        if m.article_id not in seen:
            seen.append(m.article_id)
    works = [_creative_work(articles[aid]) for aid in seen]
    dated = [
        (articles[aid].published, i)
        for i, aid in enumerate(seen)
        if articles[aid].published
    ]
    first = works[min(dated)[1]] if dated else works[0]
    item: dict = {
        "@type": "Claim",
        "appearance": works,
        "firstAppearance": first,
    }
    if first.get("datePublished"):
        item["datePublished"] = first["datePublished"]
    url = review_url(url_template, gid) if url_template else claim_urn(gid)
    review: dict = {
        "@context": SCHEMA_CONTEXT,
        "@type": "ClaimReview",
        "identifier": claim_urn(gid),
        "url": url,
        "inLanguage": lang,
        "claimReviewed": short_claim(primary.quote, labels),
        "reviewRating": _rating(status, lang),
        "author": author or {"@type": "Person", "name": who or primary.annotator},
        "datePublished": at,
        "itemReviewed": item,
    }
    return review


def annotations(desk, *, article_id: int | None = None) -> list[dict]:
    """One W3C Web Annotation per claim (appearance), ordered by article and position."""
    return [a for batch in desk.iter_claims(article_id) for a in _annotations(desk, batch)]


def _annotations(desk, claims):
    """The annotations of a batch of claims (they come article by article)."""
    statuses = {s.id: s for s in desk.statuses()}
    article = None
    for c in claims:
        if article is None or article.id != c.article_id:
            article = desk.article(c.article_id)
        status = statuses.get(c.status_id)
        body: list[dict] = []
        if status is not None:
            body.append(
                {
                    "type": "TextualBody",
                    "purpose": "assessing",
                    "value": status.label_ar,
                    "language": "ar",
                }
            )
            body.append(
                {
                    "type": "TextualBody",
                    "purpose": "assessing",
                    "value": status.label_en,
                    "language": "en",
                }
            )
        body.append(
            {"type": "TextualBody", "purpose": "classifying", "value": c.status_id}
        )
        if c.note.strip():
            body.append(
                {"type": "TextualBody", "purpose": "commenting", "value": c.note}
            )
        for src in c.sources:
            body.append(
                {"type": "SpecificResource", "purpose": "linking", "source": src.url}
            )
        body.append(
            {
                "type": "SpecificResource",
                "purpose": "identifying",
                "source": claim_urn(c.group_id),
            }
        )
        body.append(
            {"type": "TextualBody", "purpose": "tagging", "value": f"stance:{c.stance}"}
        )
        yield {
            "@context": ANNO_CONTEXT,
            "id": f"urn:factcheck:annotation:{c.id}",
            "type": "Annotation",
            "motivation": "assessing",
            "created": c.created_at,
            "modified": c.updated_at,
            "creator": {"type": "Person", "name": c.annotator},
            "body": body,
            "target": {
                "source": article.url or article_urn(article.id),
                "selector": [
                    {
                        "type": "TextPositionSelector",
                        "start": c.start,
                        "end": c.end,
                    },
                    {
                        "type": "TextQuoteSelector",
                        "exact": article.text[c.start : c.end],
                        "prefix": c.prefix,
                        "suffix": c.suffix,
                    },
                ],
            },
        }


def review_url(url_template: str, claim_id: int) -> str:
    """The published review's address: ``{claim_id}`` replaced (nothing else is formatted)."""
    return url_template.replace("{claim_id}", str(claim_id))


def check_url_template(url_template: str) -> None:
    """An http(s) address holding ``{claim_id}`` and no other braces."""
    from factcheck.model import FactcheckError, InvalidInput, validate_source_url

    url = review_url(url_template, 1)
    try:
        ok = "{claim_id}" in url_template and "{" not in url and "}" not in url
        ok = ok and bool(validate_source_url(url))
    except FactcheckError:
        ok = False
    if not ok:
        raise InvalidInput(
            template="URL template {url_template!r} is not valid: give an http or https "
            "address holding {{claim_id}} and no other braces.",
            url_template=url_template,
        )


def write_claimreview(
    desk,
    out: str | os.PathLike[str],
    *,
    article_id: int | None = None,
    overwrite: bool = False,
    org: str | None = None,
    url_template: str | None = None,
    include_unapproved: bool = False,
    lang: str = "ar",
    org_url: str | None = None,
    org_logo: str | None = None,
) -> int:
    """Write the ClaimReview JSON array atomically; returns the number of reviews.

    Only approved verdicts are written unless ``include_unapproved``. The approved
    verdicts written are then recorded as published: frozen until a reviewer reopens them
    (``workflow.reopen``), so what readers were told cannot change silently."""
    target = Path(out)
    check_target(target, overwrite, "the ClaimReview export")
    if desk.store.read_only:
        raise InvalidInput(
            template="This database is open read-only; a ClaimReview export records the "
            "verdicts it publishes (they are frozen until reopened), so it needs a database "
            "it can write."
        )
    if article_id is not None:
        desk.article(article_id)  # raises NotFound
    if url_template is not None:
        check_url_template(url_template)
    organisation(org, org_url, org_logo)  # bad addresses refused before anything is written
    count = 0

    def counted(reviews):
        nonlocal count
        for review in reviews:
            count += 1
            yield review

    exported: dict[int, str] = {}
    reviews = iter_claim_reviews(
        desk,
        article_id=article_id,
        org=org,
        url_template=url_template,
        include_unapproved=include_unapproved,
        exported=exported,
        lang=lang,
        org_url=org_url,
        org_logo=org_logo,
    )
    write_atomic(target, chain(map(script_safe_json, json_chunks([ITEMS], counted(reviews))), ["\n"]), suffix=".json")
    workflow.record_publication(desk, exported)
    return count


def write_annotations(
    desk,
    out: str | os.PathLike[str],
    *,
    article_id: int | None = None,
    overwrite: bool = False,
) -> int:
    """Write the Web Annotation collection atomically; returns the number of annotations."""
    target = Path(out)
    check_target(target, overwrite, "the annotation export")
    if article_id is not None:
        desk.article(article_id)
    with desk.claims_snapshot(article_id) as (total, batches):
        collection = {
            "@context": ANNO_CONTEXT,
            "id": "urn:factcheck:annotations"
            + (f":article:{article_id}" if article_id is not None else ""),
            "type": "AnnotationCollection",
            "label": "factcheck claims",
            "total": total,
            "first": {"type": "AnnotationPage", "startIndex": 0, "items": [ITEMS]},
        }
        items = (a for batch in batches for a in _annotations(desk, batch))
        write_atomic(target, chain(map(script_safe_json, json_chunks(collection, items)), ["\n"]), suffix=".jsonld")
    return total


def load(path: str | os.PathLike[str]):
    """Read an export back (tests, tools)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))
