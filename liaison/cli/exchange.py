"""Subcommands of the exchange group (see liaison.cli)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the ``liaison`` parser."""
