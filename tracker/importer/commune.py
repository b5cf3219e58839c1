"""A commune's own document (its Party committee's or its People's Committee's): the bodies it names by
their level only, or in general words, are the commune's own ("UBND xã", "chính quyền", "Mặt trận")."""

from __future__ import annotations

import re

from .draft import DraftTask
from .name_shapes import capitalised_words
from .text import fold
from .vocabulary import REQUEST_WORDS

# The commune that speaks: "Thường trực Đảng ủy xã X yêu cầu:", "UBND phường Y đề nghị", or the issuer.
SPEAKER = re.compile(r"\b(?:dang uy|uy ban nhan dan|ubnd|(?:uy ban\s+)?(?:mat tran to quoc|mttq)(?:\s+viet nam|\s*vn)?)\s+(xa|phuong|dac khu)\s+(?=\S)")
LEVEL_WORDS = {"xa": "xã", "phuong": "phường", "dac khu": "đặc khu"}
# Leads written at no level or at the province's by default, and the commune's own at its level.
OWN_BODIES = {"Chính quyền các cấp": "Ủy ban nhân dân", "Ủy ban bầu cử": "Ủy ban bầu cử", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": "Ủy ban Mặt trận Tổ quốc Việt Nam"}


def speaking_commune(texts: list[str]) -> str | None:
    """ "xã Tiên Phước": the commune whose body speaks in the first of these texts that names one."""
    for text in texts:
        folded = fold(text or "")
        for m in SPEAKER.finditer(folded):
            end = capitalised_words(text, m.end(), limit=3)
            if end > m.end() and (text is texts[-1] or re.search(rf"\b{REQUEST_WORDS}\b", folded[end:])):
                return f"{LEVEL_WORDS[m.group(1)]} {text[m.end() : end].strip()}"
    return None


def commune_own(tasks: list[DraftTask], commune: str | None) -> list[DraftTask]:
    """The tasks with the commune's own bodies named with the commune."""
    if commune is None:
        return tasks
    level = commune.split()[0] if not commune.startswith("đặc khu") else "đặc khu"
    for task in tasks:
        task.lead_agency = _own(task.lead_agency, commune, level)
        task.cooperating_agencies = [_own(name, commune, level) for name in task.cooperating_agencies]
    return tasks


# The commune's governing bodies, named with the commune in its own documents; its units ("Công an xã",
# "Trạm Y tế xã") are kept as written.
GOVERNING = re.compile(r"(?:(?:ban )?thuong truc )?(?:uy ban nhan dan|hoi dong nhan dan|uy ban bau cu|(?:uy ban kiem tra )?dang uy"
                       r"|(?:uy ban )?(?:mat tran to quoc|mttq|ubmttq))\b")


def _own(name: str, commune: str, level: str) -> str:
    if name in OWN_BODIES:
        return f"{OWN_BODIES[name]} {commune}"
    if name.endswith(f" {level}") and GOVERNING.match(fold(name)) and not re.search(r"(?i)\b(?:các|cấp)\s", name):
        # "UBND xã", "Thường trực HĐND xã", "Ủy ban bầu cử xã" with no name, in the commune's own document
        return name.removesuffix(level) + commune
    return name


# A commune's police, military command and health station, which its own notices name bare ("Công an,
# Quân sự, Trạm Y tế đảm bảo trực …"); elsewhere the bare words name no body of one level.
BARE_OWN = {"Công an": "Công an", "Quân sự": "Ban Chỉ huy Quân sự", "Trạm Y tế": "Trạm Y tế"}
# The commune speaks in its own notice: "Ủy ban nhân dân xã X thông báo …", "UBND phường Y yêu cầu".
SPEAKING = re.compile(rf"\b(?:dang uy|uy ban nhan dan|ubnd)\s+(xa|phuong)\s+(?:\S+\s+){{0,4}}?(?:thong bao|{REQUEST_WORDS})\b")


def bare_own(tasks: list[DraftTask], commune: str | None, texts: list[str]) -> list[DraftTask]:
    """The tasks with the commune's bodies written bare named with the commune (or its level, where the
    notice names it only in passing), or without them where no commune speaks."""
    level = commune or next((LEVEL_WORDS[m.group(1)] for text in texts if (m := SPEAKING.search(fold(text or "")))), None)
    for task in tasks:
        if level is not None:
            task.lead_agency = f"{BARE_OWN[task.lead_agency]} {level}" if task.lead_agency in BARE_OWN else task.lead_agency
            task.cooperating_agencies = [f"{BARE_OWN[n]} {level}" if n in BARE_OWN else n for n in task.cooperating_agencies]
        else:
            task.cooperating_agencies = [n for n in task.cooperating_agencies if n not in BARE_OWN]
    return [task for task in tasks if task.lead_agency not in BARE_OWN]


# What the speaking commune says it will do itself: "UBND xã (cũng) sẽ phối hợp …", "UBND xã sẽ tổng hợp báo cáo cấp
# trên" on a page where its chairman asks the hamlets. It asks; its own undertaking is no task it is given.
PROMISE = re.compile(r"\s*,?\s*(?:(?:cung|van|tiep tuc)\s+)*se\b")
# The commune named by its bare level ("UBND xã", not "UBND cấp xã", "UBND các xã": every commune).
OWN_COMMUNE = re.compile(r"(?:uy ban nhan dan|ubnd)\s+(?:xa|phuong|dac khu)")


def without_own_promises(tasks: list[DraftTask], prose: str) -> list[DraftTask]:
    """The tasks without those of the commune that speaks, named by its level alone, saying what it will do."""
    if not SPEAKING.search(fold(prose)):
        return tasks
    return [task for task in tasks if not _promises(task)]


def _promises(task: DraftTask) -> bool:
    at = task.text.find(task.lead_source) if task.lead_source else -1
    return at >= 0 and OWN_COMMUNE.fullmatch(fold(task.lead_agency)) is not None \
        and PROMISE.match(fold(task.text), at + len(task.lead_source)) is not None


def own_commune_directs(folded: str, subjects: list) -> bool:
    """Whether the one body that directs is the commune itself, named by its bare level (the subjects' mentions):
    "UBND xã chỉ đạo Phòng Văn hóa - Xã hội phối hợp …" on its own page speaks as the province does and hands the work
    to its office."""
    return len(subjects) == 1 and OWN_COMMUNE.fullmatch(folded, subjects[0].start, subjects[0].end) is not None
