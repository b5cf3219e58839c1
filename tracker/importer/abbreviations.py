"""The abbreviations of agency names that documents use, written out in full when a name is given."""

from __future__ import annotations

# Abbreviations written out in full in names.
ABBREVIATIONS = [
    (r"\bUBND\b", "Ủy ban nhân dân"), (r"\bHĐND\b", "Hội đồng nhân dân"), (r"\bBHXH\b", "Bảo hiểm xã hội"),
    (r"\bUBMTTQ(?:\s*VN|\s+Việt Nam)?\b", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (r"\bMTTQ(?:\s*VN|\s+Việt Nam)?\b", "Mặt trận Tổ quốc Việt Nam"),
    # "Đoàn ĐBQH": the province's delegation of National Assembly deputies ("Văn phòng Đoàn ĐBQH và HĐND tỉnh").
    (r"\bĐBQH\b", "đại biểu Quốc hội"),
    (r"\bTP\.?\s*", "thành phố "), (r"\bTX\.?\s+", "thị xã "),
]
