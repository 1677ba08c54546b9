"""Evidence fit: the kinds uploaded are the kinds the rules require for this case."""
from __future__ import annotations

from checks.finding import finding
from checks.names import kind_name


def _options(required) -> tuple[str, ...]:
    """A requirement is one kind, or alternatives given as a list or as "a|b"."""
    if isinstance(required, (list, tuple)):
        return tuple(required)
    return tuple(str(required).split("|"))


def check(required_kinds, documents: list[dict]) -> list[dict]:
    out = []
    read_kinds = {}
    for doc in documents:
        got = (doc.get("extraction") or {}).get("kind", "unknown")
        slot = doc.get("slot")
        read_kinds.setdefault(got, []).append(doc.get("file"))
        if slot and got != "unknown" and got != slot:
            out.append(finding("wrong_kind_in_slot", "fail",
                               f"上传到“{kind_name(slot)}”的文件被识别为“{kind_name(got)}”",
                               file=doc.get("file"), read=got, expected=slot))
        elif got == "unknown":
            out.append(finding("kind_unrecognised", "warn",
                               f"无法确认该文件是“{kind_name(slot) if slot else '所需材料'}”，请人工核对",
                               file=doc.get("file"), read=got, expected=slot))
    wanted = set()
    for required in required_kinds or ():
        options = _options(required)
        wanted.update(options)
        if not any(k in read_kinds for k in options):
            names = "或".join(f"《{kind_name(k)}》" for k in options)
            out.append(finding("evidence_missing", "fail", f"缺少所需材料：{names}", read=None,
                               expected="|".join(options)))
    for kind, files in read_kinds.items():
        if kind != "unknown" and kind not in wanted:
            for file in files:
                out.append(finding("evidence_not_required", "info",
                                   f"本案不要求“{kind_name(kind)}”，该材料不作为审核依据",
                                   file=file, read=kind))
    return out
