"""A commune's notice about the work of one of its hamlets: the hamlet's bodies, which the notice names by the
level word alone ("Ban cán sự thôn", "Tiểu ban chuyển đổi ruộng đất thôn"), are that hamlet's, named with it as
an officer enters them ("Ban cán sự thôn Khe Giao"); as commune.py names a commune's own bodies with the commune."""

from __future__ import annotations

import re

from .draft import DraftTask
from .name_shapes import capitalised_words
from .text import fold

# A hamlet named: its level word in lower case, then its name in capitals ("thôn Khe Giao II", "bản Nà Pè").
# Not "nông thôn" (the countryside), whose last word folds alike.
HAMLET_NAMED = re.compile(r"(?<!\bnong )\b(?P<level>thon|xom|ap|ban|to dan pho|khu pho)\s+")
SPELLING = {"thon": "thôn", "xom": "xóm", "ap": "ấp", "ban": "bản", "to dan pho": "tổ dân phố", "khu pho": "khu phố"}
# A body's name that ends with the bare level word ("… thôn"), the name of the place left out.
BARE_LEVEL = re.compile(r"(?<!\snong)\s(?P<level>thon|xom|ap|ban|to dan pho|khu pho)$")


def only_hamlet(text: str) -> tuple[str, str] | None:
    """The level word and name of the one hamlet the text names ("thôn", "Khe Giao II"), or None where it names
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
