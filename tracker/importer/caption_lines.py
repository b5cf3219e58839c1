"""A photo's caption a web page prints between its paragraphs with no credit and no stop ("Toàn cảnh hội
nghị", "Các đại biểu thảo luận tại hội nghị"). A page pasted from the web keeps each paragraph on one long
line, and a paragraph may end with no stop either (a list of those who attended: "…; Văn phòng HĐND-UBND
xã"): joined to the caption below, the two read as one sentence that neither is."""

from __future__ import annotations

# The marks that close a sentence or hold it open for more.
CLOSING = (".", ":", ";", "!", "?", ",")
# Longer than any line a page's width wraps: a paragraph of its own, as a web page stores it.
PARAGRAPH_LINE = 150
# A caption is a phrase, never a wrapped sentence's full line.
CAPTION_WORDS = 14


def caption_line(line: str, below: str) -> bool:
    """Whether a line is a caption standing alone: a short phrase that opens with a capital and ends with no stop,
    with a line opening with a capital (a new paragraph), or nothing, below it."""
    return (len(line.split()) <= CAPTION_WORDS and line[:1].isupper() and not line.endswith(CLOSING)
            and (not below or below[:1].isupper()))


def caption_below_paragraph(last: str, line: str, below: str) -> bool:
    """Whether a line is a caption under a paragraph of its own that ends with no stop: the paragraph does
    not go on with it."""
    return len(last) >= PARAGRAPH_LINE and not last.endswith(CLOSING) and caption_line(line, below)


def caption_above_paragraph(last: str, line: str) -> bool:
    """Whether a paragraph of its own comes under a caption standing alone on the line above (the whole
    paragraph so far): the caption does not open it."""
    return len(line) >= PARAGRAPH_LINE and caption_line(last, line)
