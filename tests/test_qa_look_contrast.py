"""QA of contrast in light mode too: drawn things (the coalition map) keep their text readable."""
# ruff: noqa: F811 - pytest fixtures imported from ui_shell_data are used as arguments

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from test_qa_look_dark import READABLE, ink_contrast
from ui_shell_data import filled, shell_env  # noqa: F401

from liaison.services import records
from liaison.storage.models import Commitment, Organisation


def test_coalition_map_names_are_readable_on_every_partner_box(filled, qtbot):
    """A partner whose support ended was its coloured box at half opacity with white text
    (about 2:1); a housing corporation's name was white on orange (3:1)."""
    from ui.coalition_map import CoalitionMap

    db, ids = filled
    today = dt.date.today()
    with db.session_scope() as s:
        housing = records.create(s, Organisation, name="Woonstad Rotterdam", kind="housing")
        ended = records.create(s, Organisation, name="Fonds 1818", kind="fund")
        for partner, status, end in (
            (housing, "active", today + dt.timedelta(days=200)),
            (ended, "ended", today - dt.timedelta(days=300)),
        ):
            records.create(
                s,
                Commitment,
                partner_id=partner.id,
                initiative_id=ids["food"],
                kind="financial",
                amount=Decimal("2500"),
                start=today - dt.timedelta(days=400),
                end=end,
                status=status,
            )
        wanted = {housing.id, ended.id}
    view = CoalitionMap(db, ids["food"])
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    boxes = {k[1]: n for k, n in view.nodes.items() if k[0] == "organisation" and k[1] in wanted}
    assert set(boxes) == wanted
    for node in sorted(boxes.values(), key=lambda n: n.node.name):  # the ended fund first
        area = view.mapFromScene(node.sceneBoundingRect()).boundingRect()
        area.translate(view.viewport().pos())
        assert ink_contrast(view, inset=4, part=area) >= READABLE, node.node.name
    from ui.coalition_map import LabelItem

    earlier = [i for i in view.scene().items() if isinstance(i, LabelItem) and "earlier" in i.text]
    assert earlier  # 'earlier: Financial' on the ended fund's dotted line (was light grey, 2.6:1)
    for item in earlier:
        area = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        area.translate(view.viewport().pos())
        assert ink_contrast(view, inset=1, part=area) >= READABLE, item.text


def test_the_one_off_support_banner_is_readable(filled, qtbot):
    """'All active support is one-off…' was white on orange #ef6c00: 3.1:1."""
    from ui.coalition_map import BannerItem, CoalitionMap

    db, _ids = filled
    today = dt.date.today()
    with db.session_scope() as s:
        initiative = records.create(s, Organisation, name="Buurttuin Oost", kind="initiative")
        for name in ("Fonds 1818", "Rabobank Rotterdam"):
            partner = records.create(s, Organisation, name=name, kind="fund")
            records.create(
                s,
                Commitment,
                partner_id=partner.id,
                initiative_id=initiative.id,
                kind="financial",
                amount=Decimal("1000"),
                start=today - dt.timedelta(days=30),
                end=today + dt.timedelta(days=300),
                structural=False,
            )
        initiative_id = initiative.id
    view = CoalitionMap(db, initiative_id)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    banners = [i for i in view.scene().items() if isinstance(i, BannerItem)]
    assert len(banners) == 1 and "one-off" in banners[0].text
    area = view.mapFromScene(banners[0].sceneBoundingRect()).boundingRect()
    area.translate(view.viewport().pos())
    assert ink_contrast(view, inset=4, part=area) >= READABLE
