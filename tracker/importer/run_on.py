"""Run-on texts: a letter whose line breaks were lost (copied from a web page or a PDF as one or two long
lines, header and body run together) is broken back into the lines a letter has, so that the header,
the references and the numbered items are read as they would be from the printed page.

Only a text whose lines are far longer than a letter's is touched: a letter's paragraph rarely runs past
a few hundred characters, so a text whose lines average a thousand or more has lost its breaks."""

from __future__ import annotations

import re

from .date_shapes import WRITTEN, by_words
from .text import UPPER

# Average length of a non-blank line above which a text is taken to have lost its line breaks. The longest
# paragraphs of letters (and of excerpts of them) average well under this.
RUN_ON_AVERAGE = 1000

UP = UPPER
# The national motto and the country's name stand on lines of their own in every letter's header.
COUNTRY = r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM"
MOTTO = r"Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc"
# The kinds whose title, in capitals, stands on a line of its own above the subject ("QUYẾT ĐỊNH",
# "Về việc …"); the title may be glued to the subject when the breaks were lost ("QUYẾT ĐỊNHVề việc").
KINDS = (
    "QUYẾT ĐỊNH|CHỈ THỊ|KẾ HOẠCH|THÔNG BÁO|CÔNG ĐIỆN|QUY ĐỊNH|HƯỚNG DẪN|BÁO CÁO|NGHỊ QUYẾT|KẾT LUẬN|"
    "TỜ TRÌNH|CÔNG VĂN|QUY CHẾ|CHƯƠNG TRÌNH"
)
BREAKS = [
    # Separators a header prints between its cells ("***", "-------"): a blank line, as under a title.
    (re.compile(r"\s*(?:\*{3,}|-{3,})\s*"), "\n\n"),
    # The symbol line "Số: 12/UBND-VP" opens a line; "số" inside a sentence is lower case.
    (re.compile(r"\s*(?<![\w/])(Số\s*:)"), r"\n\1"),
    (re.compile(rf"\s*({COUNTRY})\s*"), r"\n\1\n"),
    (re.compile(rf"\s*({MOTTO})\s*"), r"\n\1\n"),
    # The kind's title in capitals, not followed by more capitals (which would make it part of a name or
    # of a heading): "… năm 2013 QUYẾT ĐỊNHVề việc …", "… Hồ Chí Minh, QUYẾT ĐỊNH Điều 1."
    (re.compile(rf"\s*(?<![{UP}])((?:{KINDS})\s*:?)(?![ ]?[{UP}]{{2}})\s*"), r"\n\1\n"),
    # The subject line of a letter ("V/v …") and the addressees ("Kính gửi:"), also misspelt "Kính gữi".
    (re.compile(r"\s*(?<!\w)(V/v\b)"), r"\n\1"),
    (re.compile(r"\s*(?<!\w)Kính\s+g[ửữ]i\b"), "\nKính gửi"),  # (written as every reader expects it)
    # A legal basis opens a line of its own, with or without its dash: "… MINH- Căn cứ …; - Căn cứ …".
    (re.compile(rf"(?:\s*-\s*|(?<=[.;:{UP}])\s*)(?=Căn\s+cứ\b)"), lambda m: "\n- " if "-" in m[0] else "\n"),
    # After a sentence ends, an article ("Điều 2."), a numbered item ("2. ") or a dash opens a new line.
    (re.compile(rf"(?<=[.;:])\s+((?:Điều\s+\d+\s*[.:]|\d{{1,2}}\.(?:\d{{1,2}}\.)*\s+(?=[{UP}])|-\s))"), r"\n\1"),
    # The recipients' block and the signer's capacity open the signature.
    (re.compile(r"\s*(?<!\w)(Nơi\s+nhận\s*:)"), r"\n\1"),
    # With no paragraph left, each sentence of the body is taken for a paragraph of its own: a letter's
    # paragraph is a sentence or a few, and who is asked to do what is said one sentence at a time.
    # A sentence ends after a word, a closing mark, a year or a date ("… năm 2024.", "… ngày 30/4."), not after
    # the number of an item or article ("1.", "Điều 2.").
    (re.compile(rf"(?:(?<=[^\W\d_][.!?])|(?<=[)”\"][.!?])|(?<=\d{{3}}[.!?])|(?<=/\d[.!?])|(?<=/\d\d[.!?]))\s+"
                rf"(?=[{UP}][a-zđà-ỹ])"), "\n"),
    (re.compile(rf"(?<=[./])\s+((?:TM|KT|TL|TUQ)\.\s*[{UP}])"), r"\n\1"),
    # "(đã ký)", which a copy prints where the signature was, stands between the signer's title and name.
    (re.compile(r"\s*(\([Đđ]ã\s+ký\))\s*"), r"\n\1\n"),
]
# The place and date: one to three words before ", ngày 31 tháng 4 năm 2020", starting with a capital.
DATE = re.compile(rf",\s*ngày\s+{by_words(WRITTEN)}")


def is_run_on(text: str) -> bool:
    """Whether the text's lines are far longer than a letter's (its line breaks were lost)."""
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and sum(map(len, lines)) / len(lines) >= RUN_ON_AVERAGE


def _place_apart(line: str) -> str:
    """Put the place-and-date on a line of its own: the place is the one to three words before the date,
    back to an all-capital word (the end of the issuer's name) or a punctuation mark."""
    match = DATE.search(line)
    if not match:
        return line
    words = line[: match.start()].split(" ")
    taken = 0
    while taken < min(3, len(words)) and (word := words[-1 - taken]):
        if (word.isupper() and len(word) > 1) or word[-1] in ".;:,)”\"":
            break
        taken += 1
    while taken and not words[-taken][:1].isupper():
        taken -= 1  # a place begins with a capital ("Tùng châu"): drop the words of the motto before it
    if not taken or taken == len(words):
        return line
    head = " ".join(words[:-taken]).rstrip()
    return f"{head}\n{' '.join(words[-taken:])}{line[match.start():match.end()]}\n{line[match.end():].lstrip()}"


def _addressees_apart(lines: list[str]) -> list[str]:
    """The addressees ("Kính gửi: - Sở X.") end at their first full stop; the body begins after it."""
    out: list[str] = []
    for line in lines:
        after = bool(out) and re.fullmatch(r"Kính\s+g[ửữ]i\s*:?", out[-1])
        if after or re.match(r"Kính\s+g[ửữ]i", line):
            line = re.sub(rf"\.\s+(?=[{UP}])", ".\n", line, count=1)
        out.append(line)
    return out


def split_run_on(text: str) -> str:
    """The text with a letter's line breaks put back, if it has lost them; otherwise the text unchanged."""
    if not is_run_on(text):
        return text
    for pattern, replacement in BREAKS:
        text = pattern.sub(replacement, text)
    lines = "\n".join(_place_apart(line.strip()) for line in text.split("\n")).split("\n")
    return re.sub(r"\n\s*\n\s*", "\n\n", "\n".join(_addressees_apart(lines))).strip()
