"""Short names a text defines in brackets after a body's name: "Ngân hàng Nhà nước (NHNN)", "các tổ chức tín dụng,
chi nhánh ngân hàng nước ngoài (TCTD)". The text then writes the short name alone ("NHNN yêu cầu …", "Các TCTD chủ
động rà soát …"), which no list of names knows; written out, it is read as the body (or group) it stands for, as the
officer would read it (ANNOTATION.md rule 4: names in full)."""

from __future__ import annotations

import re

from .text import fold

# A short name in capitals alone in brackets, right after the name it stands for.
DEFINED = re.compile(r"\s*\(([A-ZĐ]{2,6})\)")
# The words of a group's name before its members' kind ("các tổ chức …"): the short name stands for the kind.
PLURAL = re.compile(r"^(?:các|những)\s+", re.IGNORECASE)


def _initials(words: str) -> str:
    return "".join(word[0] for word in re.findall(r"\w+", fold(words)))


def _defined_name(text: str, bracket: re.Match) -> str | None:
    """The name a bracketed short name is given for: the body named right before it whose words' initials the
    short name opens ("tổ chức tín dụng, chi nhánh …" for "TCTD"), or None."""
    from .names import find_mentions  # names read many modules; imported when used

    before = text[max(0, bracket.start() - 200) : bracket.start()]
    mentions = [m for m in find_mentions(before) if m.end == len(before.rstrip())]
    if not mentions:
        return None
    written = PLURAL.sub("", re.sub(r"\s+", " ", before[mentions[-1].start : mentions[-1].end]).strip())
    return written if _initials(written).startswith(fold(bracket.group(1)).lower()) else None


def written_out(text: str) -> str:
    """The text with each short name it defines written out where it stands alone, its definition dropped."""
    for bracket in list(DEFINED.finditer(text))[::-1]:
        name = _defined_name(text, bracket)
        if name is None:
            continue
        short = bracket.group(1)
        before, after = text[: bracket.start()], text[bracket.end() :]
        text = before + re.sub(rf"(?<![\w-]){short}(?![\w-])", name, after)
    return text
