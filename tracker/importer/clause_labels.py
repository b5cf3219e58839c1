"""A clause's label by its place among the document's headings: "III.2.1" under a Roman section,
"4.1" for an article's khoản, "C.3" under a lettered part."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .clauses import Clause

# The levels above numbered items, outermost first.
RANKED = ("part", "roman")


def rank(style: str) -> int:
    """How far out a style of heading stands: a part before a Roman section, both before numbers."""
    return RANKED.index(style) if style in RANKED else len(RANKED)


def close_above(style: str, stack: list[tuple[str, Clause]], article_at: int | None) -> None:
    """End the headings a new one of `style` closes: one of its own style and all below it; for a part or
    a Roman section, the numbered items too (part A's "1.", "2." end at "B." or "I."). A new article also
    ends the Roman sections the article before it opened ("Điều 1. Phê duyệt Đề án" / "I. …" … "IV. …",
    then "Điều 2. Tổ chức thực hiện" / "1."): they were its contents, which the next article does not go on."""
    styles = [s for s, _ in stack]
    if style in styles:
        del stack[styles.index(style) :]
    elif style in RANKED:
        del stack[next((i for i, s in enumerate(styles) if RANKED.index(style) <= rank(s)), len(stack)) :]
    elif style == "article" and article_at is not None:
        del stack[article_at:]


def nested_ref(parent: str, number: str) -> str:
    """An item's label under its parent: "Điều 4" / "1." is "4.1"; a khoản printed with its article's
    number already ("2.1-" under "Điều 2") keeps the label as printed, not "2.2.1"."""
    return number if number.startswith(f"{parent}.") else f"{parent}.{number}"


def under_section(number: str, style: str, stack: list[tuple[str, Clause]]) -> str:
    """A clause's label by its full path as printed: numbering restarts under each Roman section and
    each lettered part, so an item under one carries it ("III.2.1", "B.I", "C.3"); elsewhere the
    printed number ("2.1")."""
    above = [clause for kind, clause in stack if rank(kind) < rank(style)]
    return f"{above[-1].ref}.{number}" if above else number


def ordinal_point(style: str, stack: list[tuple[str, Clause]]) -> bool:
    """An item numbered in words ("Thứ nhất, …", "Thứ hai, …") inside a clause numbered in figures
    ("1. Việc sáp nhập … có ý nghĩa … với các khía cạnh:" / "Thứ nhất, …"): the points of that clause's
    argument, part of its text, not clauses "1", "2" beside it. Only a text numbered in nothing but
    words makes them its clauses."""
    return style == "ordinal" and any(kind.startswith("number") or kind in ("roman", "letter") for kind, _ in stack)


# A point printed with its clause's number before its letter ("4.1.a. Sở X nghiên cứu …", "2.3.b) …"): the point
# "a" of the clause "4.1" above it, as a bare "a)" would be.
NUMBERED_LETTER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.([a-zđ])[).]\s+")


def numbered_letter(paragraph: str) -> tuple[str, str, str] | None:
    """The style, letter and text of a point labelled "4.1.a.", or None."""
    m = NUMBERED_LETTER.match(paragraph)
    return ("letter", m.group(1), paragraph[m.end() :].strip()) if m else None
