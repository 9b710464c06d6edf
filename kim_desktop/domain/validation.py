"""Input rules shared by the set-up dialog, the CLI and later forms."""

from __future__ import annotations

import re

from kim_desktop.domain.errors import FieldError

LOGIN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()/\-]{5,30}$")
POSTAL_CODE_PATTERN = re.compile(r"^[0-9]{5}$")
MIN_PASSWORD_LENGTH = 10


def required(field: str, value: str | None, max_length: int = 200) -> list[FieldError]:
    text = (value or "").strip()
    if not text:
        return [FieldError(field, "required")]
    if len(text) > max_length:
        return [FieldError(field, "too_long", {"max": max_length})]
    return []


def login(field: str, value: str) -> list[FieldError]:
    if not value.strip():
        return [FieldError(field, "required")]
    if not LOGIN_PATTERN.match(value.strip()):
        return [FieldError(field, "login_format")]
    return []


def new_password(
    field: str, password: str, repeat: str | None, repeat_field: str
) -> list[FieldError]:
    """A new password: long enough, not only letters, typed twice the same."""
    if not password:
        return [FieldError(field, "required")]
    if len(password) < MIN_PASSWORD_LENGTH:
        return [FieldError(field, "password_too_short", {"min": MIN_PASSWORD_LENGTH})]
    if password.isalpha():
        return [FieldError(field, "password_too_simple")]
    if repeat is not None and password != repeat:
        return [FieldError(repeat_field, "password_mismatch")]
    return []


def optional_email(field: str, value: str | None) -> list[FieldError]:
    text = (value or "").strip()
    if text and not EMAIL_PATTERN.match(text):
        return [FieldError(field, "email_format")]
    return []


def optional_phone(field: str, value: str | None) -> list[FieldError]:
    text = (value or "").strip()
    if text and not PHONE_PATTERN.match(text):
        return [FieldError(field, "phone_format")]
    return []


def optional_postal_code(field: str, value: str | None) -> list[FieldError]:
    text = (value or "").strip()
    if text and not POSTAL_CODE_PATTERN.match(text):
        return [FieldError(field, "postal_code_format")]
    return []
