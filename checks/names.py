"""The one source of document-kind and field names (design 4.1, 4.3): each kind's Chinese name,
where a candidate obtains it and whether it must carry a red seal come from its template
(`checks/templates/<kind>.yaml`, `_kinds.yaml` for `unknown`); field names from `_fields.yaml`."""
from __future__ import annotations

from checks import templates


def kinds() -> tuple[str, ...]:
    """Every document kind code (design 4.1), `unknown` included."""
    return tuple(templates.kinds())


def kind_name(code: str | None) -> str:
    """The kind's one Chinese name; an unknown code is returned as given."""
    about = templates.kinds().get(code or "")
    return about["name"] if about else (code or "")


def where_to_obtain(code: str | None) -> str:
    """Where and how a candidate obtains a document of this kind (official addresses included)."""
    about = templates.kinds().get(code or "")
    return about["where"] if about else ""


def needs_seal(code: str | None) -> bool:
    """Whether a document of this kind must carry a red (unit) seal."""
    about = templates.kinds().get(code or "")
    return bool(about and about["seal"])


def sealed_kinds() -> tuple[str, ...]:
    return tuple(k for k, about in templates.kinds().items() if about["seal"])


def fields() -> tuple[str, ...]:
    return tuple(templates.field_names())


def field_name(code: str | None) -> str:
    """The contract field's one Chinese name; an unknown code is returned as given."""
    return templates.field_names().get(code or "", code or "")
