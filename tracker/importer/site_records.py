"""A law library's record of a document, printed above its text as a table of labels and values, one row
a line ("Số hiệu | 2785/UBND-CN |", "Cơ quan ban hành | Tỉnh X |", "Người ký | Nguyễn Văn A |"), and the
page's title line above it ("Công văn 2785/UBND-CN triển khai Văn bản … do Ủy ban nhân dân tỉnh X ban
hành"). The record is the site's, not the document's: it is set apart before the header is read (its
rows would push the issuer's lines out of the header's reach), and what it tells that the document's
copy lost (the signer's name, cut off with the signature) fills the draft in."""

from __future__ import annotations

import re

from .doc_kinds import DIRECTIVE_KINDS
from .text import UPPER, fold

# The labels a library's record prints (folded), with the field each one gives.
RECORD_LABELS = {
    "so hieu": "symbol", "ky hieu": "symbol", "loai van ban": "kind", "co quan ban hanh": "issuer",
    "noi ban hanh": "issuer", "nguoi ky": "signer", "ngay ban hanh": "issued", "ngay co hieu luc": "effective",
    "ngay hieu luc": "effective", "linh vuc": "field", "tinh trang": "status", "ngay cong bao": "gazette",
    "so cong bao": "gazette",
}
# A row of the record: its label, then its value, each cell closed by "|".
RECORD_ROW = re.compile(r"^[ ]*\|?[ ]*([^|\n]{2,30}?)[ ]*\|[ ]*([^|\n]*?)[ ]*\|?[ ]*$")
# The kinds a page's title opens with, in sentence case ("Công văn", "Quyết định", "Chỉ thị").
TITLE_KIND = "|".join(sorted((name[:1].upper() + name[1:].lower() for name in DIRECTIVE_KINDS), key=len, reverse=True))


def without_site_record(text: str) -> tuple[str, dict[str, str]]:
    """The text without its library record (two rows or more whose labels a record prints), and the record's
    fields."""
    lines = text.split("\n")
    rows = [(i, m) for i, line in enumerate(lines[:40])
            if (m := RECORD_ROW.match(line)) and fold(m.group(1)).strip() in RECORD_LABELS]
    if len(rows) < 2:
        return text, {}
    fields = {RECORD_LABELS[fold(m.group(1)).strip()]: m.group(2).strip() for _, m in rows if m.group(2).strip()}
    dropped = {i for i, _ in rows}
    return "\n".join(line for i, line in enumerate(lines) if i not in dropped), fields


def signer_named(signer: dict, record: dict[str, str]) -> dict:
    """The signer with the name the record gives, when the copy lost it (cut at the signer's capacity)."""
    name = record.get("signer", "")
    if signer.get("name") or not re.fullmatch(rf"(?:[{UPPER}]\w*\s+){{1,5}}[{UPPER}]\w*", name):
        return signer
    return {**signer, "name": name}


def titled_subject(text: str, symbol: str | None) -> str:
    """The subject a library's page title gives its document, when the document's copy has no V/v line:
    "Công văn 2785/UBND-CN (năm 2010 | ngày 04/6/2010) triển khai Văn bản … do Ủy ban nhân dân tỉnh X ban
    hành" → "Triển khai Văn bản …". Only a title naming the document's own number is read."""
    if not symbol:
        return ""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    m = re.match(rf"(?:{TITLE_KIND})\s+(?:số\s+)?{re.escape(symbol)}\s+(?:năm\s+\d{{4}}\s+|ngày\s+[\d/.-]+\s+)?(?:về\s+(?:việc\s+)?)?"
                 r"(.+?)(?:\s+do\s+.+?\s+ban\s+hành)?\s*\.?$", first)
    subject = m.group(1).strip() if m else ""
    return subject[:1].upper() + subject[1:] if len(subject.split()) >= 2 else ""
