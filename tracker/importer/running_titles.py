"""A running head before a part's heading: the text of a plan or a programme issued with a decision may
print its own kind's title, in capitals, on the line of each part's heading: "KẾ HOẠCH. II. NỘI DUNG",
"CHƯƠNG TRÌNH HÀNH ĐỘNG. III. TỔ CHỨC THỰC HIỆN" (a page's header kept by its copy). The line is the
part's heading; read with the head before it, its Roman number opens nothing and the part's clauses are
read as those of the part above (its aims, which assign no work). The head is dropped."""

from __future__ import annotations

import re

from .doc_kinds import KIND_NAMES

_KINDS = "|".join(sorted((name.upper() for name in KIND_NAMES), key=len, reverse=True))
# The kind in capitals, perhaps with a few capital words after it ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH
# LIÊN TỊCH"), a stop, then a Roman number and its stop: the part's heading begins at the number.
HEAD = re.compile(rf"^[ \t]*(?:{_KINDS})(?:[ \t]+[^\s.]+){{0,3}}[ \t]*\.[ \t]+(?=[IVXLC]+\.[ \t]+\S)", re.M)


def _title_in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def without_running_titles(text: str) -> str:
    """The text with the running head dropped from each line that is a part's heading in capitals."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if (m := HEAD.match(line)) and _title_in_capitals(line):
            lines[index] = line[m.end() :]
    return "\n".join(lines)
