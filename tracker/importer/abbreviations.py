"""The abbreviations of agency names that documents use, written out in full when a name is given."""

from __future__ import annotations

import re

# Abbreviations written out in full in names.
ABBREVIATIONS = [
    # The joint office of a level's council and committee, its two bodies joined by a dash or a slash as pages
    # write it ("Văn phòng HĐND-UBND huyện", "Văn phòng HĐND - UBND tỉnh"): one office, "Văn phòng HĐND và UBND".
    (r"\bHĐND\s*[-–/&]\s*UBND\b", "Hội đồng nhân dân và Ủy ban nhân dân"),
    (r"\bUBND\b", "Ủy ban nhân dân"), (r"\bHĐND\b", "Hội đồng nhân dân"), (r"\bBHXH\b", "Bảo hiểm xã hội"),
    (r"\bUBMTTQ(?:\s*VN|\s+Việt Nam)?\b", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (r"\bMTTQ(?:\s*VN|\s+Việt Nam)?\b", "Mặt trận Tổ quốc Việt Nam"),
    # "Đoàn ĐBQH": the province's delegation of National Assembly deputies ("Văn phòng Đoàn ĐBQH và HĐND tỉnh").
    (r"\bĐBQH\b", "đại biểu Quốc hội"),
    (r"\bTP\.?\s*", "thành phố "), (r"\bTX\.?\s+", "thị xã "),
]

# The fields of a district's or a province's offices, written short in their name as local letters and the
# press write them ("Phòng VHTT huyện", "Đài TT-TH huyện", "Ban ATGT tỉnh"): written out, the name is the
# one the agency tree and an officer use. Not the department "Sở VHTT&DL" (culture, sports and tourism) nor
# the centre "VHTT&TT" (culture, information and sports), whose short forms go on after "&" or "-".
FIELDS = [
    (r"\b(?:VHTT|VH\s*-\s*TT)\b(?!\s*(?:&|-|và)\s*\w)", "Văn hóa và Thông tin"),
    (r"\b(?:TT\s*-\s*TH|TTTH)\b(?!\s*(?:&|-)\s*\w)", "Truyền thanh - Truyền hình"),
    (r"\bATGT\b", "An toàn giao thông"),
    # A project board's name as letters write it short ("Ban QLDA ĐTXD huyện", "Ban QLDA thị xã"): the board
    # that manages the level's building projects, "Ban Quản lý dự án Đầu tư xây dựng huyện".
    (r"\bQLDA\b", "Quản lý dự án"), (r"\b(?:ĐTXD|ĐT\s*-\s*XD)\b", "Đầu tư xây dựng"),
    # Food safety, the field of the boards and inspection teams every level sets up ("Ban Chỉ đạo liên ngành
    # VSATTP huyện", "Đoàn kiểm tra liên ngành ATTP xã"): written out in lower case, as their decisions name them.
    (r"\bVS\s*ATTP\b", "vệ sinh an toàn thực phẩm"), (r"\bATTP\b", "an toàn thực phẩm"),
    # Forest fire fighting, the field of the rangers' mobile teams ("Đội Kiểm lâm cơ động và PCCCR số 1").
    (r"\bPCCCR\b", "Phòng cháy, chữa cháy rừng"),
    # Administrative reform, the field of the steering boards and offices every level has ("Ban Chỉ đạo CCHC tỉnh"):
    # written out in lower case, as the boards' own decisions name them ("Ban Chỉ đạo cải cách hành chính tỉnh").
    (r"\bCCHC\b", "cải cách hành chính"),
]
# The fields of the disaster and civil-defence commands every level sets up, written short in their name
# ("Ban Chỉ huy PCTT và TKCN", "BCH PCTT&TKCN xã", "Ban Chỉ huy PTDS thị xã", "Ban Chỉ huy PCLB huyện"):
# written out, as the command's own decisions and the agency tree name them. The pair first, one field.
COMMAND_FIELDS = [
    (r"\bPCTT\s*(?:&|và|-)\s*TKCN\b", "Phòng, chống thiên tai và Tìm kiếm cứu nạn"),
    (r"\bPCLB\s*(?:&|và|-)\s*TKCN\b", "Phòng chống lụt bão và Tìm kiếm cứu nạn"),
    (r"\bPCTT\b", "Phòng, chống thiên tai"), (r"\bPCLB\b", "Phòng chống lụt bão"),
    (r"\bTKCN\b", "Tìm kiếm cứu nạn"), (r"\bPTDS\b", "Phòng thủ dân sự"),
]
# A firm's legal form, written short as the press writes it ("Công ty CP X", "Công ty TNHH MTV Y"): written out,
# as the firm's registration names it ("Công ty Cổ phần X", "Công ty Trách nhiệm hữu hạn Một thành viên Y").
COMPANY_FORMS = [
    (r"\bCP\b", "Cổ phần"), (r"\bTNHH\b", "Trách nhiệm hữu hạn"), (r"\bMTV\b", "Một thành viên"),
]
COMPANY_HEAD = re.compile(r"(?:Tổng\s+)?[Cc]ông ty\s")
COMMAND_HEAD = re.compile(r"\b(?:Ban Chỉ huy|BCH)\s")
# The head words of an office whose field may be written short.
FIELD_HEADS = r"(?:Phòng|Ban|Đài|Trung tâm|Ủy ban|Cơ quan Thường trực Ban|Đoàn kiểm tra|Tổ kiểm tra|Đội)"


def full_fields(name: str) -> str:
    """A body's name with the short form of its field written out: "Ban ATGT tỉnh" → "Ban An toàn giao
    thông tỉnh"; other names, and the field's words in a sentence ("trật tự, ATGT"), are left as written."""
    if COMMAND_HEAD.search(name):
        for pattern, full in COMMAND_FIELDS:
            name = re.sub(pattern, full, name)
        name = re.sub(r"\bBCH\s", "Ban Chỉ huy ", name)
    if COMPANY_HEAD.match(name):
        for pattern, full in COMPANY_FORMS:
            name = re.sub(pattern, full, name)
        return name
    if re.match(FIELD_HEADS + r"\s", name) is None:
        return name
    for pattern, full in FIELDS:
        name = re.sub(pattern, full, name)
    return name
