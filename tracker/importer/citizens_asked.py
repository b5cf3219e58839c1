"""A request made of citizens or enterprises: "Yêu cầu các hộ gia đình, cơ sở kinh doanh đổ rác đúng giờ",
"Đề nghị người dân chủ động …". Their duties are no task (ANNOTATION.md rule 8), so a paragraph that opens
with such a request is no clause of a page."""

from __future__ import annotations

import re

from .text import fold

# Those asked, right after the request word: households, residents, businesses, individuals.
CITIZENS_ASKED = re.compile(r"\s*(?:(?:cac|toan the|moi|tat ca cac)\s+)?(?:co so (?:san xuat|kinh doanh)|ho (?:gia dinh|dan|kinh doanh"
                            r"|chan nuoi)|nguoi dan|nhan dan|cong dan|doanh nghiep|to chuc,? ca nhan|ca nhan|tieu thuong)\b")
NOTE = re.compile(r"\([^()]*\)")


def asks_citizens(text: str, match: re.Match) -> bool:
    """Whether the request word `match` opens the paragraph (a note in brackets at most before it) and asks
    citizens or enterprises. After other sentences ("Các cơ quan, đơn vị và hộ dân treo cờ …. Yêu cầu các
    hộ dân …") the paragraph has already given the bodies' work."""
    if EACH_PERSON.match(fold(text), match.end()):
        return True  # "… Bí thư Đảng ủy phường yêu cầu mỗi cán bộ, đảng viên tiếp tục đoàn kết …": persons, each, wherever asked
    return not NOTE.sub("", text[: match.start()]).strip() and bool(CITIZENS_ASKED.match(fold(text), match.end()))


# Each member as a person, right after the request word: "mỗi cán bộ, công chức, đảng viên", "từng hội viên".
EACH_PERSON = re.compile(r"\s*(?:moi|tung)\s+(?:can bo|cong chuc|vien chuc|dang vien|hoi vien|doan vien|nguoi lao dong)\b")
