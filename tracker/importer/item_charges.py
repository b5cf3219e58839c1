"""What may follow the bodies a heading names, before the colon over their items, without making the
heading a sentence of work of its own:

- their remit, said with "căn cứ" as well as with "theo": "Các sở, ngành căn cứ chức năng, nhiệm vụ,
  quyền hạn được giao:";
- a charge to carry out the items listed below, after that remit or not: "UBND các huyện theo chức
  năng, nhiệm vụ được giao, tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ, giải pháp trọng tâm
  sau:", "Sở X tổ chức thực hiện tốt những nội dung sau đây:";
- a charge that is itself work, which the items then detail after "trong đó:": "UBND các tỉnh … tập
  trung chỉ đạo, triển khai ngay các biện pháp cần thiết để bảo đảm an toàn cho người dân, trong đó:".

Either way the items are the named bodies' work (headings.agency_heading reads them as its bullets)."""

from __future__ import annotations

import re

from .remits import FUNCTIONS

# The remit: "căn cứ (vào) chức năng, nhiệm vụ, quyền hạn (được giao)" or "theo chức năng …".
REMIT = rf",?\s*(?:theo|can cu(?:\s+vao)?)\s+{FUNCTIONS}"
# The verbs a charge opens with, of leading and doing ("tập trung lãnh đạo, chỉ đạo", "khẩn trương triển khai").
LEADING = (r",?\s*(?:(?:tap trung|khan truong|chu dong|nghiem tuc)\s+)?(?:(?:lanh dao|chi dao|to chuc|trien khai|thuc hien)"
           r"\s*,?\s*(?:va\s+)?)+")
# The charge over the items: those verbs, then "các nhiệm vụ (, giải pháp) … sau:".
CHARGE = (rf"{LEADING}(?:tot\s+)?(?:cac|nhung|mot so)\s+(?:nhiem vu|noi dung|giai phap|viec)"
          r"(?:\s*,\s*(?:nhiem vu|giai phap))?(?:\s+(?:trong tam|chu yeu|cu the))?\s+(?:sau(?:\s+day)?|nhu sau)")
# The charge detailed by the items: the same verbs ("triển khai ngay"), the measures and their aim, then "trong đó:".
CHARGE_DETAILED = re.compile(rf"(?:{REMIT})?{LEADING}(?:ngay\s+)?(?:cac|nhung|mot so)\s+"
                             r"(?:nhiem vu|bien phap|giai phap)\b[^.:;]*,\s*trong do\s*(?=:$)")
REMIT_ONLY = re.compile(rf"{REMIT}\s*(?=:$)")
REMIT_AND_CHARGE = re.compile(rf"(?:{REMIT})?{CHARGE}\s*(?=:$)")


def charged_over_items(remainder: str) -> bool:
    """Whether the folded words after a heading's bodies are only their remit or a charge over the items."""
    remainder = remainder.strip()
    return bool(REMIT_ONLY.match(remainder) or REMIT_AND_CHARGE.match(remainder))


def detailed_charge(remainder: str) -> int:
    """The length of the folded words after a heading's bodies when they are a charge of their own that
    the items detail ("…, trong đó:"), without that closing "trong đó" (0 when they are not)."""
    charge = CHARGE_DETAILED.match(remainder)
    return len(re.sub(r",\s*trong do\s*$", "", charge.group())) if charge else 0
