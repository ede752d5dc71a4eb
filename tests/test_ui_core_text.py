"""Sentences from the core reach a Dutch officer in Dutch, with their values intact."""

from __future__ import annotations

import importlib
import re
import string
from pathlib import Path

import openpyxl
import pytest
from core_sentences import AREAS, sentences

from liaison.exchange import values
from liaison.exchange.importer import plan_import, run_import
from liaison.exchange.read import ImportRefused, read_workbook
from liaison.storage.db import Database
from ui import i18n
from ui.core_text import catalogs, core_text


@pytest.fixture
def dutch(qapp):
    i18n.install("nl")
    yield
    i18n.install("en")


def test_every_sentence_of_the_core_has_a_template_and_no_template_is_stale() -> None:
    found = sentences()
    for area in AREAS:
        catalog = importlib.import_module(f"ui.core_catalog_{area}")
        missing = sorted(set(found[area]) - set(catalog.TEMPLATES))
        stale = sorted(set(catalog.TEMPLATES) - set(found[area]))
        hint = "run: uv run python tests/core_sentences.py, then lupdate and translate"
        assert not missing, f"{area}: new sentences without a template ({hint}): {missing[:5]}"
        assert not stale, f"{area}: templates no sentence uses any more ({hint}): {stale[:5]}"


def test_every_dutch_template_takes_the_same_parts(dutch) -> None:
    for catalog in catalogs():
        for template in catalog.TEMPLATES:
            count = sum(
                1 for _, field, *_ in string.Formatter().parse(template) if field is not None
            )
            dutch_text = i18n.tr(template)
            assert dutch_text != template, f"no Dutch for {template!r}"
            parts = [f"<{n}>" for n in range(count)]
            filled = dutch_text.format(*parts)
            assert all(p in filled for p in parts), f"{template!r} → {dutch_text!r} drops a part"


def test_a_refused_file_is_explained_in_dutch_with_its_name(dutch, tmp_path: Path) -> None:
    path = tmp_path / "notities {2026}.xlsx"
    path.write_bytes(bytes(range(256)) * 4)  # no spreadsheet of any kind
    with pytest.raises(ImportRefused) as refused:
        read_workbook(path)
    english = str(refused.value)
    dutch_text = core_text(refused.value)
    assert dutch_text != english
    assert "'notities {2026}.xlsx'" in dutch_text  # the name, braces and all, put back as is


def test_cell_problems_of_a_real_sheet_read_in_dutch(dutch, db: Database, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Initiatief", "E-mailadres", "Startdatum", "Bedrag (€)", "Verstrekt door"])
    ws.append(["Buurtkracht", "jan@@x", "31-02-2026", "veel", "Oranje Fonds"])
    ws.append([None, "z@x.nl", None, None, None])
    wb.save(tmp_path / "s.xlsx")
    with db.session_scope(write=False) as session:
        plan = plan_import(session, tmp_path / "s.xlsx")
    messages = [p.message for p in plan.all_problems] + [
        r.rejected for r in plan.rows if r.rejected
    ]
    assert len(messages) >= 4
    for message in messages:
        translated = core_text(message)
        assert translated != message, message
        for value in re.findall(r"'([^']*)'", message):  # quoted values keep their text
            assert value in translated
    report = run_import(
        db, tmp_path / "s.xlsx", rejects_path=tmp_path / "r.xlsx", translate=core_text
    )
    reasons = [
        row[-2]
        for row in openpyxl.load_workbook(report.rejects_path).active.iter_rows(
            min_row=2, values_only=True
        )
    ]
    assert reasons and all(core_text(r) == r for r in reasons)  # already Dutch: no template fits


def test_the_most_specific_template_wins_and_unknown_text_passes(dutch) -> None:
    quoted = str(values_problem(lambda: values.parse_date("morgen")))
    assert "'morgen'" in quoted
    assert core_text(quoted) == i18n.tr(
        "'{}' is not a date (write day-month-year, e.g. 31-12-2026)."
    ).format("morgen")
    assert core_text("Iets wat de kern nooit zegt.") == "Iets wat de kern nooit zegt."
    assert core_text("") == ""
    i18n.install("en")
    assert core_text(quoted) == quoted


def values_problem(call):
    with pytest.raises(values.ValueProblem) as problem:
        call()
    return problem.value


def test_the_core_words_in_a_sentence_are_translated_too(dutch) -> None:
    """Field names, record kinds and choice codes the core inserts read in Dutch."""
    problem = values_problem(lambda: values.parse_choice("veel", "support_kind"))
    dutch_text = core_text(problem)
    assert "'veel'" in dutch_text and "soort steun" in dutch_text
    assert "Financieel, In natura" in dutch_text and "in_kind" not in dutch_text
    kept = core_text("The neighbourhood differs from row 3; kept 'Bloemhof' from row 3.")
    assert "wijk" in kept and "'Bloemhof'" in kept and "neighbourhood" not in kept
    large = core_text(
        "Sheet 'Blad1' of 'x.xlsx' spans 1,048,576 rows × 16,384 columns (probably stray cells "
        "far from the table); delete the empty rows and columns after the table, or copy the "
        "table into a new workbook, and import that."
    )
    assert "1.048.576" in large and "16.384" in large  # counts the Dutch way
    quoted = core_text("'status' is not a known role (use one of: initiator, contact).")
    assert quoted.startswith("'status'")  # the user's own text is never translated


def test_every_choice_the_dutch_hint_offers_is_accepted_by_the_importer(dutch) -> None:
    """The hint lists the labels the app shows; typing one of them must work."""
    from ui.widgets import labels

    tables = {
        "organisation_kind": labels.organisation_kinds(),
        "support_kind": labels.support_kinds(),
        "role": labels.roles(),
        "organisation_status": labels.organisation_statuses(),
        "commitment_status": labels.commitment_statuses(),
        "channel": labels.channels(),
        "legal_basis": labels.legal_bases(),
    }
    for which, table in tables.items():
        for code, dutch_label in table.items():
            assert values.parse_choice(dutch_label, which) == code, (which, dutch_label)


def test_the_stand_ins_for_an_unknown_author_are_dutch_too(dutch) -> None:
    stale = core_text(
        "someone changed this person after you opened it; reload it or keep your version."
    )
    assert stale.startswith("iemand heeft dit record (persoon) gewijzigd"), stale
    undo = core_text(
        "Import 0190abcd cannot be undone: 3 of its records were changed afterwards "
        "(first by a later import on 01-05-2026 10:00), and undoing it would overwrite those changes."
    )
    assert "een latere import" in undo and "a later import" not in undo, undo
