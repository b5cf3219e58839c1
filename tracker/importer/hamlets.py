"""The bodies of the hamlets and residential groups below a commune (thôn, ấp, bản, xóm, tổ dân phố …),
which a commune or a district gives work: their party committees and authorities together ("Cấp ủy, chính
quyền các thôn"), their self-governing boards ("Ban nhân dân các thôn"), the heads of the residential groups
("Tổ trưởng các tổ dân phố") and the hamlets' heads addressed as comrades ("các đồng chí Trưởng thôn"), and the
hamlets themselves as one group ("Các thôn", "các khu phố", "33 thôn"), as a commune or a ward tells them to act."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention, capitalised_words
from .text import UPPER
from .vocabulary import HONORIFIC, REQUEST_WORDS

# "Cấp ủy, chính quyền các thôn": the party committees and the authorities of the hamlets, each a group.
HAMLET_PAIR = re.compile(r"\bcap uy(?:\s+dang)?\s*(?:,|va)\s*chinh quyen\s+(?P<places>cac\s+(?:thon|ap|xom|ban|to dan pho|khu pho))\b")
# The self-governing board of a hamlet or a residential group, elected there: "Ban nhân dân các thôn", "Ban
# nhân dân ấp", "Ban điều hành tổ dân phố". Not the "Ủy ban nhân dân" whose words end the same.
HAMLET = r"(?:thon|ap|ban|xom|buon|lang|khom|khu pho|khoi pho|to dan pho|khu dan cu)"
# So is its "Ban cán sự thôn" (the hamlet's managing board, as the North Central provinces call it; not the
# party's "Ban cán sự đảng"), and a sub-committee it sets up for one work ("Tiểu ban chuyển đổi ruộng đất thôn"),
# named by that work in lower case then the hamlet.
HAMLET_BOARD = re.compile(rf"(?<!uy )\bban (?:nhan dan|dieu hanh|can su)\s+(?P<every>cac\s+)?{HAMLET}\b")
HAMLET_SUBCOMMITTEE = re.compile(rf"\btieu ban(?:\s+[a-z]+){{1,6}}?\s+(?P<every>cac\s+)?{HAMLET}\b")
# The heads of the residential groups ("Tổ trưởng 08 Tổ dân phố", "các Tổ trưởng tổ dân phố"), one group.
RESIDENTIAL_GROUP = r"(?:to dan pho|to nhan dan|khu pho|khoi pho)"
GROUP_HEADS = re.compile(rf"\b(?:cac\s+)?to truong\s+(?:cac|\d+)\s+{RESIDENTIAL_GROUP}\b|\bcac\s+to truong\s+{RESIDENTIAL_GROUP}\b")
# The heads of a commune's hamlets addressed as comrades: "các đồng chí Trưởng thôn", "các đ/c Trưởng ấp". Each
# hamlet's head carries the commune's orders there; together they are one group, "Trưởng các thôn", as "các
# trưởng thôn" is (group_names.GROUPS; a singular "Trưởng ấp" in a commune's notice is the one head).
HAMLET_HEADS = re.compile(rf"\bcac\s+{HONORIFIC}\s+truong\s+(?P<place>thon|ap|xom|khu pho|buon|lang|khom)\b")


# The hamlets and residential groups of a commune or a ward, together ("các thôn", "các thôn, tổ dân phố", "33
# thôn", "các khu phố", "tất cả (các) tổ dân phố"): one group, as "Trưởng các thôn" (their heads, group_names.GROUPS) is. Not the hamlets a
# sentence lists by name ("các thôn: Nà Pè, Bản Co", "các thôn Nà Pè") nor their heads ("các thôn trưởng").
PLACE = r"(?:thon|ap|ban|xom|buon|khom|khu pho|khoi pho|to dan pho|to nhan dan)"
# "các (cơ sở) thôn còn lại": the hamlets (the grassroots units, "cơ sở") a sentence has not yet given their part.
HAMLET_GROUP = re.compile(rf"\b(?:(?:tat ca\s+)?cac|\d+|tat ca)\s+(?:co so\s+)?(?P<places>{PLACE}(?:\s*(?:,|va)\s*{PLACE}\b)*)\b(?!\s+truong\b)(?P<rest>\s+con lai\b)?")
SPELLING = {"thon": "thôn", "ap": "ấp", "ban": "bản", "xom": "xóm", "buon": "buôn", "khom": "khóm"}
NAMED_AFTER = re.compile(rf"[ \t]*:|[ \t]+[{UPPER}]")
# Where the hamlets are those who act or help: opening a sentence ("Các thôn …"), asked ("yêu cầu các thôn"), with
# whom one works ("phối hợp (với) các khu phố"), or in a list of bodies ("Các cơ quan, đơn vị, 33 thôn …"). Not
# the object of another body's work ("Phòng X hướng dẫn các ấp …": the office acts).
ACTING_BEFORE = re.compile(rf"(?:^|[.;:\n]|\b(?:{REQUEST_WORDS}|voi|cung|va|phoi hop)|,)\s*$")


def hamlet_bodies(text: str, folded: str) -> Iterator[Mention]:
    yield from _hamlets(text, folded)
    yield from _committees_and_authorities(text, folded)
    yield from _boards(text, folded)
    yield from _group_heads(text, folded)
    yield from _heads_addressed(text, folded)


def _committees_and_authorities(text: str, folded: str) -> Iterator[Mention]:
    for m in HAMLET_PAIR.finditer(folded):
        places = text[m.start("places") : m.end()]
        yield Mention(m.start(), m.start() + len("cap uy"), f"Cấp ủy {places}", "party_committee", group=True)
        start = folded.index("chinh quyen", m.start())
        yield Mention(start, m.end(), f"Chính quyền {places}", "other", group=True)


def _boards(text: str, folded: str) -> Iterator[Mention]:
    for m in [*HAMLET_BOARD.finditer(folded), *HAMLET_SUBCOMMITTEE.finditer(folded)]:
        if not text[m.start()].isupper() or folded.startswith("tieu", m.start()) and not text[m.start() + 9 : m.end()].islower():
            continue  # a sub-committee's work is in lower case: capitals after "Tiểu ban" are another name
        end = m.end() if m.group("every") else capitalised_words(text, m.end(), limit=3)  # "… ấp Phú Lợi": its place
        written = re.sub(r"\s+", " ", text[m.start() : end]).strip()
        yield Mention(m.start(), end, written, "other", group=bool(m.group("every")))


def _group_heads(text: str, folded: str) -> Iterator[Mention]:
    for m in GROUP_HEADS.finditer(folded):
        place = re.search(rf"{RESIDENTIAL_GROUP}$", folded[m.start() : m.end()])
        words = text[m.start() + place.start() : m.end()].lower()
        yield Mention(m.start(), m.end(), f"Tổ trưởng các {words}", "other", group=True)


def _heads_addressed(text: str, folded: str) -> Iterator[Mention]:
    for m in HAMLET_HEADS.finditer(folded):
        head = folded.rindex("truong", m.start(), m.end())
        if text[head : head + 6].lower() != "trưởng":
            continue  # "trường" (a school) folds alike
        yield Mention(m.start(), m.end(), f"Trưởng các {text[m.start('place') : m.end()].lower()}", "other", group=True)




# The "các" of a list read over the hamlets after "và": "các cơ quan, đơn vị và thôn, xóm" (two kinds of place at least,
# so that "và thôn Phú An" or "và xóm" is no group).
SHARED_PLURAL = re.compile(rf"\bcac\s+[^.;:()]{{1,40}}?\s+va\s+(?P<places>{PLACE}(?:\s*,\s*{PLACE}\b)+)\b(?!\s+truong\b)")


def _hamlets(text: str, folded: str) -> Iterator[Mention]:
    for m in SHARED_PLURAL.finditer(folded):
        if not NAMED_AFTER.match(text, m.end()) and text[m.start("places")].islower():
            places = re.sub(r"\s+", " ", text[m.start("places") : m.end("places")]).lower()
            yield Mention(m.start("places"), m.end(), f"Các {places}", "other", group=True)
    for m in HAMLET_GROUP.finditer(folded):
        first = re.match(r"\w+", m.group("places")).group(0)
        written = text[m.start("places") : m.start("places") + len(first)].lower()
        if first in SPELLING and written != SPELLING[first] or NAMED_AFTER.match(text, m.end()) \
                or not ACTING_BEFORE.search(folded[max(0, m.start() - 20) : m.start()]):
            continue  # "các ban" (boards), "các áp lực" fold alike; "các thôn: Nà Pè, …" names the places
        places = re.sub(r"\s+", " ", text[m.start("places") : m.end("places")]).lower()
        yield Mention(m.start(), m.end(), f"Các {places}{' còn lại' if m.group('rest') else ''}", "other", group=True)
