"""A page's HTML kept as stored: markup and character entities read as the text they show.

A portal's article copied from its source keeps "<p>…</p>" around each paragraph and writes
letters as entities ("Ng&agrave;y", "th&aacute;ng"); read as they are, the words are no words and
the paragraphs one line. A block's end is a line break; other tags are dropped; entities become
their letters. A text with no tag and no entity is left as it is.
"""

from __future__ import annotations

import html
import re

# Only the names HTML gives its elements, so that a "<" in prose ("< 5 ha") is never taken for a tag.
TAG_NAMES = (
    "p|br|div|span|strong|b|i|em|u|a|font|table|tbody|thead|tr|td|th|ul|ol|li|h[1-6]|sup|sub|img|center|hr|section|article"
)
TAG = re.compile(rf"</?(?:{TAG_NAMES})\b[^<>]*>", re.IGNORECASE)
# The tags that close a block the page shows on a line of its own.
BLOCK_END = re.compile(r"</(?:p|div|li|tr|h[1-6]|table)\s*>|<br\s*/?>|<hr\b[^<>]*>", re.IGNORECASE)
# A cell's end keeps its cells apart, as a table's text does elsewhere (tables.py reads tabs).
CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
# An entity closed by its semicolon: "&agrave;", "&#7897;", "&#x1EA1;". Without it ("KH&CN") it is prose.
ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,10}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")


def without_markup(text: str) -> str:
    """The text a page shows: blocks on lines of their own, tags dropped, entities as letters."""
    if not TAG.search(text) and not ENTITY.search(text):
        return text
    text = BLOCK_END.sub("\n", text)
    text = CELL_END.sub("\t", text)
    text = TAG.sub("", text)
    text = ENTITY.sub(lambda match: html.unescape(match.group(0)), text)
    # The source's indentation between tags ("</p> <p>") is no part of the line that follows.
    return "\n".join(line.strip(" ") for line in text.split("\n"))
