"""The contact log's filters by organisation or person find the same entries as before.

``queries._interaction_org_where``/``_interaction_person_where`` became
``id IN (…)`` instead of a correlated EXISTS (the quick filter on 225,000
entries took a second); these tests hold the results to the EXISTS form.
"""

from __future__ import annotations

from sqlalchemy import exists, select

from liaison import demo
from liaison.services import queries
from liaison.storage.db import Database
from liaison.storage.models import (
    Interaction,
    Neighbourhood,
    Organisation,
    Person,
    Tag,
    interaction_organisation,
    interaction_person,
    organisation_tag,
)
from liaison.text import fold


def _org_exists(condition):
    return exists(
        select(interaction_organisation.c.interaction_id)
        .join(Organisation, Organisation.id == interaction_organisation.c.organisation_id)
        .where(interaction_organisation.c.interaction_id == Interaction.id, condition)
    )


def _person_exists(condition):
    return exists(
        select(interaction_person.c.interaction_id)
        .join(Person, Person.id == interaction_person.c.person_id)
        .where(interaction_person.c.interaction_id == Interaction.id, condition)
    )


def _live_ids(s, *conditions) -> list[int]:
    stmt = (
        select(Interaction.id)
        .where(Interaction.deleted_at.is_(None), *conditions)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
    )
    return list(s.scalars(stmt))


def test_contact_log_filters_match_the_exists_form(db: Database) -> None:
    demo.generate(db, size=300)
    with db.session_scope(write=False) as s:
        hood_id, district = s.execute(
            select(Neighbourhood.id, Neighbourhood.district)
            .join(Organisation, Organisation.neighbourhood_id == Neighbourhood.id)
            .join(
                interaction_organisation,
                interaction_organisation.c.organisation_id == Organisation.id,
            )
            .limit(1)
        ).one()
        tag = s.scalars(
            select(Tag.name).join(organisation_tag, organisation_tag.c.tag_id == Tag.id).limit(1)
        ).first()
        cases = {
            ("neighbourhood_id", hood_id): _org_exists(Organisation.neighbourhood_id == hood_id),
            ("district", district): _org_exists(
                Organisation.neighbourhood_id.in_(
                    select(Neighbourhood.id).where(Neighbourhood.district == district)
                )
            ),
            ("tag", tag): _org_exists(
                exists(
                    select(organisation_tag.c.organisation_id)
                    .join(Tag, Tag.id == organisation_tag.c.tag_id)
                    .where(organisation_tag.c.organisation_id == Organisation.id, Tag.name == tag)
                )
            ),
        }
        for (key, value), condition in cases.items():
            got = queries.ids(s, queries.ListQuery("interaction", filters={key: value}))
            want = _live_ids(s, condition)
            assert got == want, key
            assert 0 < len(got) < len(_live_ids(s)), key
        person = s.execute(
            select(Person.given_name, Person.family_name)
            .join(interaction_person, interaction_person.c.person_id == Person.id)
            .limit(1)
        ).one()
        org = s.scalars(
            select(Organisation.name_key)
            .join(
                interaction_organisation,
                interaction_organisation.c.organisation_id == Organisation.id,
            )
            .limit(1)
        ).one()
        for text, word in (
            (person.family_name, fold(person.family_name)),
            (person.given_name, fold(person.given_name)),
            (org.split()[-1], org.split()[-1]),
        ):
            got = queries.ids(s, queries.ListQuery("interaction", text=text))
            want = _live_ids(
                s,
                _org_exists(Organisation.name_key.contains(word))
                | _person_exists(Person.sort_key.contains(word))
                | Interaction.summary.ilike(f"%{word}%"),  # the demo's summaries: ASCII
            )
            assert got == want, text
            assert got
            first = queries.ids(s, queries.ListQuery("interaction", text=text), limit=7)
            assert first == want[:7]
        assert queries.ids(s, queries.ListQuery("interaction", text="zzqxv")) == []
