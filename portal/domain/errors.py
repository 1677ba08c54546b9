"""The errors a refused action raises: the UI shows `message` (Chinese) as is; the CLI prints it as
one line. Raised by the services and by the pure domain rules they apply."""
from __future__ import annotations


class ServiceError(Exception):
    """Base of every user-facing service error."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class PermissionDenied(ServiceError):
    """Wrong role or outside the caller's scope (city, own case)."""


class NotFound(ServiceError):
    """The thing asked for does not exist (or is not visible to the caller)."""


class InvalidInput(ServiceError):
    """Bad input: the message says which field and why."""


class Conflict(ServiceError):
    """The action is not allowed in the current state (window closed, wrong case state, lease held)."""
