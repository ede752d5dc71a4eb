"""Checks for what people type into forms: e-mail, Dutch phone numbers.

Each check returns ``(normalised_value, error_sentence_or_None)`` so a form can
both highlight a field as you type and save the tidy form of a good value.
"""

from __future__ import annotations

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from PySide6.QtCore import QCoreApplication


def check_email(text: str) -> tuple[str | None, str | None]:
    value = (text or "").strip()
    if not value:
        return None, None
    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return value, QCoreApplication.translate(
            "Validation", "This is not a valid e-mail address (like naam@voorbeeld.nl)."
        )
    return result.normalized, None


def check_phone(text: str) -> tuple[str | None, str | None]:
    """Dutch numbers by default ("010 123 4567", "06-12345678"); others need +country code."""
    value = (text or "").strip()
    if not value:
        return None, None
    try:
        number = phonenumbers.parse(value, "NL")
    except phonenumbers.NumberParseException:
        return value, QCoreApplication.translate("Validation", "This is not a phone number.")
    if not phonenumbers.is_valid_number(number):
        return value, QCoreApplication.translate(
            "Validation", "This is not a valid phone number (like 010 123 4567 or 06 12345678)."
        )
    if number.country_code == 31:
        fmt = phonenumbers.PhoneNumberFormat.NATIONAL
    else:
        fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, fmt), None


def check_website(text: str) -> tuple[str | None, str | None]:
    value = (text or "").strip()
    if not value:
        return None, None
    if " " in value or "." not in value:
        return value, QCoreApplication.translate(
            "Validation", "This is not a web address (like www.voorbeeld.nl)."
        )
    return value, None
