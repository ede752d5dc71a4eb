"""The contact summary (migration 0006) always equals a brute-force scan of the contact log.

Random sequences of writes — through the ORM services, Core bulk inserts like the
importer's and the demo's, and raw SQL — and after each sequence the table, a
rebuild, and the dormant / no-municipal-contact signals are compared with a plain
Python computation over the raw rows.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from liaison.services import records
from liaison.services.settings import load_thresholds
from liaison.services.signals import DORMANT, NO_MUNICIPAL_CONTACT, months_before, signals
from liaison.storage import contact_summary
from liaison.storage.db import Database
from liaison.storage.models import Interaction, Organisation, interaction_organisation, utcnow

TODAY = dt.date(2026, 6, 1)
#: The organisations of one example: two initiatives, two municipalities, a fund.
KINDS = ["initiative", "initiative", "municipality", "municipality", "fund"]


def at(offset: int) -> dt.datetime:
    return dt.datetime.combine(TODAY + dt.timedelta(days=offset), dt.time(9, 30))


def stored(moment: dt.datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite (the raw rows are compared as text)."""
    return moment.isoformat(" ", "microseconds")


def brute_force(
    session: Session, before: str | None = None
) -> dict[int, tuple[str | None, str | None]]:
    """Organisation id → (last live contact, last live contact with a live municipality), raw.

    ``before``: only entries dated before it (the signals leave out contact after today).
    """
    conn = session.connection()
    orgs = {
        i: (kind, deleted)
        for i, kind, deleted in conn.exec_driver_sql(
            "SELECT id, kind, deleted_at FROM organisation"
        )
    }
    live = {
        i: at
        for i, at, deleted in conn.exec_driver_sql(
            "SELECT id, occurred_at, deleted_at FROM interaction"
        )
        if deleted is None and (before is None or at < before)
    }
    members: dict[int, set[int]] = {}
    for iid, oid in conn.exec_driver_sql(
        "SELECT interaction_id, organisation_id FROM interaction_organisation"
    ):
        members.setdefault(iid, set()).add(oid)
    result: dict[int, tuple[str | None, str | None]] = {i: (None, None) for i in orgs}
    for iid, oids in members.items():
        if iid not in live:
            continue
        when = live[iid]
        municipal = any(orgs[o] == ("municipality", None) for o in oids)
        for o in oids:
            last, last_muni = result[o]
            result[o] = (
                max(last or when, when),
                max(last_muni or when, when) if municipal else last_muni,
            )
    return result


def table(session: Session) -> dict[int, tuple[str | None, str | None]]:
    rows = {
        i: (a, b)
        for i, a, b in session.connection().exec_driver_sql(
            "SELECT organisation_id, last_contact_at, last_municipal_contact_at "
            "FROM contact_summary"
        )
    }
    ids = [i for (i,) in session.connection().exec_driver_sql("SELECT id FROM organisation")]
    return {i: rows.get(i, (None, None)) for i in ids}


operation = st.one_of(
    st.tuples(
        st.just("log"), st.sets(st.integers(0, 4), min_size=1, max_size=3), st.integers(-500, 5)
    ),
    st.tuples(
        st.just("bulk"), st.sets(st.integers(0, 4), min_size=1, max_size=3), st.integers(-500, 5)
    ),
    st.tuples(st.sampled_from(["trash", "restore", "hard_delete"]), st.integers(0, 20)),
    st.tuples(st.sampled_from(["redate", "raw_redate"]), st.integers(0, 20), st.integers(-500, 5)),
    st.tuples(st.sampled_from(["drop", "add"]), st.integers(0, 20), st.integers(0, 4)),
    st.tuples(st.just("kind"), st.integers(0, 4), st.sampled_from(["municipality", "fund"])),
    st.tuples(st.sampled_from(["trash_org", "restore_org"]), st.integers(0, 4)),
)


def apply(s: Session, op: tuple[Any, ...], orgs: list[int], log: list[int]) -> None:
    """One write of the kind Liaison's services, importer, undo or demo make."""
    name = op[0]
    if name == "log":
        members = [records.get(s, Organisation, orgs[j], include_deleted=True) for j in op[1]]
        obj = records.create(s, Interaction, occurred_at=at(op[2]), summary="Gesprek")
        obj.organisations = members  # trashed organisations can be in old entries too
        s.flush()
        log.append(obj.id)
        return
    if name == "bulk":  # the importer's and the demo's way: Core inserts, no ORM events
        conn = s.connection()
        now = utcnow()
        iid = conn.execute(
            insert(Interaction).values(
                uuid=str(uuid_mod.uuid4()),
                occurred_at=at(op[2]),
                channel="call",
                summary="Bulk",
                follow_up_done=False,
                created_at=now,
                updated_at=now,
                version=1,
            )
        ).inserted_primary_key[0]
        conn.execute(
            insert(interaction_organisation),
            [{"interaction_id": iid, "organisation_id": orgs[j]} for j in op[1]],
        )
        log.append(iid)
        return
    if name in ("kind", "trash_org", "restore_org"):
        oid = orgs[op[1]]
        org = records.get(s, Organisation, oid, include_deleted=True)
        if name == "kind":
            org.kind = op[2]
            s.flush()
        elif name == "trash_org" and org.deleted_at is None:
            records.delete(s, Organisation, oid)
        elif name == "restore_org":
            records.restore(s, Organisation, oid)
        return
    if not log:
        return
    iid = log[op[1] % len(log)]
    obj = s.get(Interaction, iid)
    if obj is None:
        return  # hard-deleted earlier
    if name == "trash":
        if obj.deleted_at is None:
            records.delete(s, Interaction, iid)
    elif name == "restore":
        records.restore(s, Interaction, iid)
    elif name == "hard_delete":
        s.delete(obj)
        s.flush()
    elif name == "redate":
        obj.occurred_at = at(op[2])
        s.flush()
    elif name == "raw_redate":
        s.flush()
        s.connection().exec_driver_sql(
            "UPDATE interaction SET occurred_at = ? WHERE id = ?",
            (stored(at(op[2])), iid),
        )
        s.expire(obj)
    elif name in ("drop", "add"):
        org = records.get(s, Organisation, orgs[op[2]], include_deleted=True)
        members = list(obj.organisations)
        if name == "drop" and org in members:
            members.remove(org)
        elif name == "add" and org not in members:
            members.append(org)
        obj.organisations = members
        s.flush()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(ops=st.lists(operation, min_size=1, max_size=14), split=st.integers(0, 14))
def test_summary_equals_a_full_scan_after_any_writes(
    db: Database, ops: list[tuple[Any, ...]], split: int
) -> None:
    with db.session_scope() as s:
        orgs = [
            records.create(s, Organisation, name=f"Organisatie {j}", kind=kind).id
            for j, kind in enumerate(KINDS)
        ]
    log: list[int] = []
    # Two transactions, so that writes also meet rows committed earlier.
    for part in (ops[:split], ops[split:]):
        with db.session_scope() as s:
            for op in part:
                apply(s, op, orgs, log)
                assert table(s) == brute_force(s), op
    with db.session_scope(write=False) as s:
        expected = brute_force(s)
        assert table(s) == expected
        t = load_thresholds(s)
        found = signals(s, today=TODAY, initiative_ids=orgs)
        live_initiatives = {
            i
            for i, kind, deleted in s.execute(
                select(Organisation.id, Organisation.kind, Organisation.deleted_at).where(
                    Organisation.id.in_(orgs)
                )
            )
            if kind == "initiative" and deleted is None
        }
        assert set(found) == live_initiatives
        dormant_since = stored(
            dt.datetime.combine(months_before(TODAY, t.dormant_months), dt.time())
        )
        muni_since = stored(
            dt.datetime.combine(months_before(TODAY, t.municipal_contact_months), dt.time())
        )
        as_of = brute_force(s, before=stored(at(1).replace(hour=0, minute=0)))
        for iid, items in found.items():
            last, last_muni = as_of[iid]
            codes = {x.code: x for x in items}
            assert (DORMANT in codes) == (last is None or last < dormant_since)
            assert (NO_MUNICIPAL_CONTACT in codes) == (last_muni is None or last_muni < muni_since)
            if DORMANT in codes:
                want = dt.date.fromisoformat(last[:10]) if last else None
                assert codes[DORMANT].params["last_contact"] == want
    with db.session_scope() as s:
        contact_summary.rebuild(s)
        assert table(s) == expected
        for oid in orgs:  # leave a clean slate for the next example
            if records.get(s, Organisation, oid, include_deleted=True).deleted_at is None:
                records.delete(s, Organisation, oid)


def test_rebuild_and_the_portable_aggregate_agree_with_the_triggers(db: Database) -> None:
    with db.session_scope() as s:
        town = records.create(s, Organisation, name="Gemeente", kind="municipality")
        ini = records.create(s, Organisation, name="Buurtkeuken", kind="initiative")
        other = records.create(s, Organisation, name="Fonds", kind="fund")
        for offset, members in ((-400, [ini, town]), (-30, [ini, other]), (-10, [other])):
            obj = records.create(s, Interaction, occurred_at=at(offset), summary="x")
            obj.organisations = members
        s.flush()
        kept = table(s)
        assert kept[ini.id] == (stored(at(-30)), stored(at(-400)))
        assert kept[other.id] == (stored(at(-10)), None)
        aggregate = {
            i: (stored(a) if a else None, stored(b) if b else None)
            for i, a, b in s.execute(contact_summary.aggregate())
        }
        assert aggregate == {i: v for i, v in kept.items() if v != (None, None)}
        assert contact_summary.rebuild(s) == 3
        assert table(s) == kept
        # Forgetting an organisation entirely (hard delete) removes its row and its links.
        s.delete(town)
        s.flush()
        assert table(s) == brute_force(s)
        assert table(s)[ini.id] == (stored(at(-30)), None)


def _triggers(s: Session) -> set[str]:
    return {
        name
        for (name,) in s.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        )
    }


def test_bulk_loads_suspend_the_triggers_and_rebuild_once(db: Database) -> None:
    with db.session_scope(write=False) as s:
        kept = _triggers(s)
    assert {"contact_summary_link_insert", "contact_summary_link_delete"} <= kept
    with db.session_scope() as s:
        orgs = [
            records.create(s, Organisation, name=f"Bulk {j}", kind=kind).id
            for j, kind in enumerate(KINDS)
        ]
        log: list[int] = []
        with contact_summary.suspended(s):
            assert not any(n.startswith("contact_summary") for n in _triggers(s))
            for j, offset in ((0, -30), (1, -300), (2, -10)):
                apply(s, ("bulk", {j, 2 if j != 2 else 3}, offset), orgs, log)
            assert table(s) != brute_force(s)  # nothing follows the writes in here…
        assert _triggers(s) == kept
        assert table(s) == brute_force(s)  # …until the rebuild at the end
        apply(s, ("trash", 0), orgs, log)  # and the triggers are back for what follows
        assert table(s) == brute_force(s)
    try:
        with db.session_scope() as s, contact_summary.suspended(s):
            raise RuntimeError("the import failed")
    except RuntimeError:
        pass
    with db.session_scope(write=False) as s:
        assert _triggers(s) == kept
