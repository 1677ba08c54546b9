"""`check_case`: identity, evidence, consistency, stamp and phone findings for one case (TEAM.md)."""
from __future__ import annotations

import re

from checks import consistency, evidence, seal
from checks.finding import finding
from checks.names import kind_name, needs_seal
from checks.pages import iter_pages


def _docs(case: dict) -> list[tuple[str, str, dict]]:
    out = []
    for doc in case.get("documents") or ():
        ext = doc.get("extraction") or {}
        out.append((doc.get("file"), ext.get("kind", "unknown"), ext.get("fields") or {}))
    return out


def _seal_and_colour(path) -> tuple[bool, bool]:
    """(a page carries a seal, a page is in colour), one decoded page in memory at a time."""
    colour = False
    for page in iter_pages(path):
        if seal.has_seal(page):
            return True, True
        colour = colour or seal.is_colour(page)
    return False, colour


def stamps(documents: list[dict]) -> list[dict]:
    out = []
    for doc in documents:
        kind = (doc.get("extraction") or {}).get("kind")
        if not needs_seal(kind):  # the kind template's `seal:` flag
            continue
        name = kind_name(kind)
        try:
            sealed, colour = _seal_and_colour(doc["path"])
        except Exception:  # an unreadable file is reported by extraction already
            out.append(finding("seal_unknown", "warn", f"无法打开{name}检查印章，请人工核对", file=doc.get("file")))
            continue
        if sealed:
            continue
        if not colour:
            out.append(finding("seal_unknown", "warn", f"{name}为黑白图像，无法自动判断是否盖有红色公章，请人工核对",
                               file=doc.get("file")))
        else:
            out.append(finding("seal_missing", "fail", f"{name}上未发现单位红色公章", file=doc.get("file")))
    return out


def phone(candidate: dict, docs: list[tuple[str, str, dict]]) -> list[dict]:
    out = []
    expected = re.sub(r"\D", "", candidate.get("phone") or "")[-11:]
    for file, kind, f in docs:
        if kind != "application_form":
            continue
        if not f.get("phone"):
            out.append(finding("phone_missing", "fail", "报名表上未写明考生本人手机号码", file=file, field="phone",
                               expected=expected or None))
        elif expected and f["phone"] != expected:
            out.append(finding("phone_mismatch", "warn", "报名表上的手机号码与名单不一致", file=file, field="phone",
                               read=f["phone"], expected=expected))
    return out


def document_findings(documents: list[dict]) -> list[dict]:
    """What reading each file already found (a 学籍 report, a malformed verification code…), so that
    the reviewer sees it with the case and not only on the upload page."""
    return [dict(f, file=f.get("file") or doc.get("file"))
            for doc in documents
            for f in (doc.get("extraction") or {}).get("findings") or ()
            if f.get("severity") in ("fail", "warn")]


def check_case(case: dict) -> list[dict]:
    candidate = case.get("candidate") or {}
    declared = case.get("declared") or {}
    documents = list(case.get("documents") or ())
    docs = _docs(case)
    return (document_findings(documents)
            + evidence.check(case.get("required_kinds"), documents)
            + consistency.identity(candidate, docs)
            + consistency.education(declared, docs)
            + consistency.work(declared, docs)
            + phone(candidate, docs)
            + stamps(documents))
