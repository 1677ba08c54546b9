"""Checking a certificate number against its scheme, with the administrator's series-code list when
one is configured (the issuer and `portal cert-code check` use the same validator)."""
from __future__ import annotations

from portal.certs import SCHEMES, scheme
from portal.services.certificates.config import configured_series


def scheme_names() -> list[str]:
    return sorted(SCHEMES)


def code_problem(code: str, *, scheme_name: str = "hunan", home=None) -> str | None:
    """None when `code` is a valid number of the scheme, else which position is wrong and why."""
    series = configured_series(home, create=False) or None
    problem = scheme(scheme_name).check(code, series=series)
    return None if problem is None else str(problem)
