"""Certificate numbering schemes, signing and e-certificates.

A scheme is a module in SCHEMES with: NAME, MAX_SERIAL, LETTERS (letter → Chinese grade),
GRADE_LETTER (grade code → letter), `check(code, **context) -> Problem | None` (first wrong
position and why), `prefix(**parts) -> str` (everything before the serial, validated) and
`compose(prefix, serial) -> str`. The issuer and `portal cert-code check` use the same functions."""
from __future__ import annotations

from portal.certs import hunan, tianjin
from portal.certs.problem import GRADE_NAMES, GRADES, CodeError, Problem

SCHEMES = {hunan.NAME: hunan, tianjin.NAME: tianjin}


def scheme(name: str):
    try:
        return SCHEMES[name]
    except KeyError:
        raise ValueError(f"未知的证书编号方案 {name!r}，可选：{', '.join(SCHEMES)}") from None


__all__ = ["SCHEMES", "scheme", "Problem", "CodeError", "GRADES", "GRADE_NAMES"]
