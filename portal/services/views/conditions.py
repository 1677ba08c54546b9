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
    for code, name in names.choices("holds").items():
        out = out.replace(code, name)
    return out.strip()


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
    {"label", "work", "cutoff", "rows": [...]}]}]} — every cell with its source and confirmed flag."""
    require_role(principal, "admin", "reviewer")
    found = rules.catalog()[exam]
    versions = []
    for v in found.versions:
        levels = []
        for lv in v.levels.values():
            rows = []
            for edu, alternatives in lv.requirements.items():
                for alt in alternatives:
                    for tier, cell in alt.cells.items():
                        rows.append({"学历": names.name("education", edu),
                                     "专业": lv.tiers_zh.get(tier) or names.name("major_tier", tier),
                                     "工作年限": _years(cell), "需持有": names.name("holds", alt.requires),
                                     "说明": shown(cell.note_zh or alt.note_zh),
                                     "已核实": "是" if cell.confirmed else "待核实", "来源": shown(cell.source)})
            rows = list({tuple(r.items()): r for r in rows}.values())  # tiers merged by the rule file
            levels.append({"label": lv.label_zh, "work": lv.work_zh,
                           "cutoff": f"截止考试年度 {lv.cutoff[0]} 月 {lv.cutoff[1]} 日"
                                     + ("" if lv.cutoff_fact.confirmed else "（待核实）"),
                           "rows": rows})
        until = f"至 {v.until} 年" if v.until else "起至今"
        versions.append({"title": f"{v.from_year} 年{until}", "basis": shown(v.basis_zh), "source": shown(v.source),
                         "levels": levels})
    return {"name": found.name_zh, "notes": shown(found.notes_zh), "file": found.file,
            "tech_school": "技工院校学历按湘人社发〔2019〕67号折算" if found.tech_school.value else "不接受技工院校学历折算",
            "tech_school_source": shown(found.tech_school.source), "versions": versions}
