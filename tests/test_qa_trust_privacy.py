"""QA of the AVG/GDPR tools as an officer uses them. Each test failed on the old code."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.cli import main
from liaison.storage.db import Database
from liaison.trust.privacy import PrivacyError, export_person


def test_access_export_into_a_missing_folder_is_refused_like_export(
    team_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'privacy export' made every missing folder of a mistyped path (a copy of a resident's
    data in a place nobody looks); 'export' refuses a missing folder in one sentence."""
    target = tmp_path / "inzage" / "typo" / "jan.xlsx"
    assert main(["privacy", "export", "--person", "1", str(target), "--db", str(team_db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert not (tmp_path / "inzage").exists()
    assert main(["export", str(target), "--db", str(team_db)]) == 2
    export_err = capsys.readouterr().err
    assert str(target.parent) in err and str(target.parent) in export_err


def test_access_export_function_refuses_a_missing_folder(db: Database, tmp_path: Path) -> None:
    from liaison.services import records
    from liaison.storage.models import Person

    with db.session_scope() as session:
        person = records.create(session, Person, given_name="Fatima", family_name="Benali")
        person_id = person.id
    with pytest.raises(PrivacyError, match="does not exist"):
        export_person(db, person_id, tmp_path / "nieuw" / "fatima.xlsx")
    assert not (tmp_path / "nieuw").exists()


def _people_and_notes(db: Database) -> dict[str, int]:
    import datetime as dt

    from liaison.services import records
    from liaison.storage.models import Interaction, Organisation, Person

    with db.session_scope() as s:
        said = records.create(s, Person, given_name="Said", family_name="Boukhari")
        redouan = records.create(s, Person, given_name="Redouan", family_name="Boukhari")
        fatima = records.create(s, Person, given_name="Fatima", family_name="Benali")
        org = records.create(s, Organisation, name="Moestuin Spangen")
        own = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 10, 1, 10),
            summary="Op bezoek bij Said over de moestuin",
            notes="Dhr. Boukhari wil penningmeester worden; S. Boukhari belt terug.",
            people=[said],
            organisations=[org],
        )
        other = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 10, 2, 10),
            summary="Overleg met het bestuur",
            notes="Meneer Boukhari zat erbij. S. Boukhari tekent het contract.",
            people=[redouan],
            organisations=[org],
        )
        records.update(
            s, Organisation, org.id, None, description="Contact loopt via mevrouw Benali."
        )
        return {
            "said": said.id,
            "fatima": fatima.id,
            "own": own.id,
            "other": other.id,
            "org": org.id,
        }


def test_forget_also_erases_the_short_forms_notes_use(db: Database) -> None:
    """Forget replaced only full names: 'Dhr. Boukhari', 'S. Boukhari', 'mevrouw Benali' and
    'Op bezoek bij Said' (in their own contact moment) stayed, in the records, the audit
    trail and the search index, so the forgotten resident was still found by name."""
    from liaison.services.search import search
    from liaison.storage.models import AuditEntry, Interaction, Organisation
    from liaison.trust.privacy import forget_person

    ids = _people_and_notes(db)
    forget_person(db, ids["said"])
    forget_person(db, ids["fatima"])
    with db.session_scope(write=False) as s:
        own = s.get(Interaction, ids["own"])
        assert own.summary == "Op bezoek bij Verwijderde persoon over de moestuin"
        assert "Boukhari" not in own.notes
        other = s.get(Interaction, ids["other"]).notes
        # 'Meneer Boukhari' may be Redouan Boukhari: left alone; 'S.' can only be Said
        assert other == "Meneer Boukhari zat erbij. Verwijderde persoon tekent het contract."
        org = s.get(Organisation, ids["org"])
        assert org.description == "Contact loopt via Verwijderde persoon."
        trail = " ".join(f"{e.old} {e.new}" for e in s.query(AuditEntry).all())
        assert "mevrouw Benali" not in trail and "Dhr. Boukhari" not in trail
        assert not [h for h in search(s, "Benali")]
        found = {(h.entity, h.id) for h in search(s, "Boukhari")}
        assert ("interaction", ids["own"]) not in found
    assert b"mevrouw Benali" not in db.path.read_bytes()  # type: ignore[union-attr]


def _trashed_resident(db: Database) -> int:
    """A resident added three years ago, never contacted since, then moved to the trash."""
    import datetime as dt

    from liaison.services import records
    from liaison.storage.models import Person

    with db.session_scope() as s:
        person = records.create(
            s, Person, given_name="Ayşe", family_name="Yılmaz", email="ayse@example.nl"
        )
        person.created_at = dt.datetime(2023, 1, 10, 9, 0)
        person_id = person.id
    with db.session_scope() as s:
        records.delete(s, Person, person_id)
    return person_id


def test_retention_review_lists_people_in_the_trash(db: Database) -> None:
    """People in the trash keep every detail in the database (nothing empties the trash), yet
    the review left them out, so their data was kept for ever without anyone deciding."""
    from liaison.trust.privacy import keep, retention_candidates

    person_id = _trashed_resident(db)
    with db.session_scope(write=False) as s:
        found = {c.id: c for c in retention_candidates(s, 24)}
    assert person_id in found and found[person_id].in_trash
    with db.session_scope() as s:
        keep(s, person_id)  # 'Keep' works for them too (it raised 'not found')
    with db.session_scope(write=False) as s:
        assert person_id not in {c.id for c in retention_candidates(s, 24)}


def test_privacy_menu_finds_a_person_in_the_trash(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Privacy → Forget a person / Access export could not find someone in the trash, so
    the request could not be carried out in the app."""
    from ui import i18n
    from ui.trust.privacy_dialogs import PersonPickerDialog, RetentionDialog

    person_id = _trashed_resident(db)
    i18n.install("nl")
    try:
        picker = PersonPickerDialog(db, "Kies een persoon")
        qtbot.addWidget(picker)
        found = picker.picker._source("yilm")  # what typing "yilm" offers
        assert [(r.id, r.name) for r in found] == [(person_id, "Ayşe Yılmaz (in de prullenbak)")]
        review = RetentionDialog(db)
        qtbot.addWidget(review)
        names = [review.model.index(r, 0).data() for r in range(review.model.rowCount())]
        assert "Ayşe Yılmaz (in de prullenbak)" in names
    finally:
        i18n.install("en")


def test_forget_in_the_terminal_reports_what_it_asked_about(
    team_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The question said '2 values in their history and 7 mentions elsewhere', the answer
    '5 history values, 4 mentions': the same erasure, counted another way, so the officer
    could not tell whether what was promised had happened."""
    from liaison.services import records
    from liaison.storage.db import open_database
    from liaison.storage.models import Organisation, Person

    db = open_database(team_db, officer="Tester")
    with db.session_scope() as s:
        person = records.create(s, Person, given_name="Noor", family_name="Bakkali")
        records.update(s, Person, person.id, None, phone="06-12121212")
        org = records.create(s, Organisation, name="Buurttuin Oost")
        records.update(s, Organisation, org.id, None, description="Trekker: Noor Bakkali")
        person_id = person.id
    db.close()
    assert (
        main(["privacy", "forget", "--person", str(person_id), "--yes", "--db", str(team_db)]) == 0
    )
    captured = capsys.readouterr()
    asked = captured.err.split("This erases Noor Bakkali's name, contact details and notes, ")[1]
    asked_counts = asked.split(";")[0]  # "1 value in their history and 2 mentions elsewhere"
    assert asked_counts in captured.out, (asked_counts, captured.out)


def test_forget_dialog_can_be_confirmed_from_the_keyboard(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """The 'I understand' tick had no Alt letter: only the mouse or many Tabs reached it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from liaison.services import records
    from liaison.storage.models import Person
    from ui import i18n
    from ui.trust.privacy_dialogs import ForgetDialog

    with db.session_scope() as s:
        person_id = records.create(s, Person, given_name="Noor", family_name="Bakkali").id
    i18n.install("nl")
    try:
        dialog = ForgetDialog(db, person_id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        assert dialog.understood.text().startswith("&Ik begrijp")
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.understood.isChecked, timeout=2000)  # (an animated click)
        assert dialog.forget_button.isEnabled()
    finally:
        i18n.install("en")


def test_access_export_gives_times_as_the_resident_knows_them(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The resident's copy said 'Vastgelegd op 05:28' for a record made at 06:28 in
    Rotterdam: the stored UTC stamps went into the sheets as they were."""
    import datetime as dt
    import time

    import openpyxl

    from liaison.services import records
    from liaison.storage.models import Person, local_time

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        with db.session_scope() as s:
            person = records.create(s, Person, given_name="Noor", family_name="Bakkali")
            records.update(s, Person, person.id, None, phone="06-12121212")
            person_id, created = person.id, person.created_at
        out = export_person(db, person_id, tmp_path / "inzage.xlsx")
        expected = local_time(created).replace(tzinfo=None)
    finally:
        monkeypatch.undo()
        time.tzset()
    book = openpyxl.load_workbook(out)
    rows = {r[0]: r[1] for r in book["Persoon"].iter_rows(min_row=2, values_only=True)}
    assert abs(rows["Vastgelegd op"] - expected) < dt.timedelta(seconds=1)
    history = book["Wijzigingen"]
    assert history["A1"].value == "Datum"
    assert abs(history["A2"].value - expected) < dt.timedelta(minutes=1)


def test_access_export_done_message_warns_about_other_peoples_data(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export copies contact notes and other records' text verbatim, neighbours' names
    and numbers included (AVG art. 15(4)); the message said only 'hand it over securely'."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from liaison.services import records
    from liaison.storage.models import Person
    from ui import i18n
    from ui.trust.privacy_dialogs import export_person_dialog
    from ui.worker import Op

    monkeypatch.setattr(Op, "run_inline", True)
    with db.session_scope() as s:
        person_id = records.create(s, Person, given_name="Noor", family_name="Bakkali").id
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, read_and_close)

    i18n.install("nl")
    try:
        QTimer.singleShot(50, read_and_close)
        export_person_dialog(parent, db, person_id, path=tmp_path / "inzage.xlsx")
    finally:
        i18n.install("en")
    assert seen and "andere mensen" in seen[0]


def test_forget_dialog_says_files_saved_earlier_are_not_touched(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Forget cannot reach exports and rejected-rows workbooks saved on disk, which hold the
    name too; the dialog named only the backups, so the officer thought it was all gone."""
    from PySide6.QtWidgets import QLabel

    from liaison.services import records
    from liaison.storage.models import Person
    from ui import i18n
    from ui.trust.privacy_dialogs import ForgetDialog

    with db.session_scope() as s:
        person_id = records.create(s, Person, given_name="Noor", family_name="Bakkali").id
    i18n.install("nl")
    try:
        dialog = ForgetDialog(db, person_id)
        qtbot.addWidget(dialog)
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    finally:
        i18n.install("en")
    assert "werkmappen met afgewezen rijen" in text and "verwijder die zelf" in text


def test_forget_takes_the_first_name_in_each_contact_moment_nobody_else_shares(
    db: Database,
) -> None:
    """One contact moment with another Said in it kept 'Said' out of every contact moment
    of the person, so 'WhatsApp van Said' stayed in the ones only they took part in."""
    import datetime as dt

    from liaison.services import records
    from liaison.storage.models import Interaction, Person
    from liaison.trust.privacy import forget_person

    with db.session_scope() as s:
        said = records.create(s, Person, given_name="Said", family_name="Boukhari")
        other = records.create(s, Person, given_name="Said", family_name="Amrani")
        both = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 9, 1, 10),
            summary="Overleg: Said belt de verhuurder",
            people=[said, other],
        )
        alone = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 9, 8, 10),
            summary="WhatsApp van Said: laptops zijn uitgedeeld.",
            people=[said],
        )
        ids = (said.id, both.id, alone.id)
    forget_person(db, ids[0])
    with db.session_scope(write=False) as s:
        assert s.get(Interaction, ids[1]).summary == "Overleg: Said belt de verhuurder"
        assert s.get(Interaction, ids[2]).summary == (
            "WhatsApp van Verwijderde persoon: laptops zijn uitgedeeld."
        )


def test_forget_erases_the_phone_number_as_notes_write_it(db: Database) -> None:
    """Only the stored form '06-11223344' was replaced: a note with '0611223344',
    '06 11 22 33 44' or '+31 6 1122 3344' kept the resident's number after forget."""
    import datetime as dt

    from liaison.services import records
    from liaison.storage.models import Interaction, Organisation, Person
    from liaison.trust.privacy import forget_person

    with db.session_scope() as s:
        person = records.create(
            s, Person, given_name="Noor", family_name="Bakkali", phone="06-11223344"
        )
        org = records.create(
            s, Organisation, name="Buurttuin Oost", description="Sleutel: bel 06 11 22 33 44."
        )
        contact = records.create(
            s,
            Interaction,
            occurred_at=dt.datetime(2026, 9, 8, 10),
            summary="Teruggebeld op +31 6 1122 3344",
            notes="Nieuw nummer 0611223344, oud 010-1234567 (van de buurman).",
            organisations=[org],
        )
        ids = (person.id, org.id, contact.id)
    forget_person(db, ids[0])
    with db.session_scope(write=False) as s:
        assert "11 22 33 44" not in s.get(Organisation, ids[1]).description
        contact = s.get(Interaction, ids[2])
        assert "1122" not in contact.summary and "0611223344" not in contact.notes
        assert "010-1234567" in contact.notes  # the neighbour's number is theirs


def test_forget_from_the_privacy_menu_updates_the_list_behind_it(  # type: ignore[no-untyped-def]
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After Privacy → Forget a person…, the people list behind it still showed the erased
    name, e-mail and phone until something else reloaded it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from liaison.services import records
    from liaison.services.relations import Ref
    from liaison.storage.models import Person
    from ui.main_window import MainWindow
    from ui.trust.backup_actions import install_trust_actions
    from ui.trust.privacy_dialogs import ForgetDialog, PersonPickerDialog
    from ui.worker import Op

    monkeypatch.setattr(Op, "run_inline", True)
    with db.session_scope() as s:
        noor = records.create(s, Person, given_name="Noor", family_name="Bakkali")
        records.create(s, Person, given_name="Sanne", family_name="de Wit")
        noor_id = noor.id
    window = MainWindow(db)
    qtbot.addWidget(window)
    actions = install_trust_actions(window, window.file_menu, auto_backup=False)
    people = window.show_view("person")

    def shown() -> str:
        model = people.model
        return " ".join(
            str(model.index(r, c).data())
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        )

    assert "Bakkali" in shown()

    def answer() -> None:  # the officer picks Noor, ticks 'I understand' and confirms
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PersonPickerDialog):
            dialog.picker.add(Ref("person", noor_id, "Noor Bakkali"))
            dialog.accept()
        elif isinstance(dialog, ForgetDialog):
            dialog.understood.setChecked(True)
            dialog.forget_button.click()
            return
        QTimer.singleShot(30, answer)

    QTimer.singleShot(30, answer)
    actions.forget_action.trigger()  # Privacy → Forget a person…
    with db.session_scope(write=False) as s:
        assert s.get(Person, noor_id).forgotten_at is not None
    assert "Bakkali" not in shown() and "Verwijderde persoon" in shown()
