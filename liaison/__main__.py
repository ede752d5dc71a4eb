from liaison.cli import entry

raise SystemExit(entry())
