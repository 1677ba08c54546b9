"""Field extraction driven by a template: find labels in each line, read the value that follows.

A label counts only where it starts a line or a cell (after a tab, space or separator) or is
followed by a colon, so a value that contains a label word ("统计专业技术资格" holds 专业) is never
split. Every counted label of the template (extracted or not) delimits values, so "姓名" inside
"校(院)长姓名" never steals a value. Fields whose label is missing are then looked for by value
(`checks.stems`: an unknown label holding the field's word stem; `checks.prose`: the sentences
of a certifying letter; `checks.anywhere`: the value itself), with lower confidence."""
from __future__ import annotations

import re

from checks import anywhere, fuzzy, labels, placement, prose, stems, ticks, upright, values
from checks.normalize import CJK
from checks.templates import Template, field_types

SEPARATORS = " \t:;,"
# a label's tail that makes it a longer label: up to a colon, or a label ending before a cell break
# or the label's last character (专业名, 毕业证号码); at a line's end (a label over its value) only
# tails no value ends with
LONGER_LABEL = re.compile(rf"^[{CJK}()]{{0,5}}(?=:)"
                          rf"|^[{CJK}()]{{0,3}}(?:名称|全称|时间|日期|年月|号码|编号|类别|类型|层次)(?=\t)"
                          rf"|^[{CJK}()]{{0,3}}(?:名称|全称|时间|日期|年月|号码|编号)$|^[码名](?=\t|$)")
# a longer label that is another row, not the field's ("所在单位审核意见:" is no 所在单位)
OTHER_ROW = re.compile(r"(?:意见|签名|签字|盖章|地址|地点|所在地)$")
YEAR_PREFIX = re.compile(r"^\(?(?:19|20)\d{2}\s*年度?\)?")
LABEL_END = re.compile(r"名称|全称|时间|日期|年月|号码|编号|类别|类型|层次")
LABEL_TAIL = re.compile(rf"^[{CJK}]{{2,5}}(?=[\t:]|$)")
LEADER = re.compile(r"[ \t]*(?:[.·…‥．_＿]\s*){2,}[ \t]*")
SURE = 0.75      # a reading at least this confident is ranked by its label's specificity before its score
BY_LABEL = 1.0   # confidence factor of a value read after a label bounded on both sides (one side: 0.9)


def _hits(template: Template, line: str):
    words = [(w, f) for f, ws in template.labels.items() for w in ws] + [(w, None) for w in template.other_labels]
    found = []
    for word, field in words:
        for hit in fuzzy.find(word, line):
            if not hit.exact and (line[hit.start:hit.end] in labels.known() or _in_other_label(line, hit)):
                continue  # another label, one character apart ("毕业学历" is no 毕业学校)
            before = hit.start == 0 or line[hit.start - 1] in SEPARATORS
            after = hit.end == len(line) or line[hit.end] in SEPARATORS
            if before or line[hit.end:hit.end + 1] == ":":  # else a label word inside a value
                found.append((hit, field, int(before) + int(after), word))
    # a near miss loses to an exact label at its start whose tail ends the cell ("生日日期" is 生日 +
    # 日期, not 生成日期 misread)
    exact = [h for h in found if h[0].exact and LONGER_LABEL.match(re.split(r"[\t:]", line[h[0].end:])[0] or "-")]
    found = [h for h in found if h[0].exact or not any(e[0].start == h[0].start for e in exact)]
    # longest, exact and best-bounded first; keep the ones that do not overlap a better one
    found.sort(key=lambda h: (-(h[0].end - h[0].start), not h[0].exact, -h[2]))
    taken: list = []
    for h in found:
        if all(h[0].end <= t[0].start or h[0].start >= t[0].end for t in taken):
            taken.append(h)
    return sorted(taken, key=lambda h: h[0].start)


def _in_other_label(line: str, hit) -> bool:
    """A near miss inside a cell that ends with another known label ("毕业离校日期" is no 毕业院校)."""
    cell = re.split(r"[\t:]", line[hit.start:], maxsplit=1)[0]
    return any(len(w) >= 3 and cell.endswith(w) and len(cell) - len(w) > 0 for w in labels.known())


def _past_label_tail(raw: str, same=()) -> str | None:
    """The text after a label that is the head of a longer label ("专业" of "专业名称:"): the value
    starts after the longer label's colon, or in the next cell when the tail is a label ending;
    None when the longer label is another row (OTHER_ROW). A qualifier before the label proper
    ("申请人姓名") is passed over, glued to its value or not."""
    m = LONGER_LABEL.match(raw)
    if m and OTHER_ROW.search(m.group(0)):
        return None
    if m:
        return raw[m.end():]
    m = LABEL_TAIL.match(raw)  # a qualifier before the label proper ("申请人" + "姓名")
    if m and labels.is_label(m.group(0)):
        return raw[m.end():]
    glued = next((w for w in sorted(same, key=len, reverse=True) if len(w) >= 2 and raw.startswith(w)), None)
    return raw[len(glued):] if glued else raw  # "申请人姓名尹怡": the label proper glued to its value


def _below(line: str, at: int, nxt: str, aligned_only: bool = False) -> str:
    """A label with no value beside it reads the line below: the cell under its own cell when both
    lines have as many cells (label-over-value rows), else the whole line (or "" if `aligned_only`)."""
    above = line.split("\t")
    below = nxt.split("\t")
    if len(above) > 1 and len(above) == len(below):
        return below[line.count("\t", 0, at)]
    return "" if aligned_only else nxt


def leaders(line: str, words=frozenset()) -> str:
    """Dotted leaders and underlined blanks between a label and its value read as a cell break
    ("姓名……张三", "姓名 ......  张三", "兹证明____张三____同志"); a label spaced out over cells
    of one character each, before its value, is one cell again ("民\t族\t汉" -> "民族\t汉")."""
    cells = LEADER.sub("\t", line).strip("\t").split("\t")
    out, i = [], 0
    while i < len(cells):
        j = i
        while j < len(cells) and len(cells[j].strip(" :")) == 1:
            j += 1
        # a value must follow: stacked characters of an upright label ("学\t校") are `upright`'s
        k = next((k for k in range(min(j, len(cells) - 1), i + 1, -1)
                  if "".join(c.strip(" :") for c in cells[i:k]) in words), None)
        if k is not None:
            out.append("".join(c.strip(" :") for c in cells[i:k]) + (":" if cells[k - 1].rstrip().endswith(":") else ""))
            i = k
        else:
            out.append(cells[i])
            i += 1
    return "\t".join(out)


def _label_cell(cell: str) -> bool:
    """A label, a short label qualified by a word or two ("本人性别", "用户姓名") or ending in a long
    one ("国外院校所在国家"), a label with a label's ending ("层次类别"), or labels joined by a slash
    ("培养层次/学历")."""
    cell = cell.strip(" :")
    if labels.is_label(cell) or labels.stem_label(cell):
        return True
    parts = [p for p in cell.split("/") if p]
    if len(parts) > 1 and all(labels.is_label(p) for p in parts):
        return True
    if not labels.LABEL_LIKE.match(cell):
        return False
    return len(cell) <= 6 and any(cell.endswith(w) and 0 < len(cell) - len(w) <= 2 for w in labels.known() if len(w) >= 2) \
        or len(cell) <= 10 and any(cell.endswith(w) for w in labels.known() if len(w) >= 4) \
        or len(cell) <= 8 and any(cell.startswith(w) and LABEL_END.fullmatch(cell[len(w):]) for w in labels.known() if len(w) >= 2)


def label_row(line: str) -> bool:
    """A line of two or more label cells and nothing else (an app's label row over its values)."""
    cells = [c for c in line.split("\t") if c.strip()]
    return len(cells) >= 2 and all(_label_cell(c) for c in cells)


def _waits(template: Template, line: str) -> bool:
    """The line ends with a label that has no value beside it (its value is on the line below)."""
    hits = _hits(template, line)
    if hits and not line[hits[-1][0].end:].strip(" \t:"):
        return True
    last = line.split("\t")[-1].strip(" :")
    return bool(last) and (labels.is_label(last) or labels.stem_label(last))


def _above(template: Template, lines: list[tuple[str, float]], n: int):
    """The line above a label left blank, when it is a lone value written over the blank (a pen's
    fill above the line): one cell, no label, and not itself the value of a label over it."""
    if n <= 1:
        return None  # the first line is the page's title
    cell, score = lines[n - 1]
    if "\t" in cell or _hits(template, cell) or labels.is_label(cell) or labels.starts_with_label(cell) \
            or re.search(r"[,。;:]", cell):
        return None
    if n >= 2 and _waits(template, lines[n - 2][0]):
        return None  # the value of the label above it
    return cell.strip(), score


def prepare(lines: list[tuple[str, float]], own=frozenset()) -> list[tuple[str, float]]:
    """The page's lines as labels and values can be read from them: leaders as cell breaks, tick
    boxes read as their ticked option, English glosses of labels dropped, a label run onto the
    name before it cut off, upright and wrapped labels
    and wrapped long values rebuilt, notes of label cells dropped."""
    lines = [(placement.glued(placement.bilingual(ticks.resolve(leaders(line, labels.known())))), score)
             for line, score in lines]
    lines = upright.join(lines, labels.known(), lambda c: labels.is_label(c) or labels.starts_with_label(c))
    lines = placement.continued(placement.wrapped(lines, labels.known()))
    return [(labels.clean_line(line, own), score) for line, score in lines]


def extract(template: Template, lines: list[tuple[str, float]], exam_code=None) -> tuple[dict, dict]:
    """(fields, confidence) read from the lines with the template's labels."""
    best: dict[str, tuple] = {}
    types = field_types()
    own = {w for ws in template.labels.values() for w in ws} | set(template.other_labels)
    lines = prepare(lines, own)
    order = {f: {w: i for i, w in enumerate(ws)} for f, ws in template.labels.items()}
    for n, (line, score) in enumerate(lines):
        hits = _hits(template, line)
        for i, (hit, field, bounded, word) in enumerate(hits):
            if field is None:
                continue
            end = hits[i + 1][0].start if i + 1 < len(hits) else len(line)
            if i + 1 < len(hits) and end == hit.end and hits[i + 1][1] == field:
                continue  # a qualifier glued to the label proper ("申请人姓名:"): the next label reads it
            raw = _past_label_tail(line[hit.end:end], template.labels[field])
            if raw is None:
                continue
            if labels.is_label(values.chunk(raw)) or label_row(line):  # a row of labels: the value is not beside this one
                raw = ""
            nxt = placement.below(lines, n)
            if not raw.strip(" \t:") and nxt is not None and not _hits(template, lines[nxt][0]) \
                    and not labels.is_label(values.chunk(lines[nxt][0])):
                raw, score = _below(line, hit.start, lines[nxt][0]), min(score, lines[nxt][1])
            got = values.read(types[field], raw, exam_code)
            if got is None and nxt is not None and (under := _below(line, hit.start, lines[nxt][0], True)):
                got = None if _hits(template, under) or labels.is_label(under) else values.read(types[field], under, exam_code)
            if got is None and not raw.strip(" \t:") and (above := _above(template, lines, n)) is not None:
                got = values.read(types[field], above[0], exam_code)
                score = min(score, above[1])
            if got is None:
                continue
            value, quality = got
            conf = round(score * quality * (1.0 if hit.exact else 0.85) * BY_LABEL * (1.0 if bounded == 2 else 0.9), 3)
            # the better bounded first; among sure readings (OCR line scores differ by noise), the
            # longer label (认证报告编号, not 编号), then the one listed first
            rank = (bounded, conf >= SURE, hit.end - hit.start, -order[field].get(word, 99), conf)
            # the same label twice: the body's row, printed below the header's ("编号:" beside 打印日期)
            if field not in best or rank > best[field][0] or rank == best[field][0] and value != best[field][1]:
                best[field] = (rank, value, conf)
    fields = {f: v for f, (_, v, _) in best.items()}
    conf = {f: c for f, (_, _, c) in best.items()}
    for field, value in template.fixed.items():
        fields.setdefault(field, value)
        conf.setdefault(field, 0.9)
    if template.title and template.from_title:
        _from_title(template, lines, fields, conf, exam_code)
    wanted = [f for f in (*template.labels, *template.from_title) if f not in fields]
    stems.fill(template, wanted, lines, fields, conf, exam_code)
    prose.fill([f for f in wanted if f not in fields], lines, fields, conf, exam_code)
    anywhere.fill([f for f in wanted if f not in fields], lines, fields, conf, exam_code)
    return fields, conf


def _from_title(template, lines, fields, conf, exam_code):
    """The fields a title names; a printed web page's head line ("2023/2/15 19:22\t…考试报名信息表 - 网站")
    may carry the title too, so each cell is tried and the first title that names a field counts."""
    pattern = re.compile(template.title)
    for line, score in lines[:6]:
        for cell in [line.replace("\t", ""), *line.split("\t")]:
            m = pattern.search(cell)
            if not m:
                continue
            found = False
            for field in template.from_title:  # "2024年度…考试报名表": the year is not part of the name
                got = values.read(field_types()[field], YEAR_PREFIX.sub("", m.group(1)), exam_code)
                if got and field not in fields:
                    fields[field], conf[field] = got[0], round(score * got[1], 3)
                found = found or bool(got)
            if found:
                return
