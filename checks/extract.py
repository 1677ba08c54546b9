"""`extract_document`: read, classify and extract one file into the `portal extract --json` object; never raises."""
from __future__ import annotations

from pathlib import Path

from checks import classify, docchecks, fields, pages, qr, text, vocab
from checks.names import field_name


def _exam_code():
    try:
        from rules.aliases import exam_code, exam_forms
    except ImportError:  # the rules package is optional for reading documents
        return None
    return vocab.tolerant(exam_code, exam_forms())


def _finding(file: str, code: str, severity: str, message: str, field=None, read=None, expected=None) -> dict:
    return {"code": code, "severity": severity, "message": message, "file": file, "field": field,
            "read": read, "expected": expected}


def extract_document(path, *, engine: str | None = None) -> dict:
    name = Path(path).name
    result = {"file": name, "kind": "unknown", "fields": {}, "source": "ocr", "confidence": {},
              "findings": []}
    try:
        reading = text.read(path, engine)
    except text.Unreadable as exc:
        result["findings"].append(_finding(name, "unreadable", "fail", f"无法读取文件：{exc}"))
        return result
    except Exception as exc:  # a broken file must never stop a batch
        result["findings"].append(_finding(name, "unreadable", "fail", f"读取文件时出错：{type(exc).__name__}"))
        return result
    result["source"] = reading.source
    result["findings"] += [dict(f, file=name, read=None, expected=None) for f in reading.findings]
    template = classify.classify(reading.text)
    if template is None:
        result["findings"].append(_finding(name, "unknown_kind", "fail",
                                           "无法识别文件种类：文件中没有找到任何已知材料的标题或栏目"))
        return result
    values, confidence = fields.extract(template, reading.lines, _exam_code())
    result.update(kind=template.kind, fields=values, confidence=confidence)
    if template.finding:
        result["findings"].append(_finding(name, template.finding["code"], template.finding["severity"],
                                           template.finding["message"]))
    if template.name in qr.KINDS or template.kind in qr.KINDS:
        result["findings"] += _from_qr(path, name, values, confidence)
    result["findings"] += docchecks.check(template.kind, values, name)
    missing = [f for f in template.labels if f not in values]
    if missing:
        result["findings"].append(_finding(name, "fields_missing", "warn",
                                           "以下栏目未能读出，请人工核对：" + "、".join(map(field_name, missing)),
                                           expected=";".join(missing)))
    return result


def _from_qr(path, name: str, values: dict, confidence: dict) -> list[dict]:
    """Take the verification code from the page's QR code; findings when it disagrees with the print."""
    try:
        code = qr.verification_code(qr.decode(pages.iter_pages(path)))
    except Exception as exc:  # no decoder installed or a page that does not render: the print stands
        return [_finding(name, "qr_unreadable", "info", f"未能读取二维码：{type(exc).__name__}")]
    if code is None:
        return []
    found = qr.compare(values.get("verification_code"), code, file=name)
    values["verification_code"], confidence["verification_code"] = code, 1.0
    return found
