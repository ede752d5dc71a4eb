"""Neighbourhoods (wijken in gebieden) as data: shipped for Rotterdam, loadable for any city.

A list is a CSV with the header ``city;district;name`` (a comma works too, as
does a file saved by Excel in Windows-1252). Loading is an idempotent upsert:
a neighbourhood already present (same city and name, ignoring case) is kept,
and only moves to another district if the file says so; every change goes
through :mod:`liaison.services.records`, so it is audited.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison.errors import ValidationError
from liaison.services import records
from liaison.storage.models import Neighbourhood

DEFAULT_CITY = "rotterdam"
#: Next to the packages in a checkout, a wheel and a PyInstaller bundle alike
#: (``importlib.resources`` gives a namespace package's MultiplexedPath when
#: frozen, whose ``joinpath`` took one part only and broke ``liaison demo``).
SHIPPED_LISTS = Path(__file__).resolve().parents[2] / "resources" / "neighbourhoods"
HEADER = ("city", "district", "name")


@dataclass(frozen=True)
class NeighbourhoodInfo:
    id: int
    uuid: str
    name: str
    district: str
    city: str


def shipped_list(city: str) -> Path | None:
    """The CSV shipped in ``resources/neighbourhoods`` for a city, if there is one."""
    slug = city.strip().casefold().replace(" ", "-")
    candidate = SHIPPED_LISTS / f"{slug}.csv"
    return candidate if candidate.is_file() else None


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def read_list(source: str | os.PathLike[str]) -> list[tuple[str, str, str]]:
    """(city, district, name) rows from a CSV path or the name of a shipped city."""
    path = Path(source)
    if not path.is_file():
        shipped = shipped_list(str(source))
        if shipped is None:
            raise ValidationError(f"There is no neighbourhood list at '{source}'.")
        path = shipped
    try:
        text = _decode(path.read_bytes())
    except OSError as exc:
        raise ValidationError(f"'{path}' cannot be read ({exc.strerror}).") from exc
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().casefold() for h in next(reader, [])]
    if not set(HEADER) <= set(header):
        raise ValidationError(
            f"'{path.name}' needs the columns city, district and name in its first row."
        )
    at = {h: header.index(h) for h in HEADER}
    out: list[tuple[str, str, str]] = []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        cells = [row[at[h]].strip() if at[h] < len(row) else "" for h in HEADER]
        if cells[2]:
            out.append((cells[0] or "Rotterdam", cells[1], cells[2]))
    return out


def load_neighbourhoods(session: Session, source: str | os.PathLike[str]) -> int:
    """Add the neighbourhoods of a list that are missing; return how many were added.

    Running it twice adds nothing the second time. A neighbourhood whose
    district changed in the list is moved (an audited update, not counted).
    """
    existing = {
        (n.city.casefold(), n.name.casefold()): n
        for n in session.scalars(select(Neighbourhood).where(Neighbourhood.deleted_at.is_(None)))
    }
    added = 0
    for city, district, name in read_list(source):
        key = (city.casefold(), name.casefold())
        current = existing.get(key)
        if current is None:
            existing[key] = records.create(
                session, Neighbourhood, city=city, district=district, name=name
            )
            added += 1
        elif current.district != district:
            records.update(session, Neighbourhood, current.id, None, district=district)
    return added


def ensure_default_neighbourhoods(session: Session) -> int:
    """Load Rotterdam's list into a database that has no neighbourhoods yet."""
    has_any = session.scalar(select(func.count(Neighbourhood.id)))
    if has_any:
        return 0
    return load_neighbourhoods(session, DEFAULT_CITY)


def list_neighbourhoods(session: Session) -> list[NeighbourhoodInfo]:
    """Every live neighbourhood, ordered by city, district and name."""
    stmt = (
        select(Neighbourhood)
        .where(Neighbourhood.deleted_at.is_(None))
        .order_by(Neighbourhood.city, Neighbourhood.district, Neighbourhood.name)
    )
    return [
        NeighbourhoodInfo(n.id, n.uuid, n.name, n.district, n.city) for n in session.scalars(stmt)
    ]
