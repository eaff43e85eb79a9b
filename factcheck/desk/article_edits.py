"""Editing an article's metadata (title, publisher, author, address, date, language).

The text of an article never changes; its metadata may, when the import got it wrong or
found none. Each changed field is one history entry (entity ``article``), written in the
same transaction as the change.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from factcheck.desk import history
from factcheck.desk.history import Change
from factcheck.intake.document import language_tag, one_line, web_address
from factcheck.model import (
    EDITABLE_ARTICLE_FIELDS,
    Article,
    ConflictError,
    InvalidInput,
    NotFound,
)
from factcheck.store import article_meta
from factcheck.store import repository as repo

TITLE_LIMIT = 500
_LANG = re.compile(r"[a-z]{2,3}")


def _checked(field: str, value: str) -> str:
    """``value`` as stored for ``field``; InvalidInput saying what is wrong."""
    if field == "url":
        text = value.strip()
        if text and not web_address(text):
            raise InvalidInput(
                template="An article's URL must be an absolute http or https address "
                "without a user name or password: {url}",
                url=text,
            )
        return text
    if field == "published":
        text = value.strip()
        if text:
            try:
                (date if len(text) == 10 else datetime).fromisoformat(text)
            except ValueError:
                raise InvalidInput(
                    template="A publication date is written YYYY-MM-DD (or an ISO date and "
                    "time): {value}",
                    value=text,
                ) from None
        return text
    if field == "lang":
        text = value.strip()
        tag = language_tag(text)
        if text and not (tag and _LANG.fullmatch(tag)):
            raise InvalidInput(
                template="A language is a language code such as ar or en: {value}", value=text
            )
        return tag
    text = one_line(value, TITLE_LIMIT)
    if field == "title" and not text:
        raise InvalidInput(template="An article needs a title.")
    return text


def set_metadata(
    store, who: str, article_id: int, *, expected: dict[str, str] | None = None, **changes: str | None
) -> Article:
    """Set the given fields (``None`` = unchanged) of an article in one transaction with
    their history entries (by ``who``); returns the article's header (no text).

    ``expected``: the values the editor saw (field -> value); a field stored otherwise now
    (changed elsewhere since) refuses the whole change, so it is never overwritten unseen.
    """
    wanted = {f: _checked(f, v) for f, v in changes.items() if v is not None}
    unknown = set(wanted) - set(EDITABLE_ARTICLE_FIELDS)
    if unknown:
        raise ValueError(f"not an editable article field: {sorted(unknown)}")
    with store.write() as s:
        current = repo.get_article(s, article_id, with_text=False)
        if current is None:
            raise NotFound(template="There is no article {article_id}.", article_id=article_id)
        for field, seen in (expected or {}).items():
            if getattr(current, field) != seen:
                raise ConflictError(
                    template="Article {article_id} was changed elsewhere (now {value!r}); "
                    "your edit was not saved.",
                    article_id=article_id,
                    value=getattr(current, field),
                )
        changed = {f: v for f, v in wanted.items() if getattr(current, f) != v}
        if changed:
            article_meta.update_metadata(s, article_id, changed)
            history.record(
                s,
                who,
                [
                    Change(
                        claim_id=None, entity="article", entity_id=article_id,
                        action="update", field=field, old=getattr(current, field), new=value,
                    )
                    for field, value in changed.items()
                ],
            )  # fmt: skip
        return repo.get_article(s, article_id, with_text=False)
