"""Structured citations for rule data: every source is a list of entries naming the official text
(issuing body, 文号, title, date, official address) or, as a secondary pointer only, a third-party
page. A bare note or a file path is refused."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from rules.schema import Node

ROLES = ("primary", "secondary")
ENTRY_KEYS = {"role", "title"}
ENTRY_OPTIONAL = {"body", "doc_no", "date", "url", "clause_zh"}
# 文号: issuer abbreviation, 〔year〕, number, 号 — e.g. 人社部发〔2022〕8号, 应急〔2019〕8号.
DOC_NO = re.compile(r"[\u4e00-\u9fff]{1,12}〔(19|20)\d{2}〕\d{1,4}号")
OFFICIAL_HOSTS = ("gov.cn", "cpta.com.cn", "chsi.com.cn", "cscse.edu.cn")
# A file path, a repository-relative reference or a note marker, anywhere in a text field.
PATH_LIKE = re.compile(r"\.\./|(^|[\s(（])[\w.-]+/[\w./-]+|\.(md|ya?ml|json|txt|py|csv)\b|§|UNCONFIRMED",
                       re.IGNORECASE)


@dataclass(frozen=True)
class Citation:
    role: str                 # "primary" = the official text; "secondary" = a third-party pointer
    title: str
    body: str = ""
    doc_no: str = ""
    date: dt.date | None = None
    url: str = ""
    clause_zh: str = ""

    @property
    def label_zh(self) -> str:
        """Readable Chinese reference: 《title》（文号）clause — or, for a secondary pointer, marked as a
        non-official copy."""
        if self.role == "secondary":
            return f"参考（非官方转载）：{self.title}"
        return f"{self._title}（{self.doc_no}）{self.clause_zh}" if self.doc_no else f"{self._title}{self.clause_zh}"

    @property
    def document_zh(self) -> str:
        """The document itself, for a list of documents: 《title》（文号，body，date）."""
        if self.role == "secondary":
            return self.label_zh
        meta = "，".join(x for x in (self.doc_no, self.body, self.date.isoformat() if self.date else "") if x)
        return f"{self._title}（{meta}）"

    @property
    def _title(self) -> str:
        return self.title if self.title.startswith("《") else f"《{self.title}》"


@dataclass(frozen=True)
class Source:
    key: str
    citations: tuple[Citation, ...]

    @property
    def primary(self) -> tuple[Citation, ...]:
        return tuple(c for c in self.citations if c.role == "primary")

    @property
    def text(self) -> str:
        """The official documents, or — when none was found — that fact and the pointers."""
        if self.primary:
            return "；".join(c.label_zh for c in self.primary)
        return "未找到官方文件；" + "；".join(c.label_zh for c in self.citations)


def official(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in OFFICIAL_HOSTS)


def _text(node: Node, key: str, required: bool) -> str:
    value = node.get(key, str) or ""
    if required and not value.strip():
        node.fail("missing or empty", key)
    if PATH_LIKE.search(value):
        node.fail(f"looks like a file path or a note, not a citation: {value!r}", key)
    return value.strip()


def citation(node: Node) -> Citation:
    node.keys(ENTRY_KEYS, ENTRY_OPTIONAL)
    role = node.get("role", str, choices=ROLES)
    primary = role == "primary"
    url = node.get("url", str) or ""
    if url and not re.fullmatch(r"https?://[^\s]+", url):
        node.fail(f"not a web address: {url!r}", "url")
    if not primary and not url:
        node.fail("a secondary pointer needs its address", "url")
    if primary and url and not official(url):
        node.fail(f"a primary source's address must be an official site ({', '.join(OFFICIAL_HOSTS)}); "
                  "list a third-party copy as role: secondary", "url")
    doc_no = _text(node, "doc_no", False)
    if doc_no and not DOC_NO.fullmatch(doc_no):
        node.fail(f"not a 文号 (e.g. 人社部发〔2022〕8号): {doc_no!r}", "doc_no")
    if primary and not doc_no and not url:
        node.fail("a primary source needs its 文号 or its official address", "doc_no")
    return Citation(role, _text(node, "title", True), _text(node, "body", primary), doc_no,
                    node.date("date"), url, _text(node, "clause_zh", False))


def parse_source(parent: Node, key: str) -> Source:
    """One source: a non-empty list of citation mappings (a string is a bare note: refused)."""
    raw = parent.data.get(key)
    if not isinstance(raw, list) or not raw:
        parent.fail("a source is a list of citations (role, body, doc_no, title, date, url), "
                    "not a note or a path", str(key))
    cites = tuple(citation(Node(parent.file, f"{parent.path}.{key}[{i}]", e)) for i, e in enumerate(raw))
    return Source(str(key), cites)


def parse_sources(node: Node) -> dict[str, Source]:
    if not node.data:
        node.fail("no sources")
    return {str(k): parse_source(node, k) for k in node.data}
