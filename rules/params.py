"""Cross-exam parameters from `rules/params/*.yaml` (education ladder, technical-school
equivalence and evidence bands, CHSI and Hunan 中专 boundaries, prior-qualification codes)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rules.schema import Node, read_yaml
from rules.sources import Source, parse_source

PARAMS_DIR = Path(__file__).parent / "params"
TIERS = ("related", "near", "other")
ROUTES = ("full", "exempt", "addon")
ORIGINS = ("hunan", "other_province", "foreign", "party_school")


@dataclass(frozen=True)
class Param:
    name: str
    value: object
    description_zh: str
    source: str                       # readable citation text
    confirmed: bool
    cited: Source | None = None


def load_param(path: Path) -> Param:
    """One parameter file; its `source` is a list of citations, and a confirmed value needs a primary
    official one."""
    node = Node(path, path.stem, read_yaml(path)).keys({"description_zh", "source", "value"}, {"confirmed"})
    cited = parse_source(node, "source")
    confirmed = node.get("confirmed", bool, True)
    if confirmed and not cited.primary:
        node.fail("no primary official text: mark the value confirmed: false", "source")
    return Param(path.stem, node.data["value"], node.get("description_zh", str), cited.text, confirmed, cited)


@cache
def param(name: str) -> Param:
    return load_param(PARAMS_DIR / f"{name}.yaml")


def _date(name: str) -> dt.date:
    value = param(name).value
    if not isinstance(value, dt.date):
        Node(PARAMS_DIR / f"{name}.yaml", name, {}).fail("expected a date", "value")
    return value


def ladder() -> dict[str, dict]:
    return param("education_ladder").value


def education_codes() -> tuple[str, ...]:
    return tuple(ladder())


def tech_classes() -> dict[str, str]:
    """Technical-school class code → the education level it counts as."""
    return {code: spec["education"] for code, spec in param("tech_school_equivalence").value.items()}


def holds_codes() -> dict[str, tuple[str, ...]]:
    """Prior-qualification code → codes it also satisfies (itself included)."""
    return {c: (c, *spec.get("implies", [])) for c, spec in param("holds").value.items()}


def chsi_boundary() -> dt.date:
    return _date("chsi_boundary")


def hunan_secondary_boundary() -> dt.date:
    return _date("hunan_secondary_boundary")


def tech_school_bands() -> list[dict]:
    return param("tech_school_bands").value


def all_params() -> list[Param]:
    return [param(p.stem) for p in sorted(PARAMS_DIR.glob("*.yaml")) if p.stem != "exam_aliases"]
