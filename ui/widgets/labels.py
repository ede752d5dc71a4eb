"""Translated names for stored codes (kinds, roles, channels, fields…), in one place.

Each table is built on call so that a language switch takes effect at once;
the literal ``translate`` calls let pyside6-lupdate find every string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def organisation_kinds() -> dict[str, str]:
    return {
        "initiative": QCoreApplication.translate("Labels", "Initiative"),
        "fund": QCoreApplication.translate("Labels", "Fund"),
        "company": QCoreApplication.translate("Labels", "Company"),
        "welfare": QCoreApplication.translate("Labels", "Welfare organisation"),
        "housing": QCoreApplication.translate("Labels", "Housing corporation"),
        "municipality": QCoreApplication.translate("Labels", "Municipality"),
        "education": QCoreApplication.translate("Labels", "School / education"),
        "faith": QCoreApplication.translate("Labels", "Faith community"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }


def organisation_statuses() -> dict[str, str]:
    return {
        "active": QCoreApplication.translate("Labels", "Active"),
        "dormant": QCoreApplication.translate("Labels", "Dormant"),
        "ended": QCoreApplication.translate("Labels", "Ended"),
    }


def roles() -> dict[str, str]:
    return {
        "initiator": QCoreApplication.translate("Labels", "Initiator"),
        "contact": QCoreApplication.translate("Labels", "Contact person"),
        "volunteer": QCoreApplication.translate("Labels", "Volunteer"),
        "board": QCoreApplication.translate("Labels", "Board member"),
        "staff": QCoreApplication.translate("Labels", "Staff"),
        "liaison": QCoreApplication.translate("Labels", "Liaison"),
    }


def support_kinds() -> dict[str, str]:
    return {
        "financial": QCoreApplication.translate("Labels", "Financial"),
        "in_kind": QCoreApplication.translate("Labels", "In kind"),
        "brokering": QCoreApplication.translate("Labels", "Brokering"),
        "media": QCoreApplication.translate("Labels", "Media attention"),
        "space": QCoreApplication.translate("Labels", "Space"),
        "volunteers": QCoreApplication.translate("Labels", "Volunteers"),
        "expertise": QCoreApplication.translate("Labels", "Expertise"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }


def commitment_statuses() -> dict[str, str]:
    return {
        "proposed": QCoreApplication.translate("Labels", "Proposed"),
        "active": QCoreApplication.translate("Labels", "Active"),
        "ended": QCoreApplication.translate("Labels", "Ended"),
        "declined": QCoreApplication.translate("Labels", "Declined"),
        "renewed": QCoreApplication.translate("Labels", "Renewed"),
    }


def channels() -> dict[str, str]:
    return {
        "call": QCoreApplication.translate("Labels", "Call"),
        "visit": QCoreApplication.translate("Labels", "Visit"),
        "meeting": QCoreApplication.translate("Labels", "Meeting"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "message": QCoreApplication.translate("Labels", "Message"),
        "event": QCoreApplication.translate("Labels", "Event"),
    }


def legal_bases() -> dict[str, str]:
    return {
        "consent": QCoreApplication.translate("Labels", "Consent"),
        "public_task": QCoreApplication.translate("Labels", "Public task"),
        "legitimate_interest": QCoreApplication.translate("Labels", "Legitimate interest"),
        "contract": QCoreApplication.translate("Labels", "Contract"),
        "legal_obligation": QCoreApplication.translate("Labels", "Legal obligation"),
        "unknown": QCoreApplication.translate("Labels", "Unknown"),
    }


def audit_actions() -> dict[str, str]:
    return {
        "create": QCoreApplication.translate("Labels", "created"),
        "update": QCoreApplication.translate("Labels", "changed"),
        "delete": QCoreApplication.translate("Labels", "moved to trash"),
        "restore": QCoreApplication.translate("Labels", "restored"),
        "forget": QCoreApplication.translate("Labels", "forgotten"),
    }


def entity_names() -> dict[str, str]:
    return {
        "organisation": QCoreApplication.translate("Labels", "organisation"),
        "person": QCoreApplication.translate("Labels", "person"),
        "commitment": QCoreApplication.translate("Labels", "commitment"),
        "interaction": QCoreApplication.translate("Labels", "contact"),
        "affiliation": QCoreApplication.translate("Labels", "role"),
    }


def field_names() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("Labels", "Name"),
        "kind": QCoreApplication.translate("Labels", "Kind"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "neighbourhood_id": QCoreApplication.translate("Labels", "Neighbourhood"),
        "address": QCoreApplication.translate("Labels", "Address"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "website": QCoreApplication.translate("Labels", "Website"),
        "description": QCoreApplication.translate("Labels", "Description"),
        "owner_id": QCoreApplication.translate("Labels", "Owning officer"),
        "tags": QCoreApplication.translate("Labels", "Tags"),
        "given_name": QCoreApplication.translate("Labels", "Given name"),
        "infix": QCoreApplication.translate("Labels", "Infix"),
        "family_name": QCoreApplication.translate("Labels", "Family name"),
        "notes": QCoreApplication.translate("Labels", "Notes"),
        "legal_basis": QCoreApplication.translate("Labels", "Legal basis"),
        "data_source": QCoreApplication.translate("Labels", "Source of the data"),
        "person_id": QCoreApplication.translate("Labels", "Person"),
        "organisation_id": QCoreApplication.translate("Labels", "Organisation"),
        "role": QCoreApplication.translate("Labels", "Role"),
        "start": QCoreApplication.translate("Labels", "Start"),
        "end": QCoreApplication.translate("Labels", "End"),
        "partner_id": QCoreApplication.translate("Labels", "Partner"),
        "initiative_id": QCoreApplication.translate("Labels", "Initiative"),
        "amount": QCoreApplication.translate("Labels", "Amount"),
        "renew_by": QCoreApplication.translate("Labels", "Renewal decision by"),
        "structural": QCoreApplication.translate("Labels", "Structural"),
        "officer_id": QCoreApplication.translate("Labels", "Officer"),
        "occurred_at": QCoreApplication.translate("Labels", "When"),
        "channel": QCoreApplication.translate("Labels", "Channel"),
        "summary": QCoreApplication.translate("Labels", "Summary"),
        "follow_up_on": QCoreApplication.translate("Labels", "Follow-up on"),
        "follow_up_done": QCoreApplication.translate("Labels", "Follow-up done"),
        "organisations": QCoreApplication.translate("Labels", "Organisations"),
        "people": QCoreApplication.translate("Labels", "People"),
        "forgotten_at": QCoreApplication.translate("Labels", "Forgotten on"),
        "retention_kept_on": QCoreApplication.translate("Labels", "Retention reviewed on"),
    }


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label for a code, or the code itself when unknown."""
    if code is None:
        return ""
    return table.get(code, code)


#: Colours per organisation kind (map nodes, legend, timeline bars): calm, distinguishable.
KIND_COLOURS = {
    "initiative": "#2e7d32",
    "fund": "#c62828",
    "company": "#6a1b9a",
    "welfare": "#1565c0",
    "housing": "#ef6c00",
    "municipality": "#00838f",
    "education": "#827717",
    "faith": "#5d4037",
    "other": "#546e7a",
    "person": "#78909c",
}
