"""Translated sentences for signals, built from their code and params (not their English reason)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.formatting import format_date


def signal_title(code: str) -> str:
    return {
        "single_partner": QCoreApplication.translate("Signals", "Depends on one partner"),
        "one_off_only": QCoreApplication.translate("Signals", "Only one-off support"),
        "support_cliff": QCoreApplication.translate("Signals", "All support ends soon"),
        "support_ended": QCoreApplication.translate("Signals", "All support has ended"),
        "no_municipal_contact": QCoreApplication.translate("Signals", "No municipal contact"),
        "dormant": QCoreApplication.translate("Signals", "No recent contact"),
    }.get(code, code)


def signal_sentence(signal: Any) -> str:
    """One readable sentence for a ``liaison.services.signals.Signal``."""
    p = signal.params or {}
    code = signal.code
    if code == "single_partner":
        partner = str(p.get("partner", "?"))
        if p.get("partners") == 1:
            return QCoreApplication.translate(
                "Signals", "%1 is the only partner giving active support."
            ).replace("%1", partner)
        share = f"{round(float(p.get('share', 0)) * 100)}%"
        if p.get("basis") == "euros":
            text = QCoreApplication.translate(
                "Signals", "%1 gives %2 of the active support in euros."
            )
        else:
            text = QCoreApplication.translate("Signals", "%1 gives %2 of the active commitments.")
        return text.replace("%1", partner).replace("%2", share)
    if code == "one_off_only":
        if int(p.get("commitments", 1)) > 1:
            return QCoreApplication.translate(
                "Signals", "All active support is one-off; none is structural."
            )
        return QCoreApplication.translate(
            "Signals", "The only active support is one-off, not structural."
        )
    if code == "support_cliff":
        return (
            QCoreApplication.translate(
                "Signals", "All active support ends within %1 days (the last on %2)."
            )
            .replace("%1", str(p.get("days", "?")))
            .replace("%2", format_date(p.get("last_end")))
        )
    if code == "support_ended":  # after its title: not "All support has ended — All support…"
        return QCoreApplication.translate(
            "Signals", "The last ended on %1; none is active now."
        ).replace("%1", format_date(p.get("last_end")))
    if code == "no_municipal_contact":
        return QCoreApplication.translate(
            "Signals", "No contact with or support from the municipality in %1 months."
        ).replace("%1", str(p.get("months", "?")))
    if code == "dormant":
        last = p.get("last_contact")
        if last:
            return (
                QCoreApplication.translate("Signals", "No contact in %1 months (the last on %2).")
                .replace("%1", str(p.get("months", "?")))
                .replace("%2", format_date(last))
            )
        return QCoreApplication.translate("Signals", "No contact has been logged.")
    return str(signal.reason)
