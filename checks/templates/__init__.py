"""Document templates: one YAML per kind (keywords, exclusions, priority, field labels).

Loaded strictly: an unknown key, an unknown field or a malformed entry stops loading with the file
named. Labels are normalised like OCR text, so full-width and half-width forms match alike."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from checks import normalize

HERE = Path(__file__).parent
KEYS = {"kind", "template", "priority", "keywords", "exclude", "title", "fields", "other_labels", "finding"}


@dataclass(frozen=True)
class Template:
    name: str
    kind: str
    priority: int
    keywords: tuple[str, ...]
    exclude: tuple[str, ...]
    title: str | None
    labels: dict  # field -> tuple of labels
    fixed: dict  # field -> constant value
    from_title: tuple[str, ...]
    other_labels: tuple[str, ...]
    finding: dict | None


class TemplateError(ValueError):
    pass


@lru_cache(maxsize=1)
def field_types() -> dict[str, str]:
    return yaml.safe_load((HERE / "_fields.yaml").read_text(encoding="utf-8"))


def _parse(path: Path) -> Template:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    where = path.name
    if not isinstance(data, dict) or set(data) - KEYS or "kind" not in data or "keywords" not in data:
        raise TemplateError(f"{where}: bad template keys {sorted(set(data or {}) - KEYS)}")
    labels, fixed, from_title = {}, {}, []
    for field, spec in (data.get("fields") or {}).items():
        if field not in field_types():
            raise TemplateError(f"{where}: unknown field {field!r}")
        if isinstance(spec, list) and spec and all(isinstance(s, str) for s in spec):
            labels[field] = tuple(normalize.text(s) for s in spec)
        elif isinstance(spec, dict) and set(spec) == {"fixed"}:
            fixed[field] = spec["fixed"]
        elif isinstance(spec, dict) and spec == {"from_title": True} and data.get("title"):
            from_title.append(field)
        else:
            raise TemplateError(f"{where}: field {field!r} needs a list of labels, fixed or from_title")
    return Template(
        name=data.get("template", path.stem), kind=data["kind"], priority=int(data.get("priority", 0)),
        keywords=tuple(normalize.text(k) for k in data["keywords"]),
        exclude=tuple(normalize.text(k) for k in data.get("exclude") or ()),
        title=data.get("title"), labels=labels, fixed=fixed, from_title=tuple(from_title),
        other_labels=tuple(normalize.text(s) for s in data.get("other_labels") or ()),
        finding=data.get("finding"))


@lru_cache(maxsize=1)
def load() -> tuple[Template, ...]:
    return tuple(_parse(p) for p in sorted(HERE.glob("*.yaml")) if not p.name.startswith("_"))
