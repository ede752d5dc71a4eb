"""Subcommands of the data group: demo, list, search, renewals, signals (see liaison.cli)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the ``liaison`` parser (filled in shortly)."""
