"""Whose partners the bodies after "phối hợp (với)" are when the lead directs someone: "X chỉ đạo Y phối hợp với Z".

Subordinates a lead directs to help ("Sở Y tế chỉ đạo các bệnh viện phối hợp với …", "chỉ đạo, hướng dẫn các
trường phối hợp …") are subordinates told to help: Z are their partners, not the lead's. But where what the lead
directs is no one else's work, the lead itself works with Z, so Z are its partners (and Y, before "phối hợp", never
a helper):
- it directs its own body, or a unit it names, to lead ("Bộ trưởng Bộ X chỉ đạo chủ trì, phối hợp với …",
  "Bộ Chỉ huy Quân sự tỉnh chỉ đạo Đồn Biên phòng chủ trì phối hợp với …");
- it directs its forces concerned, named by no name ("chỉ đạo các lực lượng chức năng phối hợp với Sở X");
- it directs its own specialised or functional staff ("chỉ đạo các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp
  tỉnh … phối hợp với cơ quan bảo hiểm xã hội", "chỉ đạo phòng, ban chuyên môn, phối hợp …", "chỉ đạo cơ quan chức
  năng phối hợp …"): the offices through which any body acts, so the work with the partners is the lead's.
"""

import re

STEERING = re.compile(r"\b(?:chi dao|huong dan)\b")

# Not a lower committee it directs ("UBND huyện chỉ đạo UBND xã chủ trì, phối hợp với phòng X"): the offices that
# help it are the directing level's own staff, subordinates told to help, not partners of the directing body.
UNSTEERED = re.compile(r"\s*,?\s*(?:(?!\s|uy ban nhan dan|ubnd)[^,;.:()]{1,80}?\s+)?chu tri\s*(?:,|\bva\b)?\s*")

# "Công an tỉnh chỉ đạo các lực lượng chức năng phối hợp với Sở X", "UBND huyện chỉ đạo các cơ quan, đơn vị liên
# quan phối hợp với Trung tâm Y". Its units as such ("chỉ đạo các đơn vị trực thuộc phối hợp với …") are
# subordinates told to help, whose partners are theirs.
OWN_FORCES = re.compile(r"\s*(?:cac|moi)\s+(?:luc luong|co quan|don vi|bo phan)(?:\s*,\s*(?:co quan|don vi|bo phan|luc luong))*"
                        r"\s+(?:chuc nang|co lien quan|lien quan)\s*")

# Its specialised or functional staff, with whose they are or where they sit ("thuộc Sở", "ở Trung ương").
OWN_STAFF = re.compile(r"\s*(?:cac\s+)?(?:co quan|don vi|bo phan|phong\s*,\s*ban|phong ban|phong)\s+(?:chuyen mon|chuc nang)"
                       r"(?:\s+(?:truc thuoc|thuoc|cua|o)\s+[^,;.:()]{1,80}?)?\s*,?\s*")


def steers_others(folded: str, clause_start: int, position: int) -> bool:
    """Whether the clause, before the "phối hợp" at `position`, directs others to help rather than the lead's own."""
    steering = list(STEERING.finditer(folded, clause_start, position))
    if not steering:
        return False
    directed = steering[-1].end()
    return not any(own.fullmatch(folded, directed, position) for own in (UNSTEERED, OWN_FORCES, OWN_STAFF))
