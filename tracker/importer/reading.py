"""Reading what an officer gives: pasted text, .txt in any common encoding, .docx, PDF with text."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import PurePath

from .text import fold

MAX_BYTES = 10 * 1024 * 1024
MAX_CHARS = 1_000_000
COMMON_WORDS = (" cua ", " va ", " cac ", " ngay ", " thuc hien ", " tinh ")
# Bytes that TCVN3 (ABC) and VNI fonts put where Unicode has Vietnamese letters, as cp1252 shows them.
LEGACY_MARKS = set("µ¸¶·¹¨»¾¼½ÆÇ¿©ÊËÌÎÍÏ×ØÖÙÚ¬ßãáâäåæçèé®êëìíîïðñóòôõö÷øùú")


class ImportInputError(ValueError):
    """A document that cannot be read; the message is for the officer, in Vietnamese."""


def read_upload(filename: str, data: bytes, max_bytes: int = MAX_BYTES) -> str:
    """The text of an uploaded file (.txt, .docx or .pdf), or a Vietnamese refusal."""
    if not data or not data.strip():
        raise ImportInputError("Tệp rỗng: không có nội dung để nhập.")
    if len(data) > max_bytes:
        raise ImportInputError(
            f"Tệp quá lớn ({len(data) / 1048576:.1f} MB): chỉ nhận tệp đến {max_bytes // 1048576} MB."
        )
    suffix = PurePath(filename or "").suffix.lower()
    if suffix == ".docx":
        text = _docx(data)
    elif suffix == ".pdf":
        text = _pdf(data)
    elif suffix in ("", ".txt", ".text"):
        text = decode_text(data)
    elif suffix == ".doc":
        raise ImportInputError("Tệp .doc (Word 97–2003) chưa được hỗ trợ: hãy lưu lại thành .docx hoặc dán nội dung.")
    else:
        raise ImportInputError(f"Định dạng {suffix} không được hỗ trợ: hãy dùng tệp .txt, .docx hoặc .pdf.")
    return check_text(text)


def check_text(text: str, max_chars: int = MAX_CHARS) -> str:
    """Refuse pasted or decoded text that is empty, too long or not text."""
    if not text or not text.strip():
        raise ImportInputError("Văn bản rỗng: không có nội dung để nhập.")
    if len(text) > max_chars:
        raise ImportInputError(f"Văn bản quá dài ({len(text):,} ký tự): chỉ nhận đến {max_chars:,} ký tự.".replace(",", "."))
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(5, len(text) // 100):
        raise ImportInputError("Nội dung không phải văn bản (có dữ liệu nhị phân).")
    return text


def decode_text(data: bytes) -> str:
    """Decode UTF-8, UTF-16 (with or without BOM) or Windows-1258; refuse what cannot be told."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, "utf-16")
    if b"\x00" in data[:4096]:
        sample = data[:4096]
        if sample[1::2].count(0) > 0.3 * len(sample[1::2]):
            return _decode(data, "utf-16-le")
        if sample[0::2].count(0) > 0.3 * len(sample[0::2]):
            return _decode(data, "utf-16-be")
        raise ImportInputError("Tệp không phải văn bản (có dữ liệu nhị phân).")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    latin = data.decode("cp1252", errors="replace")
    if sum(c in LEGACY_MARKS for c in latin) > 0.03 * len(latin):
        vietnamese = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
        if not _looks_vietnamese(vietnamese):
            raise ImportInputError(
                "Văn bản dùng bảng mã cũ (TCVN3/ABC hoặc VNI): hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi nhập lại."
            )
    vietnamese = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    if _looks_vietnamese(vietnamese) and "\ufffd" not in vietnamese:
        return vietnamese
    raise ImportInputError("Không nhận ra bảng mã của tệp: hãy lưu tệp ở dạng UTF-8 rồi nhập lại.")


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ImportInputError("Tệp UTF-16 bị hỏng: không đọc được nội dung.") from error


def _looks_vietnamese(text: str) -> bool:
    folded = " " + re.sub(r"\s+", " ", fold(text)) + " "
    accented = sum(1 for c in text if ord(c) > 0xC0 and c.isalpha())
    return sum(word in folded for word in COMMON_WORDS) >= 2 and accented > 0.02 * max(1, len(text))


def _docx(data: bytes) -> str:
    if not data.startswith(b"PK"):
        raise ImportInputError("Tệp .docx không hợp lệ: đây không phải tài liệu Word (.docx).")
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as error:
        raise ImportInputError("Tệp .docx bị hỏng hoặc không phải tài liệu Word: không đọc được.") from error
    except Exception as error:  # python-docx raises lxml and zipfile errors for damaged files
        raise ImportInputError("Tệp .docx bị hỏng hoặc không phải tài liệu Word: không đọc được.") from error
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            # One line per row: a cell's own paragraphs are joined, so its tabs alone separate cells.
            lines.append("\t".join(" ".join(cell.text.split()) for cell in row.cells))
    return "\n".join(lines)


def _pdf(data: bytes) -> str:
    if not data.startswith(b"%PDF"):
        raise ImportInputError("Tệp .pdf không hợp lệ: đây không phải tài liệu PDF.")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as error:
        raise ImportInputError("Tệp PDF bị hỏng: không đọc được.") from error
    if len(text.strip()) < 20:
        raise ImportInputError("Tệp PDF không có lớp văn bản (bản quét): hãy dán nội dung hoặc dùng tệp .docx.")
    return text
