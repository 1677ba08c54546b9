"""Hand-built PDFs for the intake tests: a minimal valid one-page PDF whose catalog, extra objects
and object streams the test chooses, with a correct cross-reference table."""
from __future__ import annotations

import zlib

PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
CONTENT = b"BT /F1 12 Tf 72 720 Td (hello) Tj ET"


def build(catalog_extra: bytes = b"", extra_objects: list[bytes] = (), object_stream: list[bytes] = ()) -> bytes:
    """Objects 1 catalog, 2 pages, 3 page, 4 contents, then extra objects from 5; `object_stream`
    objects are packed compressed into one /ObjStm (numbered after the extra objects)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", PAGE,
            b"<< /Length %d >>\nstream\n" % len(CONTENT) + CONTENT + b"\nendstream"]
    objs += list(extra_objects)
    if object_stream:
        first_num = len(objs) + 2
        header, body = b"", b""
        for i, o in enumerate(object_stream):
            header += b"%d %d " % (first_num + i, len(body))
            body += o + b"\n"
        data = zlib.compress(header + body)
        objs.append(b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
                    % (len(object_stream), len(header), len(data)) + data + b"\nendstream")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
