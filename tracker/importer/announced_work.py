"""One body given work that its heading announces "như sau:", then items that only name what the work
takes in: "Giao Cục Thống kê tổ chức thực hiện hai (2) cuộc điều tra thống kê như sau:" then "1.1. Điều tra
…;", "1.2. Điều tra …."; "Yêu cầu Sở X triển khai việc rà soát tài sản công, cụ thể như sau:" then "a) Rà
soát trụ sở …", "b) Rà soát xe ô tô …".

The items are not assignments of their own: no body opens them, they list the surveys or the assets that the
one announced work covers. So the heading is the body's own, as "Sở X thực hiện các nội dung sau:" is
(item_charges), and the work with its items is one task under the heading's number (ANNOTATION.md rule 1),
an item with its own deadline or cycle apart. Only work the body carries out itself is read so ("tổ chức",
"thực hiện", "triển khai", "tiến hành"): a body guiding or asking others ("… hướng dẫn các trường thực hiện
như sau:") announces their work, not its own; nor is it this form when the announced work names a body or an
item opens with a body of its own ("1.1. Sở Công Thương kiểm tra …"): those items are others' tasks."""

from __future__ import annotations

import re

from .clauses import Clause
from .names import find_mentions
from .segment_subjects import own_subjects

# The body's own work, then the words announcing the items: "(khẩn trương) tổ chức thực hiện … (, cụ thể) như sau:".
ANNOUNCED = re.compile(r"(?:(?:tap trung|khan truong|chu dong|nghiem tuc)\s+)?(?:to chuc|thuc hien|trien khai|tien hanh)\b"
                       r"[^.;:]*?(?=,?\s*(?:cu the\s+)?(?:nhu sau|sau day)\s*:$)")


def announced_work(remainder: str, items: list[Clause]) -> int:
    """The length of the work the folded words after a heading's one body announce over its items (every clause
    under the heading, at any depth), without the closing "(cụ thể) như sau:" (0 when they are no such work, or
    the work or an item names a body)."""
    work = ANNOUNCED.match(remainder.strip())
    if work is None or not items or find_mentions(work.group()):
        return 0
    if any(_names_a_body(item) for item in items):
        return 0
    return len(remainder) - len(remainder.lstrip()) + work.end()


def _names_a_body(item: Clause) -> bool:
    subjects, _ = own_subjects(item.heading)
    return any(not s.catch_all for s in subjects)
