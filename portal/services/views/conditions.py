"""The exam conditions as tables for the read-only 考试条件 page (from rules.catalog())."""
from __future__ import annotations

import re

import rules
from portal.domain import names
from portal.services.people.auth import Principal, require_role

_REFERENCE = re.compile(r"[;；]?\s*[\w-]+\.md(?:\s*§\s*\d+)?")


def shown(text: str | None) -> str:
    """Rule-file text as a reader sees it: prior-qualification codes in Chinese, references to the
    project's own notes (`exam-conditions.md §9`) left out; public sources are kept."""
    out = _REFERENCE.sub("", text or "")
    for code, name in sorted(_holds_names().items(), key=lambda kv: -len(kv[0])):
        out = out.replace(code, name)
    return out.strip()


def _holds_names() -> dict[str, str]:
    """Prior-qualification code → Chinese name: the portal's names, else the rule data's own."""
    from rules import params
    portal = names.choices("holds")
    return {code: portal.get(code) or spec["name_zh"] for code, spec in params.param("holds").value.items()}


def _holds(code: str | None) -> str:
    return _holds_names().get(code, code) if code else ""


def _documents(found, texts: set[str] | None = None) -> list[dict]:
    """The cited documents as {"label", "url", "official"}: official texts first, third-party pointers
    marked as such; only the sources whose text is in `texts` when given."""
    seen: dict[tuple, dict] = {}
    for source in found.sources.values():
        if texts is not None and source.text not in texts:
            continue
        for c in source.citations:
            seen.setdefault((c.document_zh, c.url), {"label": shown(c.document_zh), "url": c.url,
                                                      "official": c.role == "primary"})
    return sorted(seen.values(), key=lambda d: not d["official"])


def exams(principal: Principal) -> dict[str, str]:
    require_role(principal, "admin", "reviewer")
    return {code: r.name_zh for code, r in sorted(rules.catalog().items())}


def _years(cell) -> str:
    if cell.years is None:
        return "不可报考"
    text = f"{cell.years} 年" if cell.years else "不限年限"
    return text + (f"（工作总年限 {cell.total_years} 年）" if cell.total_years else "")


def exam_conditions(principal: Principal, exam: str) -> dict:
    """{"name", "notes", "tech_school", "versions": [{"title", "basis", "source", "levels": [
    {"label", "work", "cutoff", "rows": [...]}], "documents": [...]}], "documents": [...]} — every cell
    with its source (readable titles with 文号) and confirmed flag; documents carry their address."""
    require_role(principal, "admin", "reviewer")
    found = rules.catalog()[exam]
    versions = []
    for v in found.versions:
        levels, texts = [], {v.source}
        for lv in v.levels.values():
            texts |= {f.source for f in (lv.cutoff_fact, lv.full_time_study, lv.exempt, lv.addon)}
            rows = []
            for edu, alternatives in lv.requirements.items():
                for alt in alternatives:
                    texts |= {alt.requires_source} | {c.source for c in alt.cells.values()}
                    for tier, cell in alt.cells.items():
                        rows.append({"学历": names.name("education", edu),
                                     "专业": lv.tiers_zh.get(tier) or names.name("major_tier", tier),
                                     "工作年限": _years(cell), "需持有": _holds(alt.requires),
                                     "说明": shown(cell.note_zh or alt.note_zh),
                                     "已核实": "是" if cell.confirmed else "待核实", "来源": shown(cell.source)})
            rows = list({tuple(r.items()): r for r in rows}.values())  # tiers merged by the rule file
            levels.append({"label": lv.label_zh, "work": lv.work_zh,
                           "cutoff": f"截止考试年度 {lv.cutoff[0]} 月 {lv.cutoff[1]} 日"
                                     + ("" if lv.cutoff_fact.confirmed else "（待核实）"),
                           "rows": rows})
        until = f"至 {v.until} 年" if v.until else "起至今"
        versions.append({"title": f"{v.from_year} 年{until}", "basis": shown(v.basis_zh), "source": shown(v.source),
                         "levels": levels, "documents": _documents(found, texts)})
    return {"name": found.name_zh, "notes": shown(found.notes_zh), "documents": _documents(found),
            "tech_school": "技工院校学历按湘人社发〔2019〕67号折算" if found.tech_school.value else "不接受技工院校学历折算",
            "tech_school_source": shown(found.tech_school.source), "versions": versions}
