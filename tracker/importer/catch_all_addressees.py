"""Catch-all words a sender asks as its own readers ("Sở yêu cầu các đơn vị …"): a group lead as written."""

from __future__ import annotations

import re
from dataclasses import replace

from .doc_kinds import THIS_KINDS
from .name_shapes import Mention
from .plan_readers import dated_report, plan_work
from .text import fold
from .vocabulary import REQUEST_WORDS

# The general words a department, a committee or a page uses for the bodies it writes to: its units, the
# offices and sections under it, the localities ("Sở Y tế tỉnh B đề nghị các đơn vị …", "UBND huyện C yêu cầu
# các phòng, ban, cơ quan, đơn vị …", "… yêu cầu các cơ quan, đơn vị liên quan …"). Not organisations or
# persons ("các cơ quan, tổ chức, cá nhân"), investors, "các cấp" or "các ngành chức năng": no readers of a
# letter, nor a set the officer can expand.
READER = r"(?:co quan|don vi|dia phuong|phong|ban|nganh|so|doan the|luc luong(?:\s+chuc nang)?)"
READERS = re.compile(rf"(?:cac|tat ca cac)\s+{READER}(?:\s*,\s*{READER})*"
                     r"(?:\s+(?:co\s+)?lien quan|\s+truc thuoc|\s+thuoc\s+(?:tinh|thanh pho|xa|phuong))?")
# What the words ask of them when it is no work of their own: only to help ("… có trách nhiệm phối hợp chặt chẽ
# với Sở X trong việc …"), to carry out the very letter ("… thực hiện nghiêm các nội dung của Thông báo này", "…
# nghiêm túc triển khai thực hiện"); "của Trung ương" after the words makes them bodies of another level. A
# comma or "và" after them goes on with a list the words only head ("các cơ quan, đơn vị, Ban quản lý chợ và …").
NO_OWN_WORK = re.compile(r"[^.;]{0,120}?\bphoi hop(?:\s+chat che)?\s+voi\b[^.;]{0,80}?\btrong\s+(?:viec|qua trinh|cong tac)\b"
                         r"|\s*(?:cua|thuoc)\s+(?:trung uong|bo|tinh)\b|\s*(?:,|va\b)"
                         r"|[^.;]{0,120}?\b(?:thuc hien|trien khai)\s+(?:nghiem\s+)?(?:(?:cac\s+)?noi dung\s+(?:cua|tai|trong)\s+)?"
                         rf"(?:chi dao|{THIS_KINDS})\s+nay\b"
                         r"|\s*nghiem tuc\s+(?:trien khai\s+)?thuc hien\s*[.;]?\s*$")


# A page's retelling of the letter puts its request as a duty of those it was made to: "Các đơn vị phải theo dõi
# chặt chẽ …" for "yêu cầu các đơn vị theo dõi chặt chẽ …". The modal of obligation right after the general words
# asks them as the request did. So does "cần" with the work after it, opening the paragraph ("Các cơ quan, đơn vị,
# địa phương cần tiếp tục tổ chức …", "Các đơn vị cần chuẩn bị sẵn …"): the page's paraphrase of the same request;
# not "cần được …" (what should be done to them) nor "cần có / là" (a need stated).
OBLIGED = re.compile(r"\s*(?:(?:cung|deu|van)\s+)?(?:phai|can)\b(?!\s+(?:la|co|duoc|thiet|bo|cu)\b)")


# A connective that goes on with the request above ("Đồng thời, các đơn vị cần …", "Ngoài ra, các đơn vị phải …"): the
# general words after it point back to the bodies that request named, as within one clause, not to readers of their own.
GOES_ON = re.compile(r"\s*(?:dong thoi|ben canh do|ngoai ra|cung voi do)\s*,")


# The key under which a page's lead names those its asked general words point back to (fragments.lead_aliases).
POINTED_BACK = "asked:"
REPORTED = "*"  # under POINTED_BACK: the page reports a letter whose recipients it does not print


# What follows the words when it is only measures in general ("… triển khai đồng bộ các giải pháp nhằm …"): see
# announces_measures below; the page sets the measures out with their doers.
MEASURES_AFTER = re.compile(r"\s+(?:(?:tiep tuc|tap trung|khan truong|chu dong)\s+)*(?:trien khai|thuc hien|ap dung)\s+"
                            r"(?:(?:quyet liet|dong bo|dong thoi|hieu qua|kip thoi)\s*,?\s*(?:va\s+)?)*(?:nhieu|cac|nhung)\s+"
                            r"(?:bien phap|giai phap)\b(?:\s+(?:nham|de)\b[^.;]*)?\s*(?:[.;]|$)")


# The alias roles.defined_aliases gives a letter's Kính gửi list (the polite "Quý cơ quan"): its recipients.
RECIPIENTS = "quy co quan"
# General words that reach past those addressed: "… liên quan", "… trực thuộc".
REACHES_PAST = re.compile(r"\b(?:lien quan|truc thuoc)$")


def asked_readers(mention: Mention, after: str, aliases: dict[str, list[Mention]], opening: bool = True,
                  labelled: bool = False, organising: bool = False) -> list[Mention]:
    """The group a request names in general words ("yêu cầu các đơn vị, địa phương tăng cường …"), kept as
    written for the officer to expand (ANNOTATION.md rule 3), on a page that reports a letter without its
    recipients, when what follows is work of their own; the bodies a page's lead named instead, when the
    words point back to them. Empty otherwise. Words that open the sentence as its doers with "phải" after them
    (OBLIGED) are kept as written: no request to carry them back to a list, they say themselves who must act;
    not after bodies the clause already named (`opening` False), whom they point back to ("Sở X chủ trì, phối
    hợp với Sở Y … . Các đơn vị phải …": those same bodies, the clause's leads)."""
    words = fold(mention.name).strip()
    if not READERS.fullmatch(words):
        return []
    # So are words that label a clause ("3. Các cơ quan, đơn vị, địa phương: Căn cứ … xây dựng kế hoạch …"): the
    # label names who does the clause's work; not words reaching past the readers ("Các đơn vị có liên quan:").
    labels = labelled and not REACHES_PAST.search(words)
    obliged = opening and not mention.asked and (labels or OBLIGED.match(fold(after)))
    # In a plan's organisation section, asked or first in the sentence, with work of their own: the bodies that carry
    # the plan out, for a plan with no recipients to stand for them (plan_readers; `organising`: in that section).
    # Not after other words ("Chủ trì, đôn đốc các cơ quan, đơn vị triển khai …"), whose object they are.
    plan = organising and opening and (mention.asked or mention.start == 0) and _plan_readers(words, after, aliases)
    obliged = obliged or plan
    # A report with its date or cycle is work of their own beside carrying the plan out ("… kiểm tra việc thực
    # hiện Kế hoạch này, định kỳ hằng năm báo cáo …"), which alone would be none.
    reports = plan and dated_report(after)
    if not (mention.asked or obliged) or not reports and (
            NO_OWN_WORK.match(fold(after)) or MEASURES_AFTER.match(fold(after))):
        return []
    if POINTED_BACK + words in aliases and not obliged:
        return [replace(m, start=mention.start, end=mention.end) for m in aliases[POINTED_BACK + words]]
    if POINTED_BACK + REPORTED not in aliases and not obliged:
        # The letter itself: the bare words ("Đề nghị các cơ quan, đơn vị …", no "liên quan" reaching past them)
        # stand for those its Kính gửi names, the polite address's recipients (roles.defined_aliases).
        bare = not REACHES_PAST.search(words)
        return [replace(m, start=mention.start, end=mention.end) for m in aliases.get(RECIPIENTS, [])] if bare else []
    written = re.sub(r"^(?:các|tất cả các)\s+", "", mention.name.strip(), flags=re.IGNORECASE)
    return [replace(mention, name=f"Các {written}", catch_all=False, group=True)]


def readers_named(name: str) -> bool:
    """Whether a drafted lead is such general words (not "Các địa phương" alone, a group of its own)."""
    from .names import find_mentions  # names read the vocabulary; imported when used

    mentions = find_mentions(name)
    return READERS.fullmatch(fold(name).strip()) is not None and len(mentions) == 1 and mentions[0].catch_all


# A request to the readers in general words for "measures" with nothing named to deliver: "Vì vậy, UBND xã
# yêu cầu các đơn vị liên quan triển khai đồng bộ nhiều biện pháp nhằm kiểm soát dịch bệnh." The page then
# sets the measures out, each with its doer; the sentence announces them (an orientation, rule 8).
MEASURES_ONLY = re.compile(rf"\b{REQUEST_WORDS}\s+{READERS.pattern}(?={MEASURES_AFTER.pattern}\s*$)")


def announces_measures(sentence: str) -> bool:
    """Whether a sentence only asks the readers, in general words, to take measures the page goes on to set out."""
    return MEASURES_ONLY.search(fold(sentence)) is not None


def _plan_readers(words: str, after: str, aliases: dict[str, list[Mention]]) -> bool:
    unaddressed = RECIPIENTS not in aliases and POINTED_BACK + REPORTED not in aliases
    return unaddressed and not REACHES_PAST.search(words) and plan_work(after)
