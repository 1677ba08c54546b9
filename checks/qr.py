"""QR codes on 学信网 reports (备案表, 学籍 report, 认证报告): decoded with zxing-cpp on every page that
has one. The verification code is taken from the QR when present (OCR confuses O/0 and I/1, a QR
does not); a QR code that disagrees with the printed code is reported."""
from __future__ import annotations

import itertools
import re
from urllib.parse import parse_qs, urlparse

from checks.finding import finding

KINDS = ("chsi_record", "chsi_report", "chsi_student_status")
MAX_PAGES = 5
_CODE = re.compile(r"[A-Z0-9]{16}|\d{12}")
# pairs OCR mixes up on these codes; a printed code differing from the QR only here is a misreading
_LOOKALIKE = str.maketrans({"O": "0", "D": "0", "Q": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "B": "8"})


def decode(images) -> list[str]:
    """The text of every QR code on the pages (first MAX_PAGES), in page order."""
    import zxingcpp

    out = []
    for image in itertools.islice(images, MAX_PAGES):  # one decoded page in memory at a time
        for found in zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode):
            if found.valid and found.text:
                out.append(found.text)
    return out


def verification_code(texts: list[str]) -> str | None:
    """The code a QR carries: the `vcode` of a 学信网 verification address, or a bare code."""
    for text in texts:
        value = text.strip()
        query = parse_qs(urlparse(value).query)
        for key in ("vcode", "code"):
            if query.get(key) and _CODE.fullmatch(query[key][0].strip().upper()):
                return query[key][0].strip().upper()
        if _CODE.fullmatch(value.upper()):
            return value.upper()
    return None


def compare(printed, from_qr: str, *, file=None) -> list[dict]:
    """Findings on the printed code against the QR's (nothing when they agree)."""
    ev = {"file": file, "field": "verification_code", "expected": from_qr}
    read = re.sub(r"[\s-]", "", str(printed or "")).upper()
    if read == from_qr:
        return []
    if read and read.translate(_LOOKALIKE) == from_qr.translate(_LOOKALIKE):
        return [finding("vcode_from_qr", "info", f"在线验证码按二维码读取为 {from_qr}（文字识别为 {read}）",
                        read=read, **ev)]
    if not read:
        return [finding("vcode_from_qr", "info", f"在线验证码未能从文字读出，已按二维码读取为 {from_qr}", **ev)]
    return [finding("vcode_qr_mismatch", "fail",
                    f"二维码中的在线验证码 {from_qr} 与页面印刷的 {read} 不一致，材料可能被改动，请到学信网核验",
                    read=read, **ev)]
