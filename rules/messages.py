"""Chinese reason texts, built from parts so that the batch path assembles identical strings."""
from __future__ import annotations

from rules import params
from rules.conditions import Alternative, LevelRule

ROUTE_ZH = {"exempt": "免考部分科目", "addon": "增项（增报专业）"}


def not_accepted(rule: LevelRule, education: str, tier: str) -> str:
    edu = params.ladder()[education]["name_zh"]
    return f"【{rule.label_zh}】{edu}学历（{rule.tiers_zh[tier]}）不符合报考条件"


def prerequisite(rule: LevelRule, alt: Alternative) -> str:
    name = params.param("holds").value[alt.requires]["name_zh"]
    return f"【{rule.label_zh}】须已取得{name}（holds 未含 {alt.requires}）"


def graduated_late(rule: LevelRule, alt: Alternative) -> str:
    return f"【{rule.label_zh}】{alt.note_zh or '该途径'}要求 {alt.graduated_by.isoformat()} 前取得学历"


def missing_start(rule: LevelRule, column: str) -> str:
    return f"【{rule.label_zh}】缺少 {column}，无法计算{rule.work_zh}年限"


def short_parts(rule: LevelRule, required: int, total: bool = False) -> tuple[str, str, str]:
    """(prefix, middle, suffix): message = prefix + exam year + middle + counted years + suffix."""
    work = rule.total_work_zh if total else rule.work_zh
    month, day = rule.cutoff
    return (f"【{rule.label_zh}】{work}年限不足：要求满{required}年，截至",
            f"-{month:02d}-{day:02d} 计得", "年")


def short(rule: LevelRule, required: int, exam_year: int, counted: int, total: bool = False) -> str:
    prefix, middle, suffix = short_parts(rule, required, total)
    return f"{prefix}{exam_year}{middle}{counted}{suffix}"


def route_unavailable(rule: LevelRule, route: str) -> str:
    return f"【{rule.label_zh}】已收集的报考条件中无{ROUTE_ZH[route]}途径"
