"""``factcheck report --json`` (the dashboard's numbers) and the all-claims queue's review
columns, which the database computes and must agree with the history's replay."""

from __future__ import annotations

from datetime import datetime, timedelta

from factcheck import dashboard, workflow
from factcheck.dashboard import QueueFilter
from factcheck.desk import Desk


def test_report_json_gives_the_desks_numbers(run, run_json, wf_db, desk_with_editors):
    run("--as", "omar", "claim", "add", "1", "--sentence", "2", "--status", "false")
    run("--as", "omar", "claim", "add", "1", "--sentence", "3", "--status", "true")
    run("--as", "sara", "claim", "add", "2", "--sentence", "2", "--status", "false")
    run("--as", "omar", "claim", "add", "2", "--sentence", "3")
    run("--as", "omar", "claim", "link", "4", "--to", "1", "--keep", "other")  # one verdict
    run("--as", "sara", "review", "approve", "1")
    run("--as", "nour", "review", "return", "2", "--comment", "مصدر؟")
    # double rating: agreement over one shared claim
    run("--as", "hala", "assign", "2", "--to", "omar", "--second", "nour")
    run("--as", "omar", "rate", "3", "--status", "false")
    run("--as", "nour", "rate", "3", "--status", "false")

    numbers = run_json("report")
    assert numbers["verdicts_by_status"]["false"] == 2  # claim 4 shares claim 1's verdict
    assert numbers["verdicts_by_status"]["true"] == 1
    assert list(numbers["verdicts_by_status"])[:3] == ["unverified", "in_progress", "true"]
    assert numbers["review_states"] == {"none": 0, "proposed": 1, "approved": 1, "returned": 1}
    assert numbers["verdicts_by_editor"] == {"omar": 2, "sara": 1}
    (week,) = numbers["verdicts_per_week"]
    year, iso_week, _ = datetime.now().isocalendar()
    assert week == f"{year}-W{iso_week:02d}" and numbers["verdicts_per_week"][week] == 3
    assert numbers["articles_by_state"] == {"new": 0, "in_progress": 0, "in_review": 2,
                                            "done": 0}  # fmt: skip
    queue = numbers["review_queue"]
    assert queue["waiting"] == 1 and queue["by_age"]["under_1_day"] == 1
    assert 0 <= queue["oldest_days"] < 1
    assert numbers["agreement"]["n"] == 1


def test_the_review_queue_ages_and_an_empty_desk(wf_db, run, run_json, desk_with_editors):
    assert run_json("report")["agreement"] is None
    run("--as", "omar", "claim", "add", "1", "--sentence", "2", "--status", "false")
    desk = Desk.open(wf_db)
    try:
        later = datetime.now().astimezone() + timedelta(days=4)
        queue = dashboard.desk_numbers(desk, now=later).review_queue
    finally:
        desk.close()
    assert queue["by_age"]["3_to_7_days"] == 1 and 4 <= queue["oldest_days"] < 4.1


def test_waiting_verdicts_fall_in_their_age_classes_even_with_a_damaged_time(
    wf_db, run, desk_with_editors
):
    """Each waiting verdict is counted in the class of its proposal's age (the database
    computes the ages on SQLite); a proposal time that cannot be read counts as new
    rather than stopping the dashboard."""
    import sqlalchemy as sa

    for sentence in range(2, 7):
        run("--as", "omar", "claim", "add", "1", "--sentence", sentence, "--status", "false")
    now = datetime.now().astimezone()
    stamps = [(now - timedelta(days=d)).isoformat(timespec="seconds") for d in (0.5, 2, 5, 10)]
    stamps.append("not a time")
    engine = sa.create_engine(wf_db if isinstance(wf_db, str) else f"sqlite:///{wf_db}")
    try:
        with engine.begin() as conn:
            for claim_id, at in enumerate(stamps, start=1):  # a later proposal row each
                conn.execute(
                    sa.text(
                        "INSERT INTO history (at, who, claim_id, entity, entity_id, action, "
                        "field, old, new) VALUES (:at, 'omar', :c, 'status', :e, 'update', "
                        "'status', 'false', 'false')"
                    ),
                    {"at": at, "c": claim_id, "e": str(claim_id)},
                )
    finally:
        engine.dispose()
    desk = Desk.open(wf_db)
    try:
        queue = dashboard.desk_numbers(desk, now=now).review_queue
    finally:
        desk.close()
    assert queue["waiting"] == 5
    assert queue["by_age"] == {"under_1_day": 2, "1_to_3_days": 1, "3_to_7_days": 1,
                               "over_7_days": 1}  # fmt: skip
    assert 9.99 <= queue["oldest_days"] <= 10.01


def test_the_queues_review_columns_agree_with_the_history(wf_db, run, tmp_path,
                                                          desk_with_editors):  # fmt: skip
    for sentence in range(2, 9):
        run("--as", "omar", "claim", "add", "1", "--sentence", sentence, "--status", "false")
    run("--as", "omar", "claim", "add", "2", "--sentence", "2")
    run("--as", "sara", "review", "approve", "1")
    run("--as", "sara", "review", "return", "2", "--comment", "x")
    run("--as", "omar", "review", "propose", "2")
    run("--as", "nour", "review", "approve", "3")
    run("--as", "omar", "claim", "set", "3", "--status", "true")  # proposed again
    run("--as", "sara", "review", "approve", "4")
    run("--as", "hala", "export", "claimreview", tmp_path / "cr.json")  # publishes 1 and 4
    run("--as", "sara", "review", "reopen", "4", "--reason", "new")
    run("--as", "omar", "justify", "5", "نص")
    run("--as", "sara", "review", "return", "6", "--comment", "y")
    run("--as", "omar", "claim", "link", "8", "--to", "1", "--keep", "other")
    desk = Desk.open(wf_db, annotator="sara")
    try:
        workflow.approve(desk, 7)
        workflow.withdraw_review(desk, 7)  # the window's undo of an approval
        claims = desk.claims()
        replayed = workflow.reviews(desk, claims)
        rows = dashboard.queue_page(desk, QueueFilter(), limit=1000)
        by_id = {r[0]: dict(zip(dashboard.QUEUE_FIELDS, r)) for r in rows}
        for claim in claims:
            want = replayed[claim.group_id]
            got = by_id[claim.id]
            assert got["review"] == want.state, claim.id
            if want.state != "none":
                assert got["editor"] == want.proposed_by, claim.id
            assert got["reviewer"] == (
                want.reviewed_by if want.state in ("approved", "returned") else None
            ), claim.id
        assert {r[0] for r in dashboard.queue_page(desk, QueueFilter(waiting_for="sara"))} == {
            c.id for c in claims
            if c.linked_to is None and replayed[c.id].state == "proposed"
            and replayed[c.id].proposed_by != "sara"
        }  # fmt: skip
    finally:
        desk.close()


def test_the_dashboards_review_counts_agree_with_the_history(wf_db, run, tmp_path,
                                                             desk_with_editors):  # fmt: skip
    """The dashboard counts every verdict in one grouped pass over the history; it must say
    what replaying each verdict's history says (approvals, returns, re-proposals,
    publication and reopening, an approval taken back, links)."""
    for sentence in range(2, 9):
        run("--as", "omar", "claim", "add", "1", "--sentence", sentence, "--status", "false")
    run("--as", "sara", "claim", "add", "2", "--sentence", "2", "--status", "true")
    run("--as", "omar", "claim", "add", "2", "--sentence", "3")  # no verdict
    run("--as", "sara", "review", "approve", "1")
    run("--as", "sara", "review", "return", "2", "--comment", "x")
    run("--as", "omar", "review", "propose", "2")
    run("--as", "nour", "review", "approve", "3")
    run("--as", "nour", "claim", "set", "3", "--status", "true")  # proposed again, by nour
    run("--as", "sara", "review", "approve", "4")
    run("--as", "hala", "export", "claimreview", tmp_path / "cr.json")  # publishes 1 and 4
    run("--as", "sara", "review", "reopen", "4", "--reason", "new")
    run("--as", "sara", "review", "return", "6", "--comment", "y")
    run("--as", "omar", "claim", "link", "8", "--to", "1", "--keep", "other")
    desk = Desk.open(wf_db, annotator="nour")
    try:
        workflow.approve(desk, 5)
        workflow.withdraw_review(desk, 5)  # the window's undo: proposed again, by omar
        numbers = dashboard.desk_numbers(desk)
        groups = [c for c in desk.claims() if c.linked_to is None]
        replayed = workflow.reviews(desk, groups)
    finally:
        desk.close()
    want_states = dict.fromkeys(workflow.REVIEW_STATES, 0)
    want_editors: dict[str, int] = {}
    for claim in groups:
        review = replayed[claim.group_id]
        want_states[review.state] += 1
        if review.state != "none":
            want_editors[review.proposed_by] = want_editors.get(review.proposed_by, 0) + 1
    assert numbers.review_states == want_states
    assert want_states == {"none": 1, "proposed": 4, "approved": 2, "returned": 1}
    assert numbers.verdicts_by_editor == want_editors
    assert numbers.review_queue["waiting"] == 4
    assert sum(numbers.verdicts_per_week.values()) == 7


def test_the_dashboards_article_states_agree_with_the_replay(wf_db, tmp_path, desk_with_editors):
    """The dashboard reads the articles' states from its one grouped pass over the history;
    they must be what replaying each article's verdicts gives (``workflow.article_states``)
    for every way an article gets its state: approved, returned, re-proposed, published
    and reopened, an approval taken back, linked claims, open claims, assigned, set."""
    from factcheck.export.jsonld import write_claimreview
    from factcheck.store import desk_queries as dq

    folder = tmp_path / "more"
    folder.mkdir()
    for n in range(10):
        (folder / f"a{n}.txt").write_text(
            f"خبر رقم {n} عن الوزارة\nقالت الوزارة إن العدد {n} ألف. ونفى المتحدث ذلك. "
            f"وأكد مصدر آخر الرقم {n}.\n",
            encoding="utf-8",
        )
    omar, sara, hala = (Desk.open(wf_db, annotator=n) for n in ("omar", "sara", "hala"))
    try:
        ids = sorted(o.article_id for o in omar.import_paths([folder]))
        a = dict(enumerate(ids))

        def claims(article, *statuses):
            return [omar.add_claim_for_sentence(a[article], i + 2, status_id=st).id
                    for i, st in enumerate(statuses)]  # fmt: skip

        done = claims(0, "false", "true")  # both approved: done
        for cid in done:
            workflow.approve(sara, cid)
        mixed = claims(1, "false", "misleading")  # one approved, one returned: in review
        workflow.approve(sara, mixed[0])
        workflow.return_verdict(sara, mixed[1], "المصدر؟")
        again = claims(2, "false")  # approved, then changed: proposed again
        workflow.approve(sara, again[0])
        omar.set_status(again[0], "true")
        claims(3, "false", "unverified")  # an open claim: in progress
        workflow.assign(hala, a[4], "omar")  # no claims, assigned: in progress
        # a[5]: no claims, nobody assigned: new
        claims(6, "unverified")
        workflow.set_article_state(hala, a[6], "done")  # set by an editor: done
        linked = claims(7, "false", "false")  # one linked to a done claim, one approved
        omar.link_merging(linked[0], done[0], "agree", keep="other")
        workflow.approve(sara, linked[1])
        taken_back = claims(8, "false")  # approved, the approval taken back
        workflow.approve(sara, taken_back[0])
        workflow.withdraw_review(sara, taken_back[0])
        published = claims(9, "satire")  # approved, published, reopened: still approved
        workflow.approve(sara, published[0])
        assert write_claimreview(hala, tmp_path / "cr.json") >= 1
        workflow.reopen(sara, published[0], "تصحيح")
        workflow.propose_again(omar, mixed[1])  # re-proposed unchanged, returned again
        workflow.return_verdict(sara, mixed[1], "مرة أخرى")

        replayed = workflow.article_states(hala)
        with hala.store.read() as s:
            groups = sum(n for st, n in dq.primary_status_counts(s).items()
                         if st not in dq.NOT_VERDICTS)  # fmt: skip
            _counted, _waiting, per_article = dq.desk_verdicts(
                s, hala.default_status_id, groups, datetime.now().astimezone(), [1.0]
            )
        counted = workflow.article_states_counted(hala, per_article)
        numbers = dashboard.desk_numbers(hala)
    finally:
        for desk in (omar, sara, hala):
            desk.close()
    assert counted == replayed
    assert [replayed[a[n]] for n in range(10)] == [
        "done", "in_review", "in_review", "in_progress", "in_progress", "new", "done",
        "done", "in_review", "done",
    ]  # fmt: skip
    want = dict.fromkeys(workflow.ARTICLE_STATES, 0)
    for state in replayed.values():
        want[state] += 1
    assert numbers.articles_by_state == want



def test_verdict_last_events_follow_the_history_and_are_rebuilt_by_the_upgrade(
    wf_db, desk_with_editors
):
    """``verdict_last_events`` (what the dashboard reads instead of a grouped pass over
    the history) is written by a trigger on each new history row; it must hold what the
    grouped pass gives, for every kind of review row, and the migration that adds it to a
    desk with a history must fill it with the same."""
    import sqlalchemy as sa
    from alembic import command

    from factcheck.store import engine as engine_mod

    omar, sara = (Desk.open(wf_db, annotator=n) for n in ("omar", "sara"))
    try:
        made = [omar.add_claim_for_sentence(1, i, status_id="false").id for i in (2, 3, 4, 5, 6)]
        workflow.approve(sara, made[0])  # approved
        workflow.return_verdict(sara, made[1], "المصدر؟")  # returned
        workflow.approve(sara, made[2])
        omar.set_status(made[2], "true")  # approved, then changed: proposed again
        workflow.approve(sara, made[3])
        workflow.withdraw_review(sara, made[3])  # approval taken back
        omar.set_status(made[4], "unverified")  # no verdict any more
        omar.add_claim_for_sentence(2, 2)  # never a verdict
    finally:
        omar.close()
        sara.close()

    grouped = (
        "SELECT g.claim_id, g.last_event, g.last_approved, g.last_returned, g.last_proposal, "
        "p.who, p.at FROM (SELECT claim_id, max(id) AS last_event, "
        "max(CASE WHEN entity = 'review' AND action IN ('approve', 'publish', 'reopen') "
        "THEN id END) AS last_approved, "
        "max(CASE WHEN entity = 'review' AND action = 'return' THEN id END) AS last_returned, "
        "max(CASE WHEN NOT (entity = 'review' AND action IN "
        "('approve', 'return', 'publish', 'reopen', 'withdraw')) THEN id END) AS last_proposal "
        "FROM history WHERE claim_id IS NOT NULL AND (entity IN ('status', 'review') "
        "OR (entity = 'claim' AND action IN ('create', 'restore'))) GROUP BY claim_id) AS g "
        "LEFT JOIN history AS p ON p.id = g.last_proposal ORDER BY g.claim_id"
    )
    stored = "SELECT * FROM verdict_last_events ORDER BY claim_id"
    url = wf_db if isinstance(wf_db, str) else f"sqlite:///{wf_db}"
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            expected = [tuple(r) for r in conn.exec_driver_sql(grouped)]
            assert [tuple(r) for r in conn.exec_driver_sql(stored)] == expected
        states = {r[0]: r for r in expected}
        assert states[made[0]][2] == states[made[0]][1]  # last row an approval
        assert states[made[1]][3] == states[made[1]][1]  # last row a return
        assert states[made[2]][4] == states[made[2]][1] and states[made[2]][5] == "omar"
        assert states[made[3]][2] is not None and states[made[3]][2] != states[made[3]][1]

        cfg = engine_mod.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0013")
            assert not sa.inspect(conn).has_table("verdict_last_events")
            command.upgrade(cfg, "head")
        with engine.connect() as conn:
            assert [tuple(r) for r in conn.exec_driver_sql(stored)] == expected
    finally:
        engine.dispose()
