"""A scope that names the bodies asked: "Đối với UBND các huyện, tăng cường …", "Riêng các xã, phường …"."""

from __future__ import annotations

import re
from dataclasses import replace

from .localities import bare_localities
from .names import Mention
from .press_speakers import person_request, titled_request
from .remits import after_remit
from .subjects import leading_subjects
from .text import fold
from .vocabulary import DIRECTIVE_VERB

# "Đối với UBND các huyện, tăng cường …", "Riêng các xã, phường chủ động …": a scope that names bodies, then at
# once the work (a comma or a colon between at most) addresses those bodies; a scope that names a matter or a
# place ("Đối với các dự án …, Sở X …", "Đối với các xã thu được …": no work) is left to the rules after it.
SCOPE = re.compile(r"\s*(?:doi voi|rieng)\s+")
SCOPE_END = re.compile(r"\s*[,:]?\s*")
# Where a scope that names a matter gives way to who acts on it, in the same sentence: "… thì".
THEN = re.compile(r"[^.;:]*?,?\s+thi\s+")
WHERE = re.compile(r"\s*tren dia ban\s+(?:toan\s+)?(?:xa|phuong|huyen|quan|tinh|thi xa|thanh pho)\b")


def scope_subjects(segment: str) -> tuple[list[Mention], int] | None:
    folded = fold(segment)
    if (scope := SCOPE.match(folded)) is None:
        return None
    offset = scope.end()
    subjects, end = leading_subjects(segment[offset:])
    if not subjects:
        subjects, end = bare_localities(segment[offset:])
    if not subjects and (then := THEN.match(folded, offset)) is not None:
        # "Đối với vụ việc ở nơi công tác thì cơ quan X có trách nhiệm …": a matter, then the body that acts on it.
        offset = then.end()
        subjects, end = leading_subjects(segment[offset:])
    work = offset + end + len(SCOPE_END.match(folded, offset + end).group())
    # "Đối với các sở, ngành liên quan, đồng chí Phó Bí thư … đề nghị: căn cứ …": the scope names who the request
    # names no one else for; even a catch-all is then the request's own addressee, a group. The list read on may
    # take in the speaker's body ("…, đồng chí Chủ tịch UBND huyện"): the scope ends where the speaker begins.
    for count, last in enumerate(subjects, start=1):
        before_speaker = offset + last.end + len(SCOPE_END.match(folded, offset + last.end).group())
        if (asked := _speaker_asks_scope(segment[before_speaker:])) is not None:
            return [replace(s, start=s.start + offset, end=s.end + offset, catch_all=False, asked=True)
                    for s in subjects[:count]], before_speaker + asked
    # "Đối với các thôn còn lại trên địa bàn xã căn cứ vào tình hình thực tế … tổ chức …": where they are and their remit.
    work = after_remit(folded, where.end() if (where := WHERE.match(folded, work)) else work)
    if not subjects or all(s.catch_all for s in subjects) or not DIRECTIVE_VERB.match(folded, work):
        return None
    return [replace(s, start=s.start + offset, end=s.end + offset) for s in subjects], offset + end


def _speaker_asks_scope(rest: str) -> int | None:
    """Where the work begins if the words after a scope are a holder's request that names no one ("đồng chí
    Chủ tịch UBND huyện yêu cầu: …")."""
    asked = titled_request(rest)
    if asked is None:
        asked = person_request(rest)
    if asked is None or leading_subjects(rest[asked:])[0] or bare_localities(rest[asked:])[0]:
        return None
    return asked


# "Đối với một số trường thuộc vùng cao không bị ngập lụt, Sở X giao Hiệu trưởng các trường …": the scope names which
# of the kind it asks; the kind asked by its plural alone ("Các trường") is those, named with the scope's words.
KIND_SCOPE = re.compile(r"\s*(?:doi voi|rieng)\s+(?:mot so|cac|nhung)\s+(?P<kind>truong|trung tam|don vi|co so)\s+(?P<which>[^,;:]{3,80}),")


def scoped_kind(segment: str, subjects: list[Mention], end: int) -> tuple[list[Mention], int]:
    """The subjects, a plural kind the opening scope narrows named with the scope's words."""
    scope = KIND_SCOPE.match(fold(segment))
    if scope is None:
        return subjects, end
    kind = segment[scope.start("kind") : scope.end("kind")]
    which = segment[scope.start("kind") : scope.end("which")].strip()
    return [replace(s, name=f"Các {which}") if s.name == f"Các {kind}" else s for s in subjects], end
