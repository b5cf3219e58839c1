"""Party committees' directions: their numbering, the political system's bodies as subjects (invented texts)."""

from tracker.importer.draft import to_annotation
from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t["clause"], t["lead_agency"]) for t in to_annotation(parse_text(text))["tasks"]]


def _names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text) if not m.catch_all]


def test_points_numbered_with_a_stroke_are_clauses():
    text = (
        "Để công tác phòng, chống thiên tai năm 2024 đạt kết quả, Ban Thường vụ Huyện ủy yêu cầu các sở, ban, ngành "
        "thực hiện tốt một số nhiệm vụ sau:\n"
        "1/ Xây dựng kế hoạch phòng, chống thiên tai sát với tình hình của từng địa phương.\n"
        "2/ Ban Tuyên giáo Huyện ủy hướng dẫn công tác tuyên truyền về phòng, chống thiên tai.\n"
    )
    tasks = to_annotation(parse_text(text))["tasks"]
    assert [(t["clause"], t["lead_agency"]) for t in tasks] == [("1", "Các sở, ban, ngành"), ("2", "Ban Tuyên giáo Huyện ủy")]
    assert tasks[0]["summary"].startswith("Xây dựng kế hoạch")

