"""The coalition map: an initiative in the centre, its partners and people around it.

Edges are labelled with the kind of support; solid for structural support,
dashed for one-off, thicker for more euros; partners are coloured by kind.
A banner on top says in words whether the initiative hangs on one partner.
Double-click a node to open its record.
"""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from liaison.errors import LiaisonError
from liaison.services import relations
from liaison.services.relations import Coalition, CoalitionEdge, CoalitionNode
from liaison.storage.db import Database
from ui.core_text import core_text
from ui.formatting import format_euros
from ui.widgets import labels, tone
from ui.widgets.labels import KIND_COLOURS

NODE_MAX_WIDTH = 190.0
#: People drawn as nodes; more are summed up in one line (a map is not a list).
MAX_PEOPLE = 10
ROLE_RANK = {"initiator": 0, "contact": 1, "board": 2, "liaison": 3, "staff": 4, "volunteer": 5}


class NodeItem(QGraphicsItem):
    """A rounded box with a name (and the euros given, for partners)."""

    def __init__(self, node: CoalitionNode, subtitle: str = "") -> None:
        super().__init__()
        self.node = node
        self.subtitle = subtitle
        #: A partner whose support has ended: drawn pale with dark text. (It was the
        #: coloured box at half opacity, whose white text on the pale result was ~2:1.)
        self.earlier = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)
        self.font = QFont()
        if node.role == "centre":
            self.font.setPointSizeF(self.font.pointSizeF() * 1.25)
            self.font.setBold(True)
        self.small = QFont()
        self.small.setPointSizeF(self.small.pointSizeF() * 0.85)
        fm = QFontMetricsF(self.font)
        max_width = NODE_MAX_WIDTH * (2.2 if node.role == "centre" else 1.0)
        self.title = fm.elidedText(node.name, Qt.TextElideMode.ElideRight, max_width)
        width = max(
            fm.horizontalAdvance(self.title), QFontMetricsF(self.small).horizontalAdvance(subtitle)
        )
        pad = 14 if node.role == "centre" else 10
        height = fm.height() + (QFontMetricsF(self.small).height() if subtitle else 0) + pad
        self.rect = QRectF(-width / 2 - pad, -height / 2, width + 2 * pad, height)
        kind = node.kind if node.role != "person" else "person"
        self.colour = QColor(KIND_COLOURS.get(kind, KIND_COLOURS["other"]))
        self.setToolTip(
            f"{node.name}\n{labels.label(labels.organisation_kinds(), node.kind)}"
            if node.role != "person"
            else node.name
        )

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt naming
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.node.role == "person":
            painter.setBrush(QColor("#eceff1"))
            painter.setPen(QPen(self.colour, 1.2))
            text_colour = QColor("#263238")
        elif self.earlier:
            pale = QColor(self.colour)
            pale.setHsl(pale.hslHue(), min(pale.hslSaturation(), 90), 232)
            painter.setBrush(pale)
            painter.setPen(QPen(self.colour, 1, Qt.PenStyle.DashLine))
            text_colour = QColor("#37474f")
        else:
            painter.setBrush(self.colour)
            painter.setPen(QPen(self.colour.darker(130), 2 if self.node.role == "centre" else 1))
            # White reads on most kinds' colours, not on the housing orange (3:1).
            white, ink = QColor("white"), QColor(tone.INK)
            better = tone.contrast(white, self.colour) >= tone.contrast(ink, self.colour)
            text_colour = white if better else ink
        radius = self.rect.height() / 2 if self.node.role == "person" else 8
        painter.drawRoundedRect(self.rect, radius, radius)
        painter.setPen(text_colour)
        painter.setFont(self.font)
        fm = QFontMetricsF(self.font)
        if self.subtitle:
            title_rect = QRectF(
                self.rect.left(), self.rect.top() + 4, self.rect.width(), fm.height()
            )
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignCenter, self.title)
            painter.setFont(self.small)
            sub_rect = QRectF(
                self.rect.left(),
                title_rect.bottom(),
                self.rect.width(),
                self.rect.bottom() - title_rect.bottom() - 3,
            )
            painter.drawText(sub_rect, Qt.AlignmentFlag.AlignCenter, self.subtitle)
        else:
            painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.title)


class LabelItem(QGraphicsItem):
    """Edge label text on a white, slightly transparent pill so lines do not cross it."""

    def __init__(self, text: str, colour: QColor) -> None:
        super().__init__()
        self.text = text
        self.colour = colour
        self.font = QFont()
        self.font.setPointSizeF(self.font.pointSizeF() * 0.85)
        fm = QFontMetricsF(self.font)
        w, h = fm.horizontalAdvance(text) + 10, fm.height() + 2
        self.rect = QRectF(-w / 2, -h / 2, w, h)
        self.setZValue(1.5)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt naming
        return self.rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(self.rect, 6, 6)
        painter.setPen(self.colour)
        painter.setFont(self.font)
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)


class EdgeItem(QGraphicsPathItem):
    """A line from a partner or person to the initiative; style carries the meaning."""

    def __init__(self, edge: CoalitionEdge, path: QPainterPath, pen: QPen) -> None:
        super().__init__(path)
        self.edge = edge
        self.setPen(pen)
        self.setZValue(0)


class BannerItem(QGraphicsItem):
    """The one-sentence verdict on top of the map (red when it hangs on one partner)."""

    def __init__(self, text: str, background: str, width: float) -> None:
        super().__init__()
        self.text = text
        self.background = QColor(background)
        self.font = QFont()
        self.font.setBold(True)
        fm = QFontMetricsF(self.font)
        w = max(width, fm.horizontalAdvance(text) + 32)
        self.rect = QRectF(-w / 2, 0, w, fm.height() + 16)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt naming
        return self.rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.background)
        painter.drawRoundedRect(self.rect, 8, 8)
        painter.setPen(QColor("white"))
        painter.setFont(self.font)
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)


class LegendItem(QGraphicsItem):
    """Colour per partner kind present on the map, and what solid/dashed/thick lines mean."""

    def __init__(self, kinds: list[str], lines: list[tuple[str, QPen]]) -> None:
        super().__init__()
        self.kinds = kinds
        self.lines = lines
        self.font = QFont()
        self.font.setPointSizeF(self.font.pointSizeF() * 0.9)
        fm = QFontMetricsF(self.font)
        self.line_h = fm.height() + 4
        names = labels.organisation_kinds()
        self.entries = [(names.get(k, k), QColor(KIND_COLOURS.get(k, "#999"))) for k in kinds]
        texts = [t for t, _c in self.entries] + [t for t, _p in lines]
        width = 46 + max((fm.horizontalAdvance(t) for t in texts), default=60)
        rows = len(self.entries) + len(lines)
        self.rect = QRectF(0, 0, width + 12, rows * self.line_h + 12)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt naming
        return self.rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#cfd8dc"), 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(self.rect, 6, 6)
        painter.setFont(self.font)
        y = 6.0
        for text, colour in self.entries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(10, y + 3, 26, self.line_h - 8), 3, 3)
            painter.setPen(QColor("#263238"))
            painter.drawText(
                QRectF(44, y, self.rect.width() - 48, self.line_h),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += self.line_h
        for text, pen in self.lines:
            painter.setPen(pen)
            painter.drawLine(QPointF(8, y + self.line_h / 2), QPointF(38, y + self.line_h / 2))
            painter.setPen(QColor("#263238"))
            painter.drawText(
                QRectF(44, y, self.rect.width() - 48, self.line_h),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += self.line_h


class CoalitionMap(QGraphicsView):
    """QGraphicsView of one initiative's coalition; ``openRecord(entity, id)`` on double-click."""

    openRecord = Signal(str, int)

    def __init__(self, db: Database, initiative_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.initiative_id = initiative_id
        self.coalition: Coalition | None = None
        self.nodes: dict[tuple[str, int], NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self.earlier: set[tuple[str, int]] = set()
        self.person_roles: dict[tuple[str, int], str] = {}
        self.banner: BannerItem | None = None
        self.more_people: LabelItem | None = None
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QBrush(QColor("#fafbfc")))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(420, 320)
        self.reload()

    # --- building ----------------------------------------------------------

    def reload(self) -> None:
        scene = self.scene()
        scene.clear()
        self.nodes.clear()
        self.edges.clear()
        self.banner = self.more_people = None
        try:
            with self.db.session_scope(write=False) as s:
                self.coalition = relations.coalition(s, self.initiative_id)
        except LiaisonError as exc:
            self.coalition = None
            scene.addText(core_text(exc))
            return
        self._build(self.coalition)
        self._fit()

    def _build(self, c: Coalition) -> None:
        """Current partners first (around the top), earlier ones faded, people below."""
        scene = self.scene()
        by_source: dict[tuple[str, int], list[CoalitionEdge]] = {}
        for e in c.edges:
            by_source.setdefault(e.source, []).append(e)
        partners = [n for n in c.nodes if n.role == "partner"]
        current = [n for n in partners if any(e.current for e in by_source[(n.entity, n.id)])]
        earlier = [n for n in partners if n not in current]
        people, hidden = self._key_people(c, by_source)
        self.person_roles = {
            (n.entity, n.id): ", ".join(
                dict.fromkeys(
                    labels.label(labels.roles(), e.kind) for e in by_source[(n.entity, n.id)]
                )
            )
            for n in people
        }
        self.earlier = {(n.entity, n.id) for n in earlier}
        centre = NodeItem(
            c.initiative, labels.label(labels.organisation_kinds(), c.initiative.kind)
        )
        scene.addItem(centre)
        self.nodes[(c.initiative.entity, c.initiative.id)] = centre

        ordered = current + earlier
        radius = max(240.0, 44.0 * len(ordered))
        if people:
            self._ring(ordered, radius, -162.0, 144.0, stagger=len(ordered) > 4)
            self._ring(people, max(170.0, 0.55 * radius), 24.0, 132.0, stagger=len(people) > 5)
        else:
            self._ring(ordered, radius, -90.0, 360.0)
        for key in self.earlier:
            self.nodes[key].earlier = True
        max_amount = max(
            (e.amount or Decimal(0) for e in c.edges if e.current and e.commitment_id),
            default=Decimal(0),
        )
        for source, group in by_source.items():
            if source not in self.nodes:
                continue  # a person folded into the "more people" note
            shown = [e for e in group if e.current]
            if not shown:
                self._earlier_edge(source, group, centre)
                continue
            for k, e in enumerate(shown):
                offset = (k - (len(shown) - 1) / 2) * 46.0
                self._edge(e, source, centre, offset, max_amount)

        if hidden:
            self._more_people(hidden, centre)
        self._banner(c, radius)
        self._legend(current, bool(earlier))

    def _key_people(
        self, c: Coalition, by_source: dict[tuple[str, int], list[CoalitionEdge]]
    ) -> tuple[list[CoalitionNode], list[tuple[CoalitionNode, str]]]:
        """At most MAX_PEOPLE people on the map, initiators and contacts first; the rest counted."""
        people = [n for n in c.nodes if n.role == "person"]

        def rank(n: CoalitionNode) -> int:
            roles = [e.kind for e in by_source[(n.entity, n.id)]]
            return min(ROLE_RANK.get(r, len(ROLE_RANK)) for r in roles)

        people.sort(key=rank)
        shown, rest = people[:MAX_PEOPLE], people[MAX_PEOPLE:]
        hidden = [(n, by_source[(n.entity, n.id)][0].kind) for n in rest]
        return shown, hidden

    def _more_people(self, hidden: list[tuple[CoalitionNode, str]], centre: NodeItem) -> None:
        counts: dict[str, int] = {}
        for _node, role in hidden:
            counts[role] = counts.get(role, 0) + 1
        roles = labels.roles()
        detail = ", ".join(f"{n} × {labels.label(roles, r).lower()}" for r, n in counts.items())
        text = self.tr("+ %1 more people: %2").replace("%1", str(len(hidden))).replace("%2", detail)
        item = LabelItem(text, QColor("#455a64"))
        rect = self.scene().itemsBoundingRect()
        item.setPos(0, rect.bottom() + 18)
        item.setToolTip("\n".join(n.name for n, _r in hidden))
        self.scene().addItem(item)
        self.more_people = item

    def _edge(
        self,
        e: CoalitionEdge,
        source: tuple[str, int],
        centre: NodeItem,
        offset: float,
        max_amount: Decimal,
    ) -> None:
        path = self._path(self.nodes[source], centre, offset)
        if e.commitment_id is None:
            # a person's role is written in their box; the line stays quiet
            item = EdgeItem(e, path, QPen(QColor("#b0bec5"), 1.0))
            self.scene().addItem(item)
            self.edges.append(item)
            return
        else:
            colour = QColor(KIND_COLOURS.get(self.nodes[source].node.kind, "#546e7a"))
            width = 2.0
            if e.amount and max_amount > 0:
                width += 8.0 * float(e.amount / max_amount)
            pen = QPen(colour, width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setStyle(Qt.PenStyle.SolidLine if e.structural else Qt.PenStyle.DashLine)
            text = labels.label(labels.support_kinds(), e.kind)
            if e.amount:
                text += " · " + format_euros(e.amount)
            at = 0.42
        item = EdgeItem(e, path, pen)
        self.scene().addItem(item)
        self.edges.append(item)
        label = LabelItem(text, colour.darker(150))
        label.setPos(path.pointAtPercent(at))
        self.scene().addItem(label)

    def _earlier_edge(
        self, source: tuple[str, int], group: list[CoalitionEdge], centre: NodeItem
    ) -> None:
        """One faint dotted line for a partner whose support has all ended."""
        path = self._path(self.nodes[source], centre, 0)
        pen = QPen(QColor("#b0bec5"), 1.2, Qt.PenStyle.DotLine)
        item = EdgeItem(group[0], path, pen)
        self.scene().addItem(item)
        self.edges.append(item)
        kinds = ", ".join(
            dict.fromkeys(labels.label(labels.support_kinds(), e.kind) for e in group)
        )
        label = LabelItem(self.tr("earlier: %1").replace("%1", kinds), QColor("#546e7a"))
        label.setPos(path.pointAtPercent(0.42))
        self.scene().addItem(label)

    @staticmethod
    def _path(a: NodeItem, b: NodeItem, offset: float) -> QPainterPath:
        """The edge between the two boxes' borders, so its middle (and label) is visible."""
        pa, pb = a.pos(), b.pos()
        start = pa + _exit(a.rect, pb - pa)
        end = pb + _exit(b.rect, pa - pb)
        path, _mid = _curve(start, end, offset)
        return path

    def _ring(
        self,
        nodes: list[CoalitionNode],
        radius: float,
        start: float,
        span: float,
        *,
        stagger: bool = False,
    ) -> None:
        if not nodes:
            return
        full = span >= 360.0
        step = span / (len(nodes) if full else max(len(nodes) - 1, 1))
        if len(nodes) == 1 and not full:
            start, step = start + span / 2, 0.0
        for i, node in enumerate(nodes):
            angle = math.radians(start + i * step)
            subtitle = (
                self.person_roles.get((node.entity, node.id), "") if node.role == "person" else ""
            )
            if node.role == "partner":
                kind = labels.label(labels.organisation_kinds(), node.kind)
                subtitle = f"{kind} · {format_euros(node.amount)}" if node.amount else kind
            item = NodeItem(node, subtitle)
            r = radius + (70.0 if stagger and i % 2 else 0.0)
            stretch = 1.7 if node.role == "person" else 1.3  # person boxes sit side by side
            item.setPos(r * stretch * math.cos(angle), r * math.sin(angle))
            self.scene().addItem(item)
            self.nodes[(node.entity, node.id)] = item

    def _banner(self, c: Coalition, radius: float) -> None:
        if c.current_partners == 0:
            text, colour = self.tr("No active support registered for this initiative."), "#546e7a"
        elif c.depends_on_one and c.top_partner is not None:
            if c.current_partners == 1:
                text = self.tr("Hangs on one partner: all active support comes from %1.").replace(
                    "%1", c.top_partner.name
                )
            else:
                text = (
                    self.tr("Hangs on one partner: %1 gives %2% of the support in euros.")
                    .replace("%1", c.top_partner.name)
                    .replace("%2", str(int(c.top_share * 100)))
                )
            colour = "#c62828"
        elif c.structural_partners == 0:
            text, colour = (
                self.tr("All active support is one-off; no structural partner yet."),
                "#bf4f00",  # white on the lighter #ef6c00 was 3:1
            )
        else:
            text = (
                self.tr("Support is spread over %1 partners, %2 of them structural.")
                .replace("%1", str(c.current_partners))
                .replace("%2", str(c.structural_partners))
            )
            colour = "#2e7d32"
        self.banner = BannerItem(text, colour, 2.0 * radius)
        rect = self.scene().itemsBoundingRect()
        self.banner.setPos(0, rect.top() - self.banner.rect.height() - 24)
        self.scene().addItem(self.banner)

    def _legend(self, partners: list[CoalitionNode], earlier: bool) -> None:
        kinds = list(dict.fromkeys(n.kind for n in partners))
        dark = QColor("#455a64")
        solid = QPen(dark, 2.2)
        dashed = QPen(dark, 2.2)
        dashed.setStyle(Qt.PenStyle.DashLine)
        thick = QPen(dark, 7)
        lines = [
            (self.tr("structural support"), solid),
            (self.tr("one-off support"), dashed),
            (self.tr("thicker: more euros"), thick),
        ]
        if earlier:
            lines.append(
                (
                    self.tr("earlier support (ended)"),
                    QPen(QColor("#b0bec5"), 1.5, Qt.PenStyle.DotLine),
                )
            )
        legend = LegendItem(kinds, lines)
        rect = self.scene().itemsBoundingRect()
        legend.setPos(rect.left(), rect.bottom() + 24)
        self.scene().addItem(legend)

    # --- view --------------------------------------------------------------

    def _fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
        self.setSceneRect(rect)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit()

    def node_at(self, pos: QPointF) -> NodeItem | None:
        item = self.itemAt(pos.toPoint())
        while item is not None and not isinstance(item, NodeItem):
            item = item.parentItem()
        return item

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        node = self.node_at(event.position())
        if node is not None:
            self.openRecord.emit(node.node.entity, node.node.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


def _exit(rect: QRectF, direction: QPointF) -> QPointF:
    """Where a ray from the centre of ``rect`` (node coordinates) leaves it."""
    dx, dy = direction.x(), direction.y()
    if dx == 0 and dy == 0:
        return QPointF(0, 0)
    tx = (rect.width() / 2) / abs(dx) if dx else math.inf
    ty = (rect.height() / 2) / abs(dy) if dy else math.inf
    t = min(tx, ty)
    return QPointF(dx * t, dy * t)


def _curve(a: QPointF, b: QPointF, offset: float) -> tuple[QPainterPath, QPointF]:
    """A straight line (offset 0) or a gentle arc between two points, and its midpoint."""
    path = QPainterPath(a)
    mid = (a + b) / 2
    if offset == 0:
        path.lineTo(b)
        return path, mid
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy) or 1.0
    normal = QPointF(-dy / length, dx / length)
    control = mid + normal * offset * 2
    path.quadTo(control, b)
    return path, path.pointAtPercent(0.5)
