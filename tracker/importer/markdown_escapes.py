"""A copy converted to Markdown (as pandoc writes it) escapes with a backslash every character Markdown
would read as a mark: a clause's number ("1\\. Chính phủ …"), a bullet's hyphen ("\\- Về tổ chức …"),
an ellipsis ("con dấu\\..."), brackets and asterisks. Read as they are, "1\\." numbers no clause and "\\-"
opens no bullet; the document prints the characters alone, and so they are read."""

from __future__ import annotations

import re

# A backslash before one of the ASCII marks Markdown lets a writer escape (CommonMark's list).
ESCAPED = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\]^_`{|}~])")


def without_escapes(text: str) -> str:
    """The text with each escaped mark as the mark itself; a backslash before anything else is kept
    (a file path "d:\\2011\\CV", a line break inside a table cell)."""
    return ESCAPED.sub(r"\1", text)
