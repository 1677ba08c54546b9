"""Document templates: one YAML per kind (keywords, exclusions, priority, field labels, the kind's
Chinese name, where a candidate obtains it, whether it must carry a red seal, and the sample layout
portal.docgen renders). `_fields.yaml` holds each field's type, name and
aliases (labels other forms give it, read on every template with that field), `_kinds.yaml` the kinds
without a template of their own (`unknown`).

Loaded strictly: an unknown key, an unknown field or a malformed entry stops loading with the file
named. Labels are normalised like OCR text, so full-width and half-width forms match alike."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from checks import normalize

HERE = Path(__file__).parent
KEYS = {"kind", "template", "priority", "keywords", "exclude", "title", "fields", "other_labels", "finding",
        "name", "where", "seal", "sample", "samples"}
KIND_KEYS = ("name", "where", "seal")


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
    about: dict | None  # the kind's name, where and seal; None for a template of another kind's name
    samples: dict  # layout name -> sample layout (the template's own under its name, then variants)


class TemplateError(ValueError):
    pass


@lru_cache(maxsize=1)
def _fields() -> dict[str, dict]:
    data = yaml.safe_load((HERE / "_fields.yaml").read_text(encoding="utf-8"))
    for field, spec in data.items():
        if not isinstance(spec, dict) or not {"type", "name"} <= set(spec) <= {"type", "name", "aliases", "stems"} \
                or not all(isinstance(a, str) for k in ("aliases", "stems") for a in spec.get(k, [])):
            raise TemplateError(f"_fields.yaml: field {field!r} needs type and name (and lists of aliases, stems)")
    return data


def stems(field: str) -> tuple[str, ...]:
    """Word parts that mark an unknown label as one of the field's ("所在单位" holds 单位)."""
    return tuple(normalize.text(a) for a in _fields()[field].get("stems", []))


def aliases(field: str) -> tuple[str, ...]:
    """Labels other documents give the field, added to every template that reads it by label."""
    return tuple(normalize.text(a) for a in _fields()[field].get("aliases", []))


def field_types() -> dict[str, str]:
    return {field: spec["type"] for field, spec in _fields().items()}


def field_names() -> dict[str, str]:
    return {field: spec["name"] for field, spec in _fields().items()}


def _about(where: str, data: dict) -> dict | None:
    if not any(k in data for k in KIND_KEYS):
        return None
    if not all(k in data for k in KIND_KEYS) or not isinstance(data["seal"], bool):
        raise TemplateError(f"{where}: a kind needs name, where and seal (true/false)")
    return {k: data[k] for k in KIND_KEYS}


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
        if field not in fixed:
            labels[field] = labels.get(field, ()) + tuple(a for a in aliases(field) if a not in labels.get(field, ()))
    return Template(
        name=data.get("template", path.stem), kind=data["kind"], priority=int(data.get("priority", 0)),
        keywords=tuple(normalize.text(k) for k in data["keywords"]),
        exclude=tuple(normalize.text(k) for k in data.get("exclude") or ()),
        title=data.get("title"), labels=labels, fixed=fixed, from_title=tuple(from_title),
        other_labels=tuple(normalize.text(s) for s in data.get("other_labels") or ()),
        finding=data.get("finding"), about=_about(where, data),
        samples={**({data.get("template", path.stem): data["sample"]} if "sample" in data else {}),
                 **(data.get("samples") or {})})


@lru_cache(maxsize=1)
def load() -> tuple[Template, ...]:
    return tuple(_parse(p) for p in sorted(HERE.glob("*.yaml")) if not p.name.startswith("_"))


@lru_cache(maxsize=1)
def kinds() -> dict[str, dict]:
    """Every document kind -> {"name", "where", "seal"}: from its template, or from `_kinds.yaml`."""
    out = {}
    extra = yaml.safe_load((HERE / "_kinds.yaml").read_text(encoding="utf-8"))
    for kind, data in extra.items():
        out[kind] = _about(f"_kinds.yaml:{kind}", data)
    for t in load():
        if t.about is not None:
            if t.kind in out:
                raise TemplateError(f"{t.name}: kind {t.kind!r} is named twice")
            out[t.kind] = t.about
    for t in load():
        if t.kind not in out:
            raise TemplateError(f"{t.name}: kind {t.kind!r} has no name")
    return out


@lru_cache(maxsize=1)
def samples() -> dict[str, dict]:
    """Sample layouts by layout name (each kind's, then variants such as `chsi_record_legacy` or
    the wrong-kind `chsi_student_status`), read by portal.docgen."""
    out = {}
    for t in load():
        for name, layout in t.samples.items():
            if name in out:
                raise TemplateError(f"{t.name}: sample {name!r} is defined twice")
            out[name] = layout
    return out
