"""Bodies a district or a commune names when it assigns work, in the words its own documents use: the
standing body of one of its boards ("cơ quan Thường trực Ban An toàn giao thông huyện"), the members of
its steering committee ("thành viên ban chỉ đạo") and its broadcasting station ("Đài truyền thanh xã").
The bodies of its hamlets are read in hamlets.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import LEVEL_WORD, Mention, before_verb, capitalised_words
from .vocabulary import URBAN_DISTRICT

# A board (steering committee, council, working group) and its name, as a district or a province writes it.
BOARD = r"(?:ban chi dao|ban chi huy|bcd|ban|hoi dong|to cong tac|uy ban)"
# "Cơ quan Thường trực (của) Ban X huyện": the body that runs a local board's daily work (an office or a
# department, named so by the level's committee) is given work as such; the board's name runs up to its level
# ("… huyện", "… tỉnh", "… xã") before the sentence's verb. A national board known by its number ("Ban Chỉ đạo
# 751") has a ministry as its standing body, which documents name first ("Bộ Tài chính - Cơ quan Thường trực
# …"): with no level, where the board's name ends is not known and nothing is read.
# "Thường trực Ban X tỉnh" alone, capitalised, is the same body in a province's words ("Giao các sở, ngành;
# Thường trực Ban Chỉ huy phòng chống thiên tai tỉnh; …"); not a role in brackets after its body ("Sở Nông
# nghiệp (Thường trực Ban …)"), nor "Phó Bí thư Thường trực", "Ban Thường trực Ủy ban MTTQ", "Văn phòng
# Thường trực Ban …", whose first word is another's.
STANDING = re.compile(rf"\b(?P<office>co quan )?thuong truc\s+(?:cua\s+)?(?={BOARD}\s)")
NOT_ALONE = re.compile(r"(?:\(\s*|\b(?:ban|van phong|bi thu|chu tich|pho)\s+)$")
PUNCTUATION = re.compile(r"[,;:.()\n]")


def standing_bodies(text: str, folded: str) -> Iterator[Mention]:
    for m in STANDING.finditer(folded):
        if not text[m.end()].isupper():
            continue  # the board's name in capitals: "Ban An toàn giao thông", not "ban hành"
        # A council's standing members ("Thường trực HĐND …") are read in councils.py: only a "Ban" here.
        if not m.group("office") and (text[m.start()] != "T" or not folded.startswith(("ban ", "bcd "), m.end())
                                      or NOT_ALONE.search(folded[max(0, m.start() - 12) : m.start()])):
            continue
        head = re.compile(rf"{BOARD}\s").match(folded, m.end())
        stop = PUNCTUATION.search(folded, head.end())
        # Up to the sentence's verb after the board's head word ("… huyện tổng hợp …"), not "thiên tai" (tại).
        limit = before_verb(folded, head.end() - 1, min(stop.start() if stop else len(folded), m.end() + 80))
        level = next(LEVEL_WORD.finditer(folded, head.end(), limit), None)
        if level is None:
            continue
        end = level.end()
        board = re.sub(r"\s+", " ", text[m.end() : end]).strip()
        yield Mention(m.start(), end, f"{'Cơ quan ' if m.group('office') else ''}Thường trực {board}", "other")


# "(Các) thành viên ban chỉ đạo" with no board named after it (its name or level in capitals would follow):
# the bodies that sit on the issuer's own steering committee, asked together as one group. A named board
# ("thành viên Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện") is left to be read as that board.
# A city's district ("thành viên Ban chỉ đạo quận") is a level as a district is; not "quân sự", "quản lý".
MEMBERS = re.compile(rf"\b(?:cac\s+)?thanh vien\s+(?:ban chi dao|bcd)\b(?:\s+(?:tinh|huyen|xa|phuong|thi xa|thanh pho|{URBAN_DISTRICT})\b)?")


OBJECT_OF = re.compile(r"\b(?:cua|cho)\s+$")
LINE_END = re.compile(r"[ \t]*:?[ \t]*(?:\n|$)")


def board_members(text: str, folded: str) -> Iterator[Mention]:
    for m in MEMBERS.finditer(folded):
        if capitalised_words(text, m.end(), limit=1) > m.end():
            continue  # "thành viên Ban Chỉ đạo Phòng chống …": the named board itself
        if OBJECT_OF.search(folded[max(0, m.start() - 10) : m.start()]) or LINE_END.match(text, m.end()):
            # "Nhiệm vụ của thành viên …", "giao cho các thành viên …", a heading of the members alone: the
            # board's own plan dividing its work among its members, each named by post below.
            continue
        written = re.sub(r"\s+", " ", text[m.start() : m.end()])
        yield Mention(m.start(), m.end(), written[:1].upper() + written[1:], "other", group=True)


# A district's or commune's broadcasting station, named by its level: "Đài truyền thanh xã", "Đài Truyền
# thanh - Truyền hình huyện", "Đài Phát thanh huyện". Its level is all its name needs in its own area.
STATION = re.compile(r"\bdai\s+(?:truyen thanh|phat thanh)(?:\s*[-–,]?\s*(?:va\s+)?truyen hinh)?"
                     rf"\s+(?P<level>xa(?!\s+hoi)|phuong|thi tran|huyen|{URBAN_DISTRICT}|thi xa|thanh pho|dac khu|co so)\b")


def stations(text: str, folded: str) -> Iterator[Mention]:
    for m in STATION.finditer(folded):
        if text[m.start()] != "Đ":
            continue  # "đài truyền thanh xã" in lower case is the loudspeakers, a means, not the station
        end = m.end()
        if m.group("level") in ("huyen", "quan", "thi xa", "thanh pho"):
            end = capitalised_words(text, end, limit=3)  # "… huyện Kim Động": its place
        written = re.sub(r"\s+", " ", text[m.start() : end]).strip()
        yield Mention(m.start(), end, written, "press")


# A district's service stations for farming, by their field, then their district or level: "Trạm dịch vụ nông
# nghiệp huyện X", "Trạm Khuyến nông Y", "Trạm Chăn nuôi và Thú y huyện". The field is often in lower case
# after "Trạm", so the name's capitals do not show where it ends: the field's words do.
FARM_STATION = re.compile(r"\btram\s+(?P<field>dich vu nong nghiep|khuyen nong|chan nuoi(?:\s+va\s+thu y)?|thu y"
                          r"|trong trot(?:\s+(?:va\s+)?bao ve thuc vat)?|bao ve thuc vat)\b(?P<level>\s+(?:huyen|quan|thi xa))?")
# Each field as the station's name writes it; the crop station of 2017 on joins "Trồng trọt và Bảo vệ thực vật".
FARM_FIELDS = {"dich vu nong nghiep": "Dịch vụ nông nghiệp", "khuyen nong": "Khuyến nông", "chan nuoi": "Chăn nuôi",
               "chan nuoi va thu y": "Chăn nuôi và Thú y", "thu y": "Thú y", "trong trot": "Trồng trọt",
               "trong trot va bao ve thuc vat": "Trồng trọt và Bảo vệ thực vật",
               "trong trot bao ve thuc vat": "Trồng trọt và Bảo vệ thực vật", "bao ve thuc vat": "Bảo vệ thực vật"}


def farm_stations(text: str, folded: str) -> Iterator[Mention]:
    for m in FARM_STATION.finditer(folded):
        # "trạm thú y" in lower case is a kind of place, not a body named; with its level after it ("phối hợp với
        # trạm trồng trọt bảo vệ thực vật huyện") it is the district's station in a hasty hand, "và" perhaps left out.
        if text[m.start()] != "T" and not m.group("level"):
            continue
        end = capitalised_words(text, m.end(), limit=3)  # its district's name: "… Phú Hòa"
        if end == m.end() and not m.group("level"):
            continue  # no district named: "Trạm Thú y" alone may be of any level
        written = re.sub(r"\s+", " ", text[m.start() : end]).strip()
        field = re.sub(r"\s+", " ", m.group("field"))
        if text[m.start()] != "T" or field == "trong trot bao ve thuc vat":  # a hasty hand: the field as the name has it
            written = re.sub(r"\s+", " ", f"Trạm {FARM_FIELDS[field]}{text[m.end('field') : end]}").strip()
        yield Mention(m.start(), end, written, "other")


def district_bodies(text: str, folded: str) -> Iterator[Mention]:
    yield from standing_bodies(text, folded)
    yield from farm_stations(text, folded)
    yield from board_members(text, folded)
    yield from stations(text, folded)


# "Trung tâm Bồi dưỡng chính trị (huyện / thành phố …)": the party committee's political school every district has,
# named alone in a district's or a city's page ("… các ban xây dựng Đảng, Trung tâm Bồi dưỡng chính trị, …").
POLITICAL_SCHOOL = re.compile(r"\btrung tam boi duong chinh tri(?:\s+(?:huyen|quan|thi xa|thanh pho)\b)?")


def political_schools(text: str, folded: str) -> Iterator[Mention]:
    for m in POLITICAL_SCHOOL.finditer(folded):
        if text[m.start()].isupper():
            yield Mention(m.start(), m.end(), "Trung tâm Bồi dưỡng chính trị" + text[m.start() + 29 : m.end()], "other")
