"""Teams set up for one work, named by what they do: "Tổ kiểm tra việc thực thi công vụ …", "Đoàn kiểm tra
liên ngành …", "các tổ kiểm soát phòng, chống dịch ở thôn, tổ dân phố". The name runs from the team's kind
to the sentence's verb (or a bracket or stop); "các" before it makes it the group of every such team. Teams a
decision sets up several of are named by their number ("Đoàn 1 phụ trách …, Đoàn 2 kiểm tra …")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention, expand_abbreviations

# An inspection team is a "tổ" or, sent by a level's committee across its sectors, a "đoàn" ("Đoàn kiểm tra liên
# ngành ATTP xã", "các đoàn kiểm tra"); the Youth Union's "Đoàn" is no inspection team and never reads so.
TEAM = re.compile(r"\b(?P<cac>cac\s+)?(?P<head>to|doan)\s+(?:cong tac\s+|cong tac\s+lien nganh\s+)?"
                  r"(?:kiem tra|kiem soat|giam sat|thanh tra)(?:\s+lien nganh)?\b")
# Where the team's name ends: a bracket, a stop, or the verb of its sentence; a tense or a passive before it too
# ("Đoàn kiểm tra liên ngành ATTP sẽ được thành lập …", "Tổ kiểm tra đã làm việc …"; not "đa ngành", many sectors).
END = re.compile(r"[(;:.\n]|\s(?:se|da(?!\s+nganh)|vua|duoc)\s|\s(?:phai\s+|can\s+|co trach nhiem|chiu trach nhiem|chu tri|phoi hop|tang cuong|thuc hien|trien khai"
                 r"|phu trach|dam nhiem|to chuc|tien hanh|bao cao|tham muu|khan truong|chu dong|tiep tuc|thuong xuyen|ra soat|kiem tra|theo doi)\b")


# A team known by its number ("Đoàn 1", "Đoàn số 2", "Tổ công tác số 3"): not an army's division ("Sư đoàn 3",
# "Binh đoàn 15") nor a party of so many people ("đoàn 30 người"). A number after "và" or a comma shares the
# capital of the list's first ("Đoàn 3 và đoàn 4 …").
NUMBERED = re.compile(r"(?<!su )(?<!binh )(?<!lu )(?<!quan )\b(?P<head>doan|to cong tac)\s+(?:so\s+)?\d{1,2}\b"
                      r"(?!\s*(?:[/.,:-]\s*\d|nguoi|thanh vien|dai bieu|can bo|xe)\b)")
LISTED_AFTER = re.compile(r"(?:,|\bva)\s*$")


def numbered_teams(text: str, folded: str) -> Iterator[Mention]:
    for m in NUMBERED.finditer(folded):
        if text[m.start()].isupper() or LISTED_AFTER.search(folded[max(0, m.start() - 5) : m.start()]) \
                and NUMBERED.search(folded[max(0, m.start() - 40) : m.start()]):
            written = re.sub(r"\s+", " ", text[m.start() : m.end()])
            yield Mention(m.start(), m.end(), written[:1].upper() + written[1:], "other")


def teams(text: str, folded: str) -> Iterator[Mention]:
    yield from numbered_teams(text, folded)
    for m in TEAM.finditer(folded):
        head = text[m.start("head")]
        if not (m.group("cac") or head.isupper()):
            continue  # "tổ kiểm tra" in lower case, with no "các", is the work of checking, not a team's name
        stop = END.search(folded, m.end())
        end = stop.start() if stop else len(folded)
        name = expand_abbreviations(re.sub(r"\s+", " ", text[m.start() : end]).strip(" ,-–"))
        if len(name.split()) > 20:
            continue  # a long run is a sentence, not a name
        yield Mention(m.start(), m.start() + len(text[m.start() : end].rstrip(" ,-–")), name[:1].upper() + name[1:],
                      "other", group=bool(m.group("cac")))
