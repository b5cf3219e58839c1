"""Text helpers: folding Vietnamese for matching, cleaning pasted text, joining wrapped lines."""

from __future__ import annotations

import re
import unicodedata

from .caption_lines import caption_above_paragraph, caption_below_paragraph
from .run_points import points_apart
from .spellings import modern_tones, usual_spellings
from .wrapped_lines import field_wrapped, range_wrapped, semicolon_wrapped, wrap_width
from ..text import UPPER, fold  # shared with searches; the importer's modules import them from here

# A line that begins a new block: numbering ("1.", "1-", "4.2.", "1/ " before a capital, "a)", "I.") or a bullet.
NUMBER = rf"\d{{1,2}}(?:\.\d{{1,2}})*(?:[.)](?=\s|[{UPPER}])|\s?-\s)|\d{{1,2}}/\s+(?=[{UPPER}])"
# A lettered part of a plan, its title in capitals: "B. NỘI DUNG, NHIỆM VỤ".
PART = rf"[A-H]\.\s+(?=[{UPPER}]{{2}})"
# A line opening an article, item or bullet. "Điều 4." opens an article; a line that merely starts
# with a citation ("Điều 1 Quyết định này khác với …") continues the sentence wrapped before it.
MARKER = re.compile(
    rf"^\s*(?:Điều\s+\d+\s*[.:]|[IVXLC]+[.\-)]\s|{NUMBER}|[a-zđ][).]\s|[-+•–]\s?|{PART})"
)
SENTENCE_END = (".", ":", ";", "!", "?", "/.")
# The marks a list's items open with: a hyphen, a plus, a bullet, or the en dash a web editor puts in their place.
BULLET_MARKS = ("-", "+", "•", "–")


def clean(text: str) -> str:
    """NFC, no bold/italic markers, tabs and non-breaking spaces as spaces, no trailing blanks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = usual_spellings(modern_tones(text))
    text = text.replace("\u00a0", " ").replace("\t", " ").replace("\u200b", "")
    text = re.sub(r"\*+", "", text)
    text = text.replace("“", '"').replace("”", '"')
    text = TWO_CELLS.sub(r"\1\n\2", text)
    text = ONE_CELL.sub(r"\1", text)
    text = ADDRESSEES_LINE.sub(r"\1Kính gửi", text)
    text = BROKEN_ARTICLE.sub(r"\1\2 ", text)
    text = SPLIT_HEADING.sub(r"\1 \2", text)
    text = words_apart(text)
    return "\n".join(re.sub(r"[ ]{2,}", " ", line).rstrip() for line in text.split("\n"))


# The header and signature are laid out as a two-column table; copied as a Markdown row
# ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Nơi nhận: | TL. CHỦ TỊCH |"), each cell
# is a line of its own.
TWO_CELLS = re.compile(r"^[ ]*\|?[ ]*([^|\n]*[^|\s])[ ]*\|[ ]*([^|\n]*[^|\s])[ ]*\|?[ ]*$", re.MULTILINE)
# A table flattened one cell a line, each closed by "|" ("UỶ BAN NHÂN DÂN |", "- Sở Xây dựng; |",
# "Nơi nhận: |"): the cell's words are the line.
ONE_CELL = re.compile(r"^[ ]*\|?[ ]*([^|\n]*[^|\s])[ ]*\|[ ]*$", re.MULTILINE)
# The addressees' line as a copy may spell it, its accent lost or misplaced ("Kinh gửi:", "Kính gữi:"):
# written as every reader expects it.
ADDRESSEES_LINE = re.compile(r"^([ ]*)K[ií]nh[ ]+g[ửữ]i\b", re.MULTILINE)


# An article whose label lost its line to an extraction ("Điều 2" / ": Sở X có nhiệm vụ …"): the
# label and its text are one line again, as the article was printed.
BROKEN_ARTICLE = re.compile(r"^([ ]*Điều[ ]+\d+)[ ]*\n[ ]*([.:])[ ]*", re.MULTILINE)


# A heading whose word a crawl left alone on its line, its number below ("Điều" / "12. Trách nhiệm tổ
# chức thực hiện", "Chương" / "III", "Mục" / "2. …"): read apart, the number would open a clause of its
# own and shift every label after it. Only a line holding the word and nothing else is joined, to a
# next line that opens with an article's number ("12.", "12:") or a Roman numeral.
SPLIT_HEADING = re.compile(
    r"^[ ]*(Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)[ ]*\n[ ]*(\d{1,3}[ ]*[.:](?=\s)|[IVXLC]+\.?(?=[ ]*$|\s))",
    re.MULTILINE,
)


def _is_title(line: str) -> bool:
    """A line in capitals with a few words: part of a title or a header, not of the body."""
    letters = [c for c in line if c.isalpha()]
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return bool(letters) and all(c.isupper() for c in letters) and len(words) >= 3


def is_heading_number(line: str) -> bool:
    """A line that holds a clause number and nothing else ("11.")."""
    return bool(re.fullmatch(r"\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.\-)]\s*", line))


# A line that opens a part of the header whatever the line above ends with: the recipients, the
# number, the summary, the place and date ("Bình Phước, ngày 02 tháng 7 năm 2024").
HEADER_PART = re.compile(r"^(?:Kính gửi|KÍNH GỬI|Nơi nhận|Số\s*:|V/v\b|[^,.;:]{2,40},\s*ngày\b)")
# Words a letter's first sentence opens with, after its Kính gửi line ("Ngày 5 …", "Ngày 25 …": a day of one digit or two).
LETTER_OPENINGS = "Thực hiện|Căn cứ|Trong thời gian|Theo|Để|Nhằm|Xét|Vừa qua|Ngày \\d{1,2}|Qua"
# The Kính gửi line ends where the letter's first sentence begins, though nothing ends the line
# before it ("Kính gửi: Ủy ban nhân dân các tỉnh" / "Thực hiện Nghị định số …, Bộ X đề nghị …").
LETTER_OPENING = re.compile(rf"^(?:{LETTER_OPENINGS})\b")
# The place and date line once complete: what follows it is not part of it.
DATE_LINE_END = re.compile(r"^[^,.;:]{2,40},\s*ngày\b.*\bnăm\b(?:\s+\d{4})?\s*$")


def _abbreviation_only(line: str) -> bool:
    """A numbered line whose only word is an abbreviation in capitals ("8. UBND", "2. HĐND")."""
    m = MARKER.match(line)
    rest = line[m.end() :].split() if m else []
    return len(rest) == 1 and 2 <= len(rest[0]) <= 6 and rest[0].isalpha() and rest[0].isupper()


def _all_capitals(line: str) -> bool:
    # A document's symbol wrapped onto its own line ("72/2025/QH15;") is no title: its words with digits are not counted.
    letters = [c for word in line.split() if not any(d.isdigit() for d in word) for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# A colon after a plural group ("… các tỉnh:", "các Bộ:") introduces the names of its members, which a
# wrapped line goes on with ("Đắk Lắk, Khánh Hòa …"): no paragraph ends there.
MEMBERS_FOLLOW = re.compile(r"\bcac (?:tinh(?:\s*,\s*thanh pho)?|thanh pho|bo|so|xa|phuong)\s*:$")


# Words a Roman numeral follows as an ordinal ("Quốc hội khóa XV", "Hội nghị Trung ương lần thứ X"): wrapped
# onto a line of its own, that numeral ends the sentence and opens no section.
ORDINAL_NOUN = re.compile(r"\b(?:khoa|lan thu|thu|ky hop|dai hoi|nhiem ky|the ky|quy)$")


# A photo's caption on a line of its own ("ảnh minh họa", "Ảnh: Ngọc Dương"): no part of the paragraphs about it.
PHOTO_CAPTION = re.compile(r"\(?\s*(?:[Ảả]nh\s+minh\s+họa|[Ảả]nh(?:\s+minh\s+họa)?\s*:\s*[^.;:()]{1,40})\s*\)?\.?")


# So is one that describes the photo and ends crediting it in brackets ("Sản phẩm … (Ảnh minh họa - Nguồn: Internet)").
CREDITED_CAPTION = re.compile(r"\(\s*[Ảả]nh\b[^()]{0,60}\)\s*\.?$")
# So is one that describes the photo, then credits it after its stop ("Các đồng chí … chủ trì hội nghị. Ảnh: Minh Anh"),
# unless the same caption is printed again below (a page showing its photo twice): one caption, as one paragraph.
CREDIT_AFTER = re.compile(r"[.!?]\s+[Ảả]nh\s*:\s*[^.;:()]{1,40}$")


def _continues(last: str, line: str) -> bool:
    if PHOTO_CAPTION.fullmatch(last) or PHOTO_CAPTION.fullmatch(line) or CREDITED_CAPTION.search(last) or CREDIT_AFTER.search(last) and not last.endswith(line):
        return False
    if is_heading_number(last):
        return True
    if re.fullmatch(r"[IVXLC]+\.?", line) and ORDINAL_NOUN.search(fold(last)):
        return True
    if repeated_label(last):
        return repeated_label(f"{last} {line}")  # the label once more, else the page's first sentence
    if MARKER.match(line) or HEADER_PART.match(line) or DATE_LINE_END.match(last):
        return False
    if re.match(r"(?:Kính gửi|KÍNH GỬI)\b", last) and LETTER_OPENING.match(line):
        return False
    if line[0].islower() and _abbreviation_only(last):
        return True  # "8. UBND" wrapped before "các xã, phường:": an abbreviation, not a title
    if _all_capitals(last) != _all_capitals(line):
        return False  # a title in capitals ("THÔNG BÁO") is not part of the sentence next to it
    if line[0].islower() or MEMBERS_FOLLOW.search(fold(last)):
        return True
    if last.endswith(SENTENCE_END):
        return False
    return last.endswith((",", "-", "&")) or _is_title(last) == _is_title(line)


def repeated_label(last: str) -> bool:
    """A page's section label printed again and again ("Thông tin Y tế Thông tin Y tế"), a menu's words:
    the sentence below does not go on from it."""
    words = last.casefold().split()
    return any(len(words) % size == 0 and len(words) > size and all(w == words[i % size] for i, w in enumerate(words))
               for size in range(1, min(7, len(words))))


TABLE_RULE = re.compile(r"^\|[\s:|-]*-{3,}[\s:|-]*$")

def _caption_apart(paragraph: str, last_line: str, line: str, below: str) -> bool:
    """A caption between a web page's paragraphs is joined to neither (caption_lines)."""
    if caption_below_paragraph(last_line, line, below):
        return True
    return paragraph == last_line and not MARKER.match(last_line) and caption_above_paragraph(last_line, line)


def paragraphs(text: str) -> list[str]:
    """Join hard-wrapped lines into paragraphs.

    A line continues the previous one unless the previous ended a sentence, the line starts
    with a number or bullet, a blank line separates them, or one is a title in capitals and
    the other is not (a title is not the start of the body).
    """
    result: list[str] = []
    previous_blank, last_line = True, ""
    # A Markdown table's rule under its header row ("|---|") is no paragraph.
    lines = [line.strip() for line in clean(text).split("\n") if not TABLE_RULE.match(line.strip())]
    width = wrap_width(lines)
    for index, line in enumerate(lines):
        if not line:
            previous_blank = True
            continue
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if result and not previous_blank and not _caption_apart(result[-1], last_line, line, below) \
                and (_continues(result[-1], line) or range_wrapped(last_line, result[-1], line)
                     or field_wrapped(last_line, line)
                     or (not MARKER.match(line) and not HEADER_PART.match(line) and semicolon_wrapped(last_line, line, width))):
            result[-1] = f"{result[-1]} {line}"
        else:
            result.append(line)
        previous_blank, last_line = False, line
    joined: list[str] = []
    parts = (piece for paragraph in result for part in _first_item_apart(paragraph) for piece in points_apart(part))
    for part in parts:
        if joined and is_heading_number(joined[-1]):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return joined


# "2. Nâng cao năng lực quản lý 2.1. Rà soát, kiến nghị ...": a heading and its first item run
# together (a copy that lost the line break); the item's number extends the heading's own.
_RUN_ON_ITEM = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.\s+\S.*?\s(?=\1\.\d{1,2}\.(?:\s|$))")


def _first_item_apart(paragraph: str) -> list[str]:
    m = _RUN_ON_ITEM.match(paragraph)
    if not m:
        return [paragraph]
    return [paragraph[: m.end()].strip(), *_first_item_apart(paragraph[m.end() :].strip())]


def flat(text: str) -> str:
    """All whitespace as single spaces."""
    return re.sub(r"\s+", " ", text).strip()


SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]+(?:ng|nh|ch|[cmnpt])?$")


# A page's text may lose the space between two words ("Sở Tài nguyên và Môi trườngchủ trì", "BáoThanh tra",
# "hoàn thành trướcngày 20/11"). Vietnamese writes each syllable apart, so a syllable that runs into a capitalised
# one, or into a verb of assignment or a date's word, is two words. Both parts must be Vietnamese syllables and
# the pair carry a Vietnamese letter, which leaves brands and foreign names ("MobiFone", "VinGroup") whole.
GLUED_CAPITAL = re.compile(rf"\b([{UPPER}]?[^\W\d_{UPPER}]+)([{UPPER}][^\W\d_{UPPER}]+)\b")
GLUED_WORD = re.compile(r"\b([^\W\d_]+?)(chủ trì|phối hợp|có trách nhiệm|(?:ngày|tháng)(?=\s?\d))")
VIETNAMESE_LETTER = re.compile(r"[đĐà-ỹÀ-Ỹ]")


def _syllable(word: str) -> bool:
    return bool(SYLLABLE.match(fold(word).lower()))


def _apart(match: re.Match) -> str:
    first, second = match.group(1), match.group(2)
    glued = _syllable(first) and _syllable(second.split()[0]) and VIETNAMESE_LETTER.search(match.group()) is not None
    return f"{first} {second}" if glued else match.group()


def words_apart(text: str) -> str:
    """The text with words a page glued together set apart again."""
    return GLUED_WORD.sub(_apart, GLUED_CAPITAL.sub(_apart, text))


def is_capitalised(word: str) -> bool:
    """Whether a word starts with a capital letter (Vietnamese capitals included)."""
    return word[:1].isupper()


def is_acronym(word: str) -> bool:
    """An all-capitals word that is not a Vietnamese syllable (BHYT, UBND, KT-XH, NQ/TW)."""
    core = fold(word.strip(".,;:()\"'"))
    if any(c.isdigit() for c in core) or "/" in core:
        return True
    return bool(core) and word.strip(".,;:()").isupper() and not all(SYLLABLE.match(p) for p in re.split(r"[-&]", core) if p)


def sentence_case(text: str, keep: tuple[str, ...] = ()) -> str:
    """A title in capitals as a sentence: acronyms, numbers and the given proper names kept."""
    words = []
    for word in text.split():
        if is_acronym(word):
            words.append(word)
        else:
            words.append(word.lower())
    result = " ".join(words)
    for name in keep:
        result = re.sub(re.escape(name.lower()), name, result, flags=re.IGNORECASE)
    return result[:1].upper() + result[1:]


def shorten(text: str, limit: int = 120) -> str:
    """At most `limit` characters, cut at a word boundary."""
    text = flat(text).strip(" ,;:-")
    if len(text) <= limit:
        return text.rstrip(".")
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


def spelled(text: str, start: int, word: str) -> bool:
    """Whether `text` at `start` writes `word` with its own diacritics (any case), or with none at all
    (a text typed without marks): folded alike, "Số" and "Sở", "Bảo" and "Báo" are different words."""
    written = text[start : start + len(word)]
    return written.lower() == word.lower() or (written.isascii() and fold(written) == fold(word))
