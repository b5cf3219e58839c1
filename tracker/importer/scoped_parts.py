"""Parts scoped to one of the doers their parent heading names: "3. Quy trình: Các cơ quan, đơn vị và Ban công
tác Mặt trận thôn tổ chức hội nghị …:", then "3.1. Đối với cơ quan, đơn vị: (1) …" and "3.2. Đối với thôn dân
cư: (1) …" — each part is the work of the doer whose name shares the words of the part's scope."""

from __future__ import annotations

import re

from .clauses import Clause
from .names import Mention
from .segment_subjects import own_subjects
from .text import fold

# "Đối với (các) X:" opening a part: the kind of body or place the part is about.
SCOPE = re.compile(r"\s*doi voi\s+(?:cac\s+)?([^:;.]{1,60}?)\s*:")
FILLER = {"cac", "va", "cua"}


def _words(text: str) -> set[str]:
    return set(re.sub(r"[^a-z0-9 ]", " ", fold(text)).split()) - FILLER


def scoped_doer(clause: Clause) -> list[Mention]:
    """The one doer of the parent's heading that this part's "Đối với X:" names, or none when the
    parent names fewer than two doers or the scope fits none, or several, of them alike."""
    scope = SCOPE.match(fold(clause.heading))
    if scope is None or clause.parent is None or not clause.parent.heading.rstrip().endswith(":"):
        return []
    doers = [m for m in own_subjects(clause.parent.heading)[0] if not m.catch_all]
    if len(doers) < 2:
        return []
    words = _words(scope.group(1))
    shared = [len(words & _words(m.name)) for m in doers]
    best = max(shared)
    if best == 0 or shared.count(best) > 1:
        return []
    return [doers[shared.index(best)]]
