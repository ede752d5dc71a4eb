"""The ``liaison`` command: a stable contract that team leads script and checks rely on.

Each group of subcommands lives in its own module with a ``register(subparsers,
common)`` function. Errors reach the user as one sentence on stderr and a
non-zero exit code — never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import gc
import importlib
import signal
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from liaison.cli.support import CommandError, Termination, tolerate_narrow_output
from liaison.errors import LiaisonError

#: Modules that add subcommands, in the order they appear in ``--help``.
COMMAND_MODULES = (
    "liaison.cli.data",
    "liaison.cli.exchange",
    "liaison.cli.trust",
)

EXIT_ERROR = 2

#: What a script needs to know, shown under ``liaison --help``.
SCRIPTING_NOTES = """\
dates:  typed day first, as in Excel: 31-12-2026, 1-5-26, 1 mei 2026 (or 2026-12-31).
--json: one JSON value on stdout, nothing else; dates ISO (2026-12-31), euros "1500.00".
exit codes: 0 done (an import with rejected rows too), 2 refused or failed (the one
        line on stderr says why), 1 unexpected error (a bug: please report the line),
        130 interrupted (Ctrl+C), 143 stopped (SIGTERM): an import or demo is rolled
        back, an export leaves no partial file.
"""


def say(message: object) -> None:
    """One line on stderr: a line break in the user's own text (a sheet name, an id)
    must not split the sentence a script logs or a person reads."""
    sys.stderr.write(f"liaison: {' '.join(str(message).split())}\n")


class ArgumentParser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one sentence, without the usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        say(f"{message} (see '{self.prog} --help').")
        raise SystemExit(EXIT_ERROR)


def common_options() -> argparse.ArgumentParser:
    """Options every subcommand takes (and the bare ``liaison`` too)."""
    common = ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database file or SQLAlchemy URL (default: $LIAISON_DB, then the user data folder)",
    )
    return common


def build_parser() -> ArgumentParser:
    common = common_options()
    parser = ArgumentParser(
        prog="liaison",
        description="Liaison: a CRM for neighbourhood connectors and liaison officers.",
        epilog=SCRIPTING_NOTES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the database, build and render the main window offscreen, print the time",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    parser.set_defaults(handler=open_app)
    return parser


def open_app(args: argparse.Namespace) -> int:
    """Hand over to the Qt front end — the one place the core reaches into ``ui``."""
    from ui.app import run  # lazy: the core never imports Qt at module level

    return run(db=getattr(args, "db", None), self_test=args.self_test)


class Terminated(KeyboardInterrupt):
    """SIGTERM (a scheduler's time limit, ``kill``): unwound like Ctrl+C, so that the
    same clean-up runs — no ``.part`` file, no new empty database, a rolled-back import."""


@contextlib.contextmanager
def stopped_cleanly_on_sigterm() -> Iterator[None]:
    """While a command runs, turn SIGTERM into :class:`Terminated` (the default kills at once)
    and Ctrl+C into KeyboardInterrupt, each noted in :class:`Termination` as well.

    Python drops an exception raised while a weakref callback runs (SQLAlchemy has
    such callbacks) and prints "Exception ignored"; the note makes the command stop
    all the same, so that print is left out too.
    """

    def stop(signum: int, frame: object) -> None:
        terminated = signum == signal.SIGTERM
        Termination.requested = True  # kept even if the raise below is dropped
        Termination.code = 143 if terminated else 130
        raise Terminated if terminated else KeyboardInterrupt

    def unraisable(info: Any) -> None:
        if not isinstance(info.exc_value, KeyboardInterrupt):
            previous_hook(info)

    try:
        previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    except ValueError:  # not the main thread (a test runner's worker): leave it alone
        yield
        return
    previous_hook, sys.unraisablehook = sys.unraisablehook, unraisable
    try:
        yield
    finally:
        sys.unraisablehook = previous_hook
        for number, handler in previous.items():
            signal.signal(number, handler)


_STOPPED = {143: "liaison: stopped (SIGTERM).\n", 130: "liaison: interrupted.\n"}


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up creates a few hundred thousand long-lived objects (SQLAlchemy, the
    # models, Qt wrappers); letting the collector walk them again and again while
    # they are made costs ~50 ms of a 0.6 s start. The app turns it back on (and
    # freezes what start-up made) once the window is up; commands before running.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        tolerate_narrow_output()
        parser = build_parser()
        args = parser.parse_args(argv)
        if not str(getattr(args, "db", "-")).strip():
            # `--db "$TEAM_DB"` with the variable unset: never fall back to the
            # officer's own database behind the script's back.
            raise CommandError(
                "--db is empty; give a database file or URL, or leave --db out for the default."
            )
        if args.handler is open_app:
            return int(args.handler(args) or 0)
        if was_enabled:
            gc.enable()
        Termination.requested = False
        with stopped_cleanly_on_sigterm():
            code = int(args.handler(args) or 0)
        if Termination.requested:  # the raise was dropped and the command ran on
            raise KeyboardInterrupt
        return code
    except (LiaisonError, CommandError) as exc:
        if Termination.requested:  # the core stopped at its next step, as asked
            sys.stderr.write(_STOPPED[Termination.code])
            return Termination.code
        say(exc)
        return EXIT_ERROR
    except KeyboardInterrupt as exc:  # Terminated too
        code = (
            Termination.code
            if Termination.requested
            else (143 if isinstance(exc, Terminated) else 130)
        )
        sys.stderr.write(_STOPPED[code])
        return code
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: one sentence, never a traceback
        known = known_failure(exc)
        if known is not None:
            say(known)
            return EXIT_ERROR
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        say(f"unexpected error ({type(exc).__name__}: {first}).")
        return 1
    finally:
        if was_enabled:
            gc.enable()


def known_failure(exc: BaseException) -> str | None:
    """One sentence for a failure that is not a bug but the world: a busy or read-only
    database, a full disk (see :mod:`liaison.storage.failures`).

    SQLAlchemy's text for these spans several lines (the SQL, a web address),
    which a team lead's script would log as noise instead of a reason.
    """
    from liaison.storage.failures import unavailable

    failure = unavailable(exc)
    if failure is not None:
        return str(failure)
    if isinstance(exc, OSError) and exc.errno in _WORLD_ERRNOS and exc.strerror:
        # The output on a full disk ('liaison list … > report.json'), a read-only or
        # failing medium: reported as a bug ('unexpected error', exit 1) before.
        where = f" ('{exc.filename}')" if exc.filename else ""
        return f"{exc.strerror}{where}; nothing more could be written."
    return None


#: OS errors that are the machine's state, not a bug of Liaison.
_WORLD_ERRNOS = frozenset(
    getattr(errno, name)
    for name in ("ENOSPC", "EDQUOT", "EIO", "EROFS", "EFBIG")
    if hasattr(errno, name)
)


def entry() -> int:
    """The ``liaison`` program: :func:`main`, then a quick exit.

    The process ends right after, and Python's final collections would walk every
    object start-up made (~0.1 s); frozen objects are skipped. Files, the database
    and QSettings are closed by then; ``atexit`` handlers still run.
    """
    if len(sys.argv) == 2 and sys.argv[1].startswith("--reader"):
        from liaison.exchange.read import READER_CHILD_ARG, child_main

        if sys.argv[1] == READER_CHILD_ARG:  # a frozen app reading a workbook in a child
            child_main()
            return 0
    code = main()
    gc.freeze()
    return code


if __name__ == "__main__":
    raise SystemExit(entry())
