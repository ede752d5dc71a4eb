"""Translated names for stored codes (kinds, roles, channels, fields…), in one place.

Each table is built on call so that a language switch takes effect at once;
the literal ``translate`` calls let pyside6-lupdate find every string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def organisation_kinds() -> dict[str, str]:
    return {
        "initiative": _t("Initiative"),
        "fund": _t("Fund"),
        "company": _t("Company"),
        "welfare": _t("Welfare organisation"),
        "housing": _t("Housing corporation"),
        "municipality": _t("Municipality"),
        "education": _t("School / education"),
        "faith": _t("Faith community"),
        "other": _t("Other"),
    }


def organisation_statuses() -> dict[str, str]:
    return {"active": _t("Active"), "dormant": _t("Dormant"), "ended": _t("Ended")}


def roles() -> dict[str, str]:
    return {
        "initiator": _t("Initiator"),
        "contact": _t("Contact person"),
        "volunteer": _t("Volunteer"),
        "board": _t("Board member"),
        "staff": _t("Staff"),
        "liaison": _t("Liaison"),
    }


def support_kinds() -> dict[str, str]:
    return {
        "financial": _t("Financial"),
        "in_kind": _t("In kind"),
        "brokering": _t("Brokering"),
        "media": _t("Media attention"),
        "space": _t("Space"),
        "volunteers": _t("Volunteers"),
        "expertise": _t("Expertise"),
        "other": _t("Other"),
    }


def commitment_statuses() -> dict[str, str]:
    return {
        "proposed": _t("Proposed"),
        "active": _t("Active"),
        "ended": _t("Ended"),
        "declined": _t("Declined"),
        "renewed": _t("Renewed"),
    }


def channels() -> dict[str, str]:
    return {
        "call": _t("Call"),
        "visit": _t("Visit"),
        "meeting": _t("Meeting"),
        "email": _t("E-mail"),
        "message": _t("Message"),
        "event": _t("Event"),
    }


def legal_bases() -> dict[str, str]:
    return {
        "consent": _t("Consent"),
        "public_task": _t("Public task"),
        "legitimate_interest": _t("Legitimate interest"),
        "contract": _t("Contract"),
        "legal_obligation": _t("Legal obligation"),
        "unknown": _t("Unknown"),
    }


def audit_actions() -> dict[str, str]:
    return {
        "create": _t("created"),
        "update": _t("changed"),
        "delete": _t("moved to trash"),
        "restore": _t("restored"),
        "forget": _t("forgotten"),
    }


def entity_names() -> dict[str, str]:
    return {
        "organisation": _t("organisation"),
        "person": _t("person"),
        "commitment": _t("commitment"),
        "interaction": _t("contact"),
        "affiliation": _t("role"),
    }


def field_names() -> dict[str, str]:
    return {
        "name": _t("Name"),
        "kind": _t("Kind"),
        "status": _t("Status"),
        "neighbourhood_id": _t("Neighbourhood"),
        "address": _t("Address"),
        "email": _t("E-mail"),
        "phone": _t("Phone"),
        "website": _t("Website"),
        "description": _t("Description"),
        "owner_id": _t("Owning officer"),
        "tags": _t("Tags"),
        "given_name": _t("Given name"),
        "infix": _t("Infix"),
        "family_name": _t("Family name"),
        "notes": _t("Notes"),
        "legal_basis": _t("Legal basis"),
        "data_source": _t("Source of the data"),
        "person_id": _t("Person"),
        "organisation_id": _t("Organisation"),
        "role": _t("Role"),
        "start": _t("Start"),
        "end": _t("End"),
        "partner_id": _t("Partner"),
        "initiative_id": _t("Initiative"),
        "amount": _t("Amount"),
        "renew_by": _t("Renewal decision by"),
        "structural": _t("Structural"),
        "officer_id": _t("Officer"),
        "occurred_at": _t("When"),
        "channel": _t("Channel"),
        "summary": _t("Summary"),
        "follow_up_on": _t("Follow-up on"),
        "follow_up_done": _t("Follow-up done"),
        "organisations": _t("Organisations"),
        "people": _t("People"),
        "forgotten_at": _t("Forgotten on"),
        "retention_kept_on": _t("Retention reviewed on"),
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
