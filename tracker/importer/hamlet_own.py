"""A commune's notice about the work of one of its hamlets: the hamlet's bodies, which the notice names by the
level word alone ("Ban cán sự thôn", "Tiểu ban chuyển đổi ruộng đất thôn"), are that hamlet's, named with it as
an officer enters them ("Ban cán sự thôn Tân Lập"); as commune.py names a commune's own bodies with the commune."""

from __future__ import annotations

import re

from .draft import DraftTask
from .hamlets import SPELLING as HAMLET_SPELLING
from .name_shapes import capitalised_words
from .text import fold

# The levels whose bodies a notice names bare: the hamlets' (as hamlets.py spells them) and the residential groups'.
SPELLING = {level: HAMLET_SPELLING[level] for level in ("thon", "xom", "ap", "ban")}
SPELLING |= {"to dan pho": "tổ dân phố", "khu pho": "khu phố"}
LEVEL = "|".join(SPELLING)
# A hamlet named: its level word in lower case, then its name in capitals ("thôn Đồng Bông II", "bản Nà Pè").
# Not "nông thôn" (the countryside), whose last word folds alike.
HAMLET_NAMED = re.compile(rf"(?<!\bnong )\b(?P<level>{LEVEL})\s+")
# A body's name that ends with the bare level word ("… thôn"), the name of the place left out.
BARE_LEVEL = re.compile(rf"(?<!\snong)\s(?P<level>{LEVEL})$")


def only_hamlet(text: str) -> tuple[str, str] | None:
    """The level word and name of the one hamlet the text names ("thôn", "Đồng Bông II"), or None where it names
    none or several (a notice to many hamlets leaves each body's hamlet unsaid)."""
    folded, found = fold(text), set()
    for m in HAMLET_NAMED.finditer(folded):
        spelled = text[m.start() : m.end("level")]
        if spelled != SPELLING[m.group("level")] or not text[m.end()].isupper():
            continue  # "Ban" (a board), "Ấp" in capitals opening a name: no hamlet's level word
        end = capitalised_words(text, m.end(), limit=4)
        if end > m.end():
            found.add((m.group("level"), re.sub(r"\s+", " ", text[m.end() : end]).strip(" ,.")))
    return found.pop() if len(found) == 1 else None


def hamlet_own(tasks: list[DraftTask], text: str) -> list[DraftTask]:
    """The tasks with the bodies of the notice's one hamlet named with the hamlet."""
    hamlet = only_hamlet(text)
    if hamlet is None:
        return tasks
    level, name = hamlet
    for task in tasks:
        bare = BARE_LEVEL.search(fold(task.lead_agency))
        written = task.lead_agency[bare.start() + 1 :].lower() if bare else ""
        if bare and bare.group("level") == level and written == SPELLING[level] and not re.search(r"(?i)\bcác\s", task.lead_agency):
            task.lead_agency = f"{task.lead_agency[: bare.start()]} {SPELLING[level]} {name}"
    return tasks
