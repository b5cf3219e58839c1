"""A part's title printed on a line of its own, in ordinary letters, over the part's first sentence:
"I. Nhiệm vụ chung" then "Các sở, ban, ngành, UBND các huyện tập trung thực hiện …:". The title ends
with no stop, so the lines are joined as one wrapped sentence ("Nhiệm vụ chung Các sở …") and the
bodies after the title are no longer the sentence's subjects. The title is a label: it is set apart
by a colon ("Nhiệm vụ chung: Các sở …"), as a label before the work is read."""

from __future__ import annotations

import re

from .text import MARKER, fold

# The titles a directive, a plan or a letter gives its parts: the tasks in general or in particular, the
# key tasks, their solutions, their organisation (ANNOTATION.md reads each part by its title).
PART_TITLE = re.compile(r"(?:nhiem vu|nhiem vu,? giai phap|nhiem vu va giai phap|giai phap)"
                        r"(?:\s+(?:chung|cu the|trong tam|chu yeu))?"
                        r"|to chuc thuc hien|phan cong (?:nhiem vu|thuc hien)|trach nhiem thuc hien")


def titles_apart(text: str) -> str:
    """The text with a colon after each part's title that stands alone on its line, numbered and not in
    capitals, when the next line opens a sentence (a capital letter, not a number, a bullet or a title
    in capitals): the title stays the part's label and the sentence keeps its subjects."""
    lines = text.split("\n")
    result: list[str] = []
    index = 0
    while index < len(lines):
        line, below = lines[index], lines[index + 1].strip() if index + 1 < len(lines) else ""
        index += 1
        marker = MARKER.match(line.strip())
        title = line.strip()[marker.end() :].strip(" .") if marker else ""
        if title and not title.isupper() and PART_TITLE.fullmatch(fold(title)) and below[:1].isupper() \
                and not MARKER.match(below) and not below.isupper():
            line, index = f"{line.rstrip(' .')}: {below}", index + 1  # the title and its sentence, one line
        result.append(line)
    return "\n".join(result)
