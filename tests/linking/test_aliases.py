"""Names across scripts: the alias list (TikTok = تيك توك = تيكتوك) in search, link
suggestions and the ``factcheck alias`` commands, on both backends."""

from __future__ import annotations

import json

import pytest

from factcheck.cli.main import main
from factcheck.desk import Desk
from factcheck.desk.aliases import starter_groups
from factcheck.model import InvalidInput

LATIN = "قالت الوزارة إن تطبيق TikTok سيُحظر في المدارس الحكومية."
JOINED = "وأكد المتحدث أن حظر تيكتوك يبدأ الشهر المقبل."
BIDEN = "التقى الرئيس بايدن وزير الخارجية أمس."


@pytest.fixture
def desk(db_url):
    d = Desk.open(db_url)
    yield d
    d.close()


@pytest.fixture
def articles(desk):
    """Three articles: TikTok in Latin script, تيكتوك joined, and بايدن (no alias)."""
    return [desk.import_text(text, title=f"a{i}").article_id
            for i, text in enumerate((LATIN, JOINED, BIDEN))]  # fmt: skip


def found(desk: Desk, query: str) -> dict[int, str]:
    """``{article_id: the text each hit covers}`` of a search."""
    return {
        h.article_id: desk.article(h.article_id).text[h.start : h.end]
        for h in desk.search(query)
    }


def test_the_starter_list_makes_each_spelling_find_the_others(desk, articles):
    latin, joined, _ = articles
    assert found(desk, "تيك توك") == {latin: "TikTok", joined: "تيكتوك"}
    assert found(desk, "tiktok") == {latin: "TikTok", joined: "تيكتوك"}
    # with another word: both must occur, the name in any spelling
    assert found(desk, "المقبل tiktok") == {joined: "تيكتوك"}
    hits = desk.search("TikTok المدارس")
    text = desk.article(latin).text
    assert [text[a:b] for a, b in hits[0].matches] == ["TikTok", "المدارس"]


def test_a_name_added_by_the_desk_is_searched_in_both_scripts(db_url, desk, articles):
    biden = articles[2]
    assert found(desk, "Biden") == {}
    assert desk.add_alias("Biden", "بايدن") == ("بايدن", "Biden")
    assert found(desk, "Biden") == {biden: "بايدن"}
    again = Desk.open(db_url)  # stored in the database, not in the window's memory
    try:
        assert ("بايدن", "Biden") in again.aliases()
        assert found(again, "biden") == {biden: "بايدن"}
    finally:
        again.close()


def test_removing_a_spelling_stops_it_matching_and_is_kept(db_url, desk, articles):
    latin, joined, _ = articles
    desk.remove_alias("تيكتوك")
    assert found(desk, "TikTok") == {latin: "TikTok"}
    again = Desk.open(db_url)
    try:
        assert ("TikTok", "تيك توك", "Tik Tok") in again.aliases()
        assert found(again, "تيكتوك") == {joined: "تيكتوك"}
    finally:
        again.close()


def test_adding_joins_two_groups_and_refuses_what_adds_nothing(desk):
    desk.add_alias("Meta", "Facebook")
    assert set(desk.add_alias("ميتا", "meta")) == {"Facebook", "فيسبوك", "فيس بوك", "Meta", "ميتا"}
    with pytest.raises(InvalidInput, match="already the same name"):
        desk.add_alias("فيسبوك", "META")
    with pytest.raises(InvalidInput, match="needs a letter or a digit"):
        desk.add_alias("!!", "Meta")
    with pytest.raises(InvalidInput, match="not in the alias list"):
        desk.remove_alias("Nobody")


def test_suggestions_match_a_name_spelt_in_another_script(desk):
    """Two claims differ from the query only by the visitor's name: the one naming him in
    Arabic script ranks first, clearly, once the desk says Biden = بايدن (without it the
    two tie and the older one comes first)."""
    scholz = "شولتس يزور القاهرة الأسبوع المقبل"
    biden = "بايدن يزور القاهرة الأسبوع المقبل"
    query = "Biden يزور القاهرة الأسبوع المقبل"
    scholz_claim = desk.add_claim(desk.import_text(scholz, title="s").article_id, 0, len(scholz))
    biden_claim = desk.add_claim(desk.import_text(biden, title="b").article_id, 0, len(biden))
    asking = desk.import_text(query, title="q").article_id
    desk.add_alias("Biden", "بايدن")
    ranked = desk.suggest_claims(asking, 0, len(query), min_score=0)
    assert [c.id for c, _ in ranked] == [biden_claim.id, scholz_claim.id]
    assert ranked[0][1] > ranked[1][1] + 0.1


def test_the_starter_list_is_short_and_holds_tiktok():
    groups = starter_groups()
    assert 1 < len(groups) <= 20
    assert ["TikTok", "تيك توك", "تيكتوك", "Tik Tok"] in groups


def test_cli_alias_commands(db_url, capsys):
    db = str(db_url)
    assert main(["--db", db, "alias", "add", "Biden", "--same-as", "بايدن"]) == 0
    assert capsys.readouterr().out.strip() == "بايدن = Biden"
    assert main(["--db", db, "alias", "list", "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)
    assert ["بايدن", "Biden"] in groups and ["TikTok", "تيك توك", "تيكتوك", "Tik Tok"] in groups
    assert main(["--db", db, "alias", "remove", "Biden"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "alias", "list"]) == 0
    assert "Biden" not in capsys.readouterr().out
    assert main(["--db", db, "alias", "remove", "Biden"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'Biden' is not in the alias list" in err


def test_a_copied_desk_keeps_its_alias_changes(db_url, desk, tmp_path, capsys):
    desk.add_alias("Biden", "بايدن")
    desk.remove_alias("Twitter")
    expected = desk.aliases()
    copy = tmp_path / "copy.sqlite"
    assert main(["--db", str(db_url), "copy", "--to", str(copy)]) == 0
    copied = Desk.open(copy)
    try:
        assert copied.aliases() == expected
        assert ("بايدن", "Biden") in copied.aliases()
        assert not any("Twitter" in group for group in copied.aliases())
    finally:
        copied.close()
