"""Bodies a commune, a ward or a district names as its readers know them, with no province in their name:
its police, military command and health station ("Công an xã", "Ban CHQS xã", "Trạm Y tế xã"), and the
members a flag notice lists after "Các cơ quan, đơn vị" (schools, hospitals, armed units, hamlets).
The bodies of its hamlets named with their posts and boards are read in hamlets.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .localities import acting_localities
from .name_shapes import Mention, expand_abbreviations
from .text import UPPER
from .vocabulary import DIRECTIVE_VERB, REQUEST_WORDS, URBAN_DISTRICT

# A lower level written after the body: the body of that level ("Công an xã", "Ban CHQS thị xã").
LEVEL = rf"\s+(?P<level>xa(?!\s+hoi)|phuong|thi tran|thi xa|huyen|{URBAN_DISTRICT}|dac khu)\b"
LOWER_BODIES = [
    ("Công an", re.compile(rf"\bcong an{LEVEL}")),
    ("Ban Chỉ huy Quân sự", re.compile(rf"\b(?:(?:ban chi huy|bch|ban ch)\s+quan su|ban chqs|bchqs){LEVEL}")),
    ("Trạm Y tế", re.compile(rf"\btram y te{LEVEL}")),
]


def lower_bodies(text: str, folded: str) -> Iterator[Mention]:
    """ "Công an xã kiểm tra …", "BCH Quân sự xã": a lower level's body, named by its level only."""
    yield from front_and_unions(text, folded)
    yield from civil_servants(text, folded)
    yield from acting_localities(text, folded)  # "chỉ đạo xã Tân An thực hiện …": the commune's UBND
    for name, pattern in LOWER_BODIES:
        for m in pattern.finditer(folded):
            if text[m.start()].isupper():
                yield Mention(m.start(), m.end(), f"{name} {text[m.start('level') : m.end()]}", "other")


# A commune has no departments: its civil servants, named by the post they hold, are given work as bodies
# are ("giao công chức Văn phòng HĐND&UBND xã theo dõi …", "2. Công chức Địa chính - Đất đai"). The post is
# the fields of work the law gives a commune's civil servants, joined by dashes, "&" or "và". In running text
# the level must follow ("công chức Văn phòng" alone is any office's servants); a heading naming the post alone
# needs none.
FIELD = (r"(?:van phong(?:\s+(?:(?:hdnd|hoi dong nhan dan)\s*(?:&|va|-)\s*(?:ubnd|uy ban nhan dan)|dang uy))?|thong ke|dia chinh"
         r"|xay dung|do thi|moi truong|nong nghiep|tai chinh|ke toan|tu phap|ho tich|van hoa|xa hoi|noi vu|dat dai"
         r"|lao dong|thuong binh|giao thong|thuy loi|tai nguyen|ktxh|vh|xh|dc|xd|tc|kt|tp|ht)")
CIVIL_SERVANT = re.compile(rf"\bcong chuc\s+{FIELD}(?:\s*(?:[-–&,]|va)\s*{FIELD})*(?:{LEVEL})?")
HEADING_END = re.compile(r"[ \t]*:?[ \t]*(?:\n|$)")
# Fields written short ("Công chức VH-XH xã"), written out in the name.
SHORT_FIELDS = {"VH": "Văn hóa", "XH": "Xã hội", "ĐC": "Địa chính", "XD": "Xây dựng", "TC": "Tài chính", "KT": "Kế toán",
                "TP": "Tư pháp", "HT": "Hộ tịch"}
# All of them, as a group: "các công chức chuyên môn (thuộc UBND xã)".
ALL_CIVIL_SERVANTS = re.compile(r"\b(?:cac\s+)?cong chuc chuyen mon(?:\s+(?:thuoc|cua)\s+(?:ubnd|uy ban nhan dan)(?:\s+xa|\s+phuong|\s+thi tran))?\b")


def civil_servants(text: str, folded: str) -> Iterator[Mention]:
    for m in ALL_CIVIL_SERVANTS.finditer(folded):
        words = re.sub(r"^các\s+", "", text[m.start() : m.end()], flags=re.IGNORECASE)
        yield Mention(m.start(), m.end(), expand_abbreviations(f"Các {words}"), "other", group=True)
    for m in CIVIL_SERVANT.finditer(folded):
        post = len("cong chuc ")
        if not text[m.start() + post : m.start() + post + 1].isupper():
            continue  # "cán bộ, công chức văn phòng …": the servants at large, no post named
        if m.group("level") is None and not HEADING_END.match(text, m.end()):
            continue
        written = re.sub(r"\s*[-–]\s*", " - ", text[m.start() + post : m.end()]).replace("&", " và ")
        written = re.sub(r"\b[A-ZĐ]{2}\b", lambda short: SHORT_FIELDS.get(short[0], short[0]), written)
        yield Mention(m.start(), m.end(), expand_abbreviations(f"Công chức {written}"), "other")


# A lower level names its Front and unions as one addressee, the Front written bare among general words and
# the level once at the end, parted by commas only: "Mặt trận, các đoàn thể xã", "Các Ban, ngành, Mặt trận,
# Hội, các tổ chức CT-XH xã". Bare, "Mặt trận" is no one body of its own name but a member of the list.
# Joined by "và" ("Mặt trận và các đoàn thể huyện") the two are named apart, each a subject.
# The level's bodies at large may open the list ("Các cơ quan, ban, ngành, Mặt trận …"), and a hasty hand joins
# the Front to its unions with no comma ("Mặt trận các hội đoàn thể huyện": the Front and the unions of the level).
UNION_WORD = r"(?:cac\s+)?(?:co quan|ban\s*,?\s*nganh|ban|nganh|mat tran(?!\s+to quoc)|hoi\s+doan the|hoi|doan the|to chuc (?:chinh tri\s*[-–]?\s*xa hoi|ct\s*[-–]\s*xh))"
FRONT_AND_UNIONS = re.compile(rf"\b{UNION_WORD}(?:(?:\s*,\s*|(?<=mat tran)\s+(?=cac\s+(?:hoi|doan the)\b)){UNION_WORD})+{LEVEL}")
# The heads of the bodies, asked by their title ("Thủ trưởng các cơ quan, ban, ngành …"): the bodies themselves.
# "trưởng các đơn vị, đoàn thể": a head of each, as a commune's notice lists them beside the hamlets' heads.
HEADS_OF = re.compile(r"\b(?:thu truong|lanh dao|nguoi dung dau|truong)\s+$")
SOCIO_POLITICAL = re.compile(r"\bCT\s*[-–]\s*XH\b")


def front_and_unions(text: str, folded: str) -> Iterator[Mention]:
    for m in FRONT_AND_UNIONS.finditer(folded):
        front = re.search(r"\bmat tran\b", folded[m.start() : m.end()])
        if front is None or not text[m.start() + front.start()].isupper() \
                or not text[m.start()].isupper() and not HEADS_OF.search(folded[max(0, m.start() - 30) : m.start()]):
            continue  # only the Front named, as the list's first word is, in capitals
        written = SOCIO_POLITICAL.sub("chính trị - xã hội", re.sub(r"\s+", " ", text[m.start() : m.end()]))
        # With the boards and branches ("Các Ban, ngành, Mặt trận …") the list is more than the unions.
        kind = "other" if re.search(r"\b(?:ban|nganh)\b", folded[m.start() : m.end()]) else "mass_organisation"
        yield Mention(m.start(), m.end(), written[:1].upper() + written[1:], kind, group=True)


# The members a list of subjects names after its first body ("Các cơ quan, đơn vị, trường học, bệnh viện,
# các đơn vị lực lượng vũ trang … treo cờ"), each as the group it stands for; a commune's own bodies
# written bare ("Công an, Quân sự, Trạm Y tế"), named so, are the commune's (see commune.py).
MEMBERS = [(name, group, re.compile(rf"{pattern}\b")) for name, group, pattern in [
    ("Các đơn vị lực lượng vũ trang", True, r"(?:cac\s+)?don vi luc luong vu trang"),
    ("Lực lượng vũ trang", True, r"(?:cac\s+)?luc luong vu trang"),
    # The army's units beside the police ("Công an tỉnh và các lực lượng Quân đội tiếp tục …"), one group as the armed forces are.
    ("Các lực lượng Quân đội", True, r"cac luc luong quan doi"),
    ("Các trường học", True, r"(?:cac\s+)?truong hoc"),
    # Their heads asked by post ("Hiệu trưởng các trường, lãnh đạo các trung tâm chủ động …"): the schools and centres
    # (rule 4), "các" written; "các trưởng …" (heads) folds alike and is told apart by its spelling (below).
    ("Các trường", True, r"(?:cac\s+)?truong(?!\s+(?:hoc|hop|thon|ap|xom|ban|khu|phong|cong an|tram|doan|to)\b)"),
    ("Các trung tâm", True, r"(?:cac\s+)?trung tam(?!\s+(?:y te|giao duc|gdnn|gdtx|boi duong|van hoa)\b)"),
    ("Các nhà trường", True, r"(?:cac\s+)?nha truong"),
    ("Các bệnh viện", True, r"(?:cac\s+)?benh vien"),
    ("Các cơ quan công sở", True, r"(?:cac\s+)?co quan cong so"),
    ("Các công sở", True, r"(?:cac\s+)?cong so"),
    ("Các cơ quan hành chính", True, r"(?:cac\s+)?co quan hanh chinh(?!\s*,\s*su nghiep|\s+khac)"),
    # The forces concerned written bare after the list's first words share their "các" ("yêu cầu tất cả tổ dân phố
    # và lực lượng chức năng theo dõi …"): one group, as "Các lực lượng chức năng" opening a sentence is. Not after
    # the general words "các đơn vị, …", "các cơ quan, …": the units of whoever directs them, read through as those are.
    ("Các lực lượng chức năng", True, r"(?<!don vi, )(?<!co quan, )luc luong chuc nang"),
    ("Ban quản lý chợ", False, r"ban quan ly cho"),
    # The head of a hamlet, who carries out the commune's orders there ("Trưởng ấp nhắc nhở các hộ …").
    ("Trưởng ấp", False, r"truong ap"),
    ("Trưởng thôn", False, r"truong thon"),
    ("Trưởng xóm", False, r"truong xom"),
    ("Ban cán sự các thôn", True, r"ban (?:can|san) su cac thon"),
    # Written bare after the list's first words, a hamlet or a residential area shares their "các" ("yêu cầu các
    # đơn vị, thôn, KDC …"): every one of them, a group. Not a residential group: "Ban Nhân dân các thôn, tổ dân
    # phố" is one board's name.
    ("Các thôn", True, r"(?:(?:cac|\d+)\s+)?thon"),
    ("Các tổ dân phố", True, r"(?:cac|\d+)\s+to dan pho"),
    ("Các khu dân cư", True, r"(?:(?:cac|\d+)\s+)?(?:khu dan cu|kdc)"),
    # The head of the residential group ("tổ trưởng TDP") listed beside the hamlets' heads: the groups, as the
    # hamlets are (HAMLET_HEADS).
    ("Các tổ dân phố", True, r"to truong\s+(?:to dan pho|tdp)"),
    # "Công an, Quân sự xã": the level written once, after the last of them.
    ("Công an", False, r"cong an(?!\s+(?:tinh|thanh pho|cac)\b)(?:\s+(?:xa|phuong)(?!\s+hoi))?"),
    ("Quân sự", False, r"quan su(?:\s+(?:xa|phuong)(?!\s+hoi))?"),
    ("Trạm Y tế", False, r"tram y te(?:\s+(?:xa|phuong)(?!\s+hoi))?"),
    # Written in lower case beside schools and hospitals ("…, trường học, bệnh viện, trạm y tế"), the clinics
    # are every clinic of the area, a group as those are (in capitals, "Trạm Y tế" is the commune's own).
    ("Các trạm y tế", True, r"(?:cac\s+)?tram y te(?!\s+(?:xa|phuong|thi tran)\b)"),
]]
GROUP_MEMBERS = {name for name, group, _ in MEMBERS if group}
PROPER_NAME = re.compile(rf"\s+[{UPPER}]")
GROUP_LEVEL = re.compile(r"\s+cap (?:tinh|huyen|xa)\b")
# The head of one hamlet ("Trưởng thôn", "Trưởng ấp") listed with other bodies told to act ("Trưởng thôn, tổ trưởng TDP,
# Hiệu trưởng các trường học … chịu trách nhiệm …"): the heads of every hamlet, the hamlets as one group (a body, not
# its head). Alone, the singular head of a commune's notice stays as written.
# Named only with "các" before them: a bare "trường", "trung tâm" is no list's member.
PLURAL_ONLY = ("Các trường", "Các trung tâm")
HAMLET_HEADS = {"Trưởng thôn": "Các thôn", "Trưởng ấp": "Các ấp", "Trưởng xóm": "Các xóm"}
# Those a list names beside the bodies who are no body of the state: read through, never a task.
NOT_BODIES = re.compile(r"(?:cac\s+)?(?:xi nghiep|doanh nghiep|ho (?:nhan dan|dan|gia dinh|kinh doanh)|(?:co so\s+)?ton giao)"
                        r"(?:\s+thuoc cac thanh phan kinh te)?\b")


def listed_member(text: str, folded: str, position: int, first: bool, written: int | None = None) -> Mention | None:
    """The member of a list of subjects written bare at `position`; those no body of the state only after
    the list's first name (a sentence opening with "Doanh nghiệp …" has no subject). A list opens a sentence
    or an item ("Các trường học", "Công an"), not in running text ("…, trường học thực hiện …"); a
    commune's own body is written as a name ("Công an, Quân sự", not "lực lượng quân đội, công an")."""
    written = position if written is None else written  # where the list's words begin ("Tất cả các …")
    if first and not text[written : written + 1].isupper():  # "Sở X chỉ đạo các trường học …": the Sở's work
        return None
    for name, group, pattern in MEMBERS:
        m = pattern.match(folded, position)
        if m is None or PROPER_NAME.match(text, m.end()) or not group and text[position : m.end()].islower() \
                or name in PLURAL_ONLY and (not folded[max(0, position - 4) : m.end()].startswith("cac ")
                                            or name == "Các trường" and text[m.end() - 6 : m.end()].lower() != "trường"):
            continue  # "Bệnh viện Bạch Mai" is one hospital's name; "các trưởng thôn" are heads, not schools
        # A group's level written after it ("…, đơn vị lực lượng vũ trang cấp tỉnh, …") says whose they are.
        level = GROUP_LEVEL.match(folded, m.end()) if group else None
        end, name = (level.end(), f"{name} {text[m.end() : level.end()].strip()}") if level else (m.end(), name)
        return Mention(position, end, re.sub(r"\s+", " ", name), "school" if "truong" in name else "other", group=group)
    if not first and (m := NOT_BODIES.match(folded, position)):
        return Mention(position, m.end(), folded[position : m.end()], "other", group=True, catch_all=True)
    return None


# The bodies a notice addresses in general words, told to act as its subjects: "Các cơ quan, đơn vị treo
# cờ …", "Thủ trưởng các cơ quan, đơn vị bố trí trực …", "Các ban, ngành, đoàn thể thường xuyên theo dõi …".
# "Các cơ quan, đơn vị, tổ chức" at the head of a list of bodies told to act is one more of these words.
ADDRESSED = re.compile(r"(?:(?:cac|moi|tat ca(?:\s+cac)?)\s+)?(?:co quan|don vi|ban|phong)(?:\s*,\s*(?:co quan|don vi|ban|nganh|doan the|to chuc))+")
ADDRESSED_IN_LIST = re.compile(rf"{ADDRESSED.pattern}|(?:(?:cac|tat ca(?:\s+cac)?)\s+)?don vi")
# Where they are, between the list and its verb: "… trên địa bàn xã thường xuyên theo dõi", "… trong toàn xã treo cờ".
WHERE = re.compile(r"\s*(?:tren dia ban|trong)(?:\s+(?:toan\s+)?(?:xa|phuong|huyen|tinh|thi xa|thanh pho))?(?=\s)")
# What they are told to do, right after the list.
DUTY = re.compile(r"\s*(?::|(?:can\s+|phai\s+|thuong xuyen\s+|nghiem tuc\s+)*(?:treo|dam bao|bo tri|van dong|nhac nho|can co"
                  r"|co ke hoach|co phuong an|theo doi)\b)")


MANNER = re.compile(r"(?:\s*(?:thuong xuyen|nghiem tuc|tich cuc|kip thoi|quyet liet)(?=\s))*")


# Who is asked, before the list: "Yêu cầu Thủ trưởng các cơ quan, đơn vị …".
ASKED = re.compile(rf"\b{REQUEST_WORDS}\b")


def addressed(subjects: list[Mention], folded: str, opening: int, end: int) -> tuple[list[Mention], int]:
    """The subjects with the general words that open them as a group of their own where the work follows,
    and where the work begins (after the place the list is in). Alone, the words stand for bodies named
    before ("Công điện yêu cầu các sở … . Các cơ quan, đơn vị chủ động …"): only those asked or listed
    with other bodies ("Các cơ quan, đơn vị, trường học, bệnh viện …") are a group."""
    where = WHERE.match(folded, end) if subjects else None
    if where and (DUTY.match(folded, where.end()) or DIRECTIVE_VERB.match(folded, where.end())):
        end = where.end()
    # "… thường xuyên tổ chức …", "… tích cực tuyên truyền …": a word of manner before the verb is still the work.
    duty = DUTY.match(folded, end) or DIRECTIVE_VERB.match(folded, MANNER.match(folded, end).end())
    if duty and len(subjects) > 1:
        # Further in a list of bodies told to act, the heads of the bodies asked by title ("yêu cầu cơ quan X,
        # Thủ trưởng các cơ quan, đơn vị và UBND các xã …") are those bodies addressed, a group as the first is.
        subjects = [subjects[0], *(_heads_addressed(m, folded) for m in subjects[1:])]
    # Before members written bare, their "các" shared, the words open the list even alone ("các đơn vị, thôn, KDC …");
    # not before a body named ("chỉ đạo các đơn vị, Trung tâm Y tế các huyện …": its own units, directed).
    shared = len(subjects) > 1 and subjects[1].name in GROUP_MEMBERS and not re.match(r"cac\b", folded[subjects[1].start :])
    words = ADDRESSED_IN_LIST if shared else ADDRESSED
    if not subjects or not duty or not subjects[0].catch_all or not words.fullmatch(folded[subjects[0].start : subjects[0].end]):
        return subjects, end
    if len(subjects) < 2 and not ASKED.search(folded[:opening]):
        return subjects, end
    words = re.sub(r"^(?:các|mỗi|tất cả(?:\s+các)?)\s+", "", subjects[0].name, flags=re.IGNORECASE)
    return [replace(subjects[0], name=f"Các {words}", catch_all=False), *subjects[1:]], end


def _heads_addressed(mention: Mention, folded: str) -> Mention:
    if not mention.catch_all or not ADDRESSED.fullmatch(folded[mention.start : mention.end]) \
            or not HEADS_OF.search(folded[max(0, mention.start - 30) : mention.start]):
        return mention
    words = re.sub(r"^(?:các|mỗi|tất cả(?:\s+các)?)\s+", "", mention.name, flags=re.IGNORECASE)
    return replace(mention, name=re.sub(r"\s*,\s*", ", ", f"Các {words}"), catch_all=False)  # "đơn vị,đoàn thể" typed tight
