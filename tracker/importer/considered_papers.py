"""Papers a text names without citing them: those a council weighed before it resolved ("Xét Tờ trình số …; Báo cáo
thẩm tra số …; Văn bản số … về việc tiếp thu, giải trình …") and an annex's caption naming the document it is
attached to ("(Ban hành kèm theo Quyết định số …)")."""

from __future__ import annotations

import re

# A council resolves after weighing the submission (Tờ trình), its committee's examination report and the
# submitter's answers to it, listed after "Xét" and parted by ';': the papers of its own procedure, its origin as
# the Tờ trình is, not documents it cites. A document named inside one of their titles ("Tờ trình … về việc ban hành
# Nghị quyết thay thế Nghị quyết số 47/2024/NQ-HĐND") is still cited.
DELIBERATION = re.compile(r"\bXét\s+(?:các\s+)?Tờ trình\b[^.]*")
PAPER = re.compile(r"(?:^|;)\s*(?P<paper>(?:các\s+)?(?:Báo cáo(?:\s+thẩm tra)?|Văn bản|Công văn|Tờ trình)\s+(?:số\s+)?[^\s;]+)")
# An annex's caption, a line of its own: "(Ban hành kèm theo Quyết định số 103/2025/QĐ-UBND …)", "(Kèm theo Kế hoạch
# số …)". It names the document the annex belongs to, this one, even when its number is mistyped.
# Its opening words, which also tell a title's bracketed qualifier from a caption (metadata.QUALIFIER); the caption
# may wrap after them ("(Kèm theo\nNghị quyết số …)").
CAPTION_OPENING = r"\((?:ban hành\s+)?kèm theo"
CAPTION = re.compile(rf"(?im)^[ \t]*{CAPTION_OPENING}\s[^()\n]*\)[ \t]*$")


def without_captions(text: str) -> str:
    """The text without its annexes' captions."""
    return CAPTION.sub("", text)


def weighed_papers(text: str) -> list[tuple[int, int]]:
    """Where the papers a council weighed are named (the kind and number of each), in a flattened text."""
    return [(deliberation.start() + paper.start("paper"), deliberation.start() + paper.end("paper"))
            for deliberation in DELIBERATION.finditer(text) for paper in PAPER.finditer(deliberation.group(0))]
