"""Flat, read-only views of the loaded conditions for the UI's 考试条件 page and for reports."""
from __future__ import annotations

from rules import params
from rules.aliases import EXAMS, LEVEL_NAMES
from rules.loader import catalog


def catalog_rows() -> list[dict]:
    """One row per exam, version, level, education, alternative and major tier, with the years
    required, prerequisites, the source and whether the fact is confirmed."""
    rows = []
    for exam in catalog().values():
        for version in exam.versions:
            for level in version.levels.values():
                for edu, alts in level.requirements.items():
                    for k, alt in enumerate(alts):
                        for tier in params.TIERS:
                            cell = alt.cells[tier]
                            rows.append({
                                "exam": exam.exam, "exam_zh": EXAMS[exam.exam], "from_year": version.from_year,
                                "until_year": version.until, "basis_zh": version.basis_zh,
                                "level": level.level, "level_zh": LEVEL_NAMES[level.level],
                                "education": edu, "education_zh": params.ladder()[edu]["name_zh"],
                                "route_index": k, "major_tier": tier, "tier_zh": level.tiers_zh[tier],
                                "years": cell.years, "total_years": cell.total_years,
                                "requires": alt.requires, "count_from": alt.count_from,
                                "graduated_by": alt.graduated_by, "note_zh": cell.note_zh or alt.note_zh,
                                "source": cell.source, "confirmed": cell.confirmed,
                            })
    return rows


def unconfirmed_summary() -> list[str]:
    """The `confirmed: false` facts, one line each, tiers with the same value merged."""
    lines = [f"params/{p.name}.yaml: {p.description_zh}" for p in params.all_params() if not p.confirmed]
    for exam in catalog().values():
        if not exam.tech_school.confirmed:
            lines.append(f"{exam.exam}: 技工院校按中专/大专/本科折算 — {exam.tech_school.text_zh}")
        for v in exam.versions:
            for lv in v.levels.values():
                where = f"{exam.exam} {v.from_year} {lv.level}"
                for name, fact in (("截止日期 12-31", lv.cutoff_fact), ("全日制在学期间不计", lv.full_time_study),
                                   ("免考途径" + ("有" if lv.exempt.value else "无"), lv.exempt),
                                   ("增项途径" + ("有" if lv.addon.value else "无"), lv.addon)):
                    if not fact.confirmed:
                        lines.append(f"{where}: {name}")
                merged: dict[tuple, list[str]] = {}
                for edu, alts in lv.requirements.items():
                    for k, alt in enumerate(alts):
                        for tier, cell in alt.cells.items():
                            if not cell.confirmed:
                                why = "；".join(x for x in (cell.note_zh or alt.note_zh, cell.source) if x)
                                key = (k, cell.years, cell.total_years, why, tier)
                                merged.setdefault(key, []).append(edu)
                regrouped: dict[tuple, list[str]] = {}
                for (k, years, total, why, tier), edus in merged.items():
                    regrouped.setdefault((k, years, total, why, tuple(edus)), []).append(tier)
                for (k, years, _total, why, edus), tiers in regrouped.items():
                    value = "不得报考" if years is None else f"{years}年"
                    lines.append(f"{where} {'/'.join(edus)} [{'/'.join(tiers)}]{' 途径' + str(k) if k else ''}: "
                                 f"{value} — {why}")
    return lines
