"""Pick the template that fits a document's text: title keywords first, then label vocabulary."""
from __future__ import annotations

from checks import fuzzy, labels, normalize, ticks
from checks.templates import Template, load

MIN_LABELS = 3  # without a title keyword, this many distinct field labels must be present


def _unlabelled(flat: str) -> str:
    """The text without the labels it prints: an exclusion is a title's word, and "学历证书编号" must
    not pass for 学历证明 nor a row "学历性质" after an option "中专" for 中专学历."""
    for word in sorted((w for w in labels.known() if len(w) >= 4), key=len, reverse=True):
        flat = flat.replace(word, "|")
    return flat


def score(template: Template, text: str, bare: str | None = None) -> float:
    flat = normalize.compact(text)
    bare = _unlabelled(flat) if bare is None else bare
    if any(fuzzy.contains(word, bare) for word in template.exclude):
        return 0.0
    keyword = max((len(w) for w in template.keywords if fuzzy.contains(w, flat)), default=0)
    labels = sum(any(w in flat for w in ws) for ws in template.labels.values())
    share = labels / max(len(template.labels), 1)
    if not keyword and (labels < MIN_LABELS or share < 0.6):
        return 0.0
    return (10.0 + keyword if keyword else 0.0) + 5.0 * share + template.priority / 100


def classify(text: str) -> Template | None:
    """The best-fitting template, or None when nothing fits (kind unknown)."""
    text = "\n".join(ticks.resolve(line) for line in text.split("\n"))  # an unticked option is no content
    bare = _unlabelled(normalize.compact(text))
    scored = [(score(t, text, bare), t) for t in load()]
    scored = [(s, t) for s, t in scored if s > 0]
    if not scored:
        return None
    return max(scored, key=lambda st: st[0])[1]
