"""Pick the template that fits a document's text: title keywords first, then label vocabulary."""
from __future__ import annotations

from checks import fuzzy, normalize
from checks.templates import Template, load

MIN_LABELS = 3  # without a title keyword, this many distinct field labels must be present


def score(template: Template, text: str) -> float:
    flat = normalize.compact(text)
    if any(fuzzy.contains(word, flat) for word in template.exclude):
        return 0.0
    keyword = max((len(w) for w in template.keywords if fuzzy.contains(w, flat)), default=0)
    labels = sum(any(w in flat for w in ws) for ws in template.labels.values())
    share = labels / max(len(template.labels), 1)
    if not keyword and (labels < MIN_LABELS or share < 0.6):
        return 0.0
    return (10.0 + keyword if keyword else 0.0) + 5.0 * share + template.priority / 100


def classify(text: str) -> Template | None:
    """The best-fitting template, or None when nothing fits (kind unknown)."""
    scored = [(score(t, text), t) for t in load()]
    scored = [(s, t) for s, t in scored if s > 0]
    if not scored:
        return None
    return max(scored, key=lambda st: st[0])[1]
