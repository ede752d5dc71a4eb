"""Subcommands of the trust group: backup, restore, history, privacy (see liaison.cli)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from liaison.cli.support import (
    CommandError,
    counted,
    database,
    print_json,
    print_table,
    whole_number,
)
from liaison.errors import LiaisonError
from liaison.storage.db import resolve_url, sqlite_path
from liaison.storage.models import local_time


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the ``liaison`` parser."""
    p = subparsers.add_parser(
        "backup", parents=[common], help="back the database up now (SQLite online backup)"
    )
    p.add_argument("--to", metavar="FILE", help="write the backup to this file")
    p.add_argument(
        "--force", action="store_true", help="let --to replace a file that already exists"
    )
    p.add_argument("--folder", metavar="DIR", help="backup folder (default: the setting)")
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser(
        "restore", parents=[common], help="replace the database with a backup"
    )
    p.add_argument("file", metavar="FILE", help="the backup file")
    p.add_argument("--yes", action="store_true", help="replace an existing database")
    p.set_defaults(handler=cmd_restore)

    p = subparsers.add_parser(
        "history", parents=[common], help="every change of one record (who, when, old → new)"
    )
    p.add_argument("record", metavar="ID", help="a record uuid, or entity:number (person:12)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_history)

    privacy = subparsers.add_parser(
        "privacy",
        parents=[common],
        help="AVG/GDPR: access export, forget a person, retention review",
    )
    sub = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    p = sub.add_parser("export", parents=[common], help="everything stored about one person")
    p.add_argument("--person", required=True, type=person_ref, metavar="ID", help=PERSON_HELP)
    p.add_argument("out", metavar="OUT.xlsx")
    p.set_defaults(handler=cmd_privacy_export)
    p = sub.add_parser("forget", parents=[common], help="erase one person's personal data")
    p.add_argument("--person", required=True, type=person_ref, metavar="ID", help=PERSON_HELP)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_privacy_forget)
    p = sub.add_parser(
        "retention", parents=[common], help="people with no role and no contact for N months"
    )
    p.add_argument(
        "--months",
        type=whole_number(1, 1200, "month"),
        metavar="N",
        help="default: the team setting (24)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_privacy_retention)
    p = sub.add_parser("keep", parents=[common], help="mark a person reviewed and kept")
    p.add_argument("--person", required=True, type=person_ref, metavar="ID", help=PERSON_HELP)
    p.set_defaults(handler=cmd_privacy_keep)


#: Exit code when the officer answers no: a refusal (2, see 'liaison --help'), not a bug (1).
DECLINED = 2

PERSON_HELP = "person number, person:12 (as 'liaison history' takes it) or uuid"


def person_ref(text: str) -> str:
    """argparse type: '12', 'person:12' or a uuid, the forms 'history' and the lists use."""
    head, sep, rest = text.strip().partition(":")
    if sep and head.lower() == "person" and rest.strip():
        return rest.strip()
    if sep or not text.strip():  # (an empty one read "There is no person with id .")
        raise argparse.ArgumentTypeError(f"'{text}' is not a person (use 12, person:12 or a uuid)")
    return text.strip()


def answerable(yes: bool) -> None:
    """Refuse up front when a confirmation is needed and nobody can give it."""
    if not yes and not sys.stdin.isatty():
        raise LiaisonError(
            "This cannot be undone, so it needs confirmation: run it in a terminal or add --yes."
        )


def confirm(question: str, yes: bool) -> bool:
    """``--yes``, else ask y/N on a terminal; refuse when nobody can answer."""
    answerable(yes)
    if yes:
        return True
    sys.stderr.write(f"{question} [y/N] ")
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes", "j", "ja")


def cmd_backup(args: argparse.Namespace) -> int:
    from liaison.trust.backup import backup_now

    db = database(args, create=False)
    try:
        # an empty --folder (an unset variable in a script) means the usual folder, not "."
        folder = args.folder if args.folder and args.folder.strip() else None
        path = backup_now(db, folder, to=args.to, overwrite=args.force)
    finally:
        db.close()
    print(Path(path).absolute())  # one line a script can use from any folder
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from liaison.trust.backup import (
        of_another_database,
        refuse_if_in_use,
        restore,
        safety_copy,
        verify_backup,
    )
    from liaison.trust.files import refuse_unwritable_folder

    target = sqlite_path(resolve_url(getattr(args, "db", None)))
    overwrite = False
    if target is not None and target.exists():
        source = Path(args.file).expanduser().absolute()
        if source.exists() and source.samefile(target):  # before any safety copy is made
            raise CommandError(f"'{args.file}' is the database itself; choose a backup file.")
        verify_backup(source)  # say what is wrong before asking
        refuse_if_in_use(target)  # before asking, and before a safety copy is made
        refuse_unwritable_folder(target.parent, target.name)
        question = f"Replace the database at '{target}' with this backup?"
        if of_another_database(source, target):
            sys.stderr.write(
                "Note: this backup was made of another database, not of the one it replaces.\n"
            )
            question = f"Replace the database at '{target}' with this other database's backup?"
        if not confirm(question, args.yes):
            sys.stderr.write("liaison: nothing was changed (the answer was no).\n")
            return DECLINED
        overwrite = True
        kept = safety_copy(target)
        if kept is not None:
            sys.stderr.write(f"The current database was copied to '{kept}' first.\n")
    again: list[str] = []
    path = restore(args.file, getattr(args, "db", None), overwrite=overwrite, forgotten_again=again)
    if again:
        sys.stderr.write(
            f"{counted(len(again), 'person')} forgotten since this backup was made "
            f"{'was' if len(again) == 1 else 'were'} forgotten again in the restored database.\n"
        )
    print(path)
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from liaison.trust.history import parse_record_ref, record_history

    entity, key = parse_record_ref(args.record)
    db = database(args, create=False)
    try:
        with db.session_scope(write=False) as session:
            entries = record_history(session, entity, key)
    finally:
        db.close()
    if args.json:
        first = entries[0]
        print_json(
            {
                "entity": first.entity,
                "record_id": first.record_id,
                "uuid": first.record_uuid,
                "entries": [
                    {
                        "id": e.id,
                        # ISO 8601 with the officer's UTC offset, as 'imports --json' gives it:
                        # the stored naive UTC stamp read as local time was an hour or two off
                        "at": local_time(e.at).isoformat(timespec="seconds"),
                        "officer": e.officer,
                        "action": e.action,
                        "field": e.field,
                        "old": e.old,
                        "new": e.new,
                        "old_label": e.old_label,
                        "new_label": e.new_label,
                        "import_file": e.import_file,
                        "import_undone": e.import_undone,
                    }
                    for e in entries
                ],
            }
        )
        return 0
    rows = [
        {
            "id": e.id,
            "at": f"{local_time(e.at):%d-%m-%Y %H:%M:%S}",
            "officer": e.officer,
            "action": e.action,
            "field": e.field,
            "old": e.old_label or e.old,
            "new": e.new_label or e.new,
            "import": f"undo of {e.import_file}" if e.import_undone else e.import_file,
        }
        for e in entries
    ]
    columns = ["id", "at", "officer", "action", "field", "old", "new"]
    print_table(rows, [*columns, "import"] if any(e.import_file for e in entries) else columns)
    return 0


def cmd_privacy_export(args: argparse.Namespace) -> int:
    from liaison.cli.files import database_file, output_path
    from liaison.trust.privacy import export_person

    # checked as 'export' checks its file: kind, folder, never over the database
    out = output_path(args.out, ".xlsx", not_over=[database_file(args)])
    db = database(args, create=False)
    try:
        path = export_person(db, args.person, out)
    finally:
        db.close()
    print(path)
    return 0


def cmd_privacy_forget(args: argparse.Namespace) -> int:
    from liaison.trust.privacy import PrivacyError, forget_person, forget_preview

    answerable(args.yes)  # a script without --yes gets one sentence, not a preview first
    db = database(args, create=False)
    try:
        with db.session_scope(write=False) as session:
            preview = forget_preview(session, args.person)
        if preview.already_forgotten:
            raise PrivacyError("This person's data has already been removed.")
        sys.stderr.write(
            f"This erases {preview.name}'s name, contact details and notes, "
            f"{counted(preview.audit_entries, 'value')} in their history and "
            f"{counted(len(preview.mentions) + preview.audit_mentions, 'mention')} elsewhere; "
            f"{counted(preview.interactions_kept, 'contact moment')} and "
            f"{counted(preview.roles_kept, 'role')} stay, "
            "under 'Verwijderde persoon'. An unreadable fingerprint of their e-mail, mobile "
            "number and name is kept, so that an import does not add them again.\n"
        )
        if not confirm("Erase this person's data? This cannot be undone.", args.yes):
            sys.stderr.write("liaison: nothing was changed (the answer was no).\n")
            return DECLINED
        report = forget_person(db, args.person)
    finally:
        db.close()
    # the same split as the question above: it said "2 values in their history and 7
    # mentions elsewhere", and the answer "5 history values, 4 mentions" seemed to differ
    print(
        f"Removed the personal data of person {report.person_id}: "
        f"{counted(report.fields_cleared, 'field')}, "
        f"{counted(report.own_history_values, 'value')} in their history and "
        f"{counted(report.mentions_replaced + report.history_mentions, 'mention')} elsewhere."
    )
    return 0


def cmd_privacy_retention(args: argparse.Namespace) -> int:
    from liaison.trust.privacy import retention_candidates, retention_months

    db = database(args, create=False)
    try:
        with db.session_scope(write=False) as session:
            months = args.months if args.months is not None else retention_months(session)
            found = retention_candidates(session, months)
    finally:
        db.close()
    items = [
        {
            "id": c.id,
            "uuid": c.uuid,
            "name": c.name,
            "last_contact": c.last_contact,
            "last_role_end": c.last_role_end,
            "legal_basis": c.legal_basis,
            "in_trash": c.in_trash,
        }
        for c in found
    ]
    if args.json:
        print_json({"months": months, "count": len(items), "people": items})
    else:
        columns = ["id", "name", "last_contact", "last_role_end", "legal_basis"]
        print_table(items, [*columns, "in_trash"] if any(c.in_trash for c in found) else columns)
    return 0


def cmd_privacy_keep(args: argparse.Namespace) -> int:
    from liaison.trust.privacy import keep

    db = database(args, create=False)
    try:
        with db.session_scope() as session:
            person = keep(session, args.person)
            print(f"Kept person {person.id} until the next review.")
    finally:
        db.close()
    return 0
