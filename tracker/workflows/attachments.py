"""Report attachments: checked by size and by their first bytes, stored outside the web root."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path

from flask import current_app

# Extension → the magic bytes a real file of that kind starts with. The name alone proves nothing.
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "odt": (b"PK\x03\x04",),
    "doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    "xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
}


class AttachmentError(ValueError):
    """A file that is refused; the message is for the user, in Vietnamese."""


@dataclass(frozen=True)
class CheckedFile:
    original_name: str
    extension: str
    content: bytes

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[self.extension]


def check_upload(filename: str, content: bytes) -> CheckedFile:
    """Refuse a file that is too large, of a type not allowed, or not what its name says."""
    name = Path(filename or "").name.strip()
    extension = name.rpartition(".")[2].lower() if "." in name else ""
    if extension not in SIGNATURES:
        allowed = ", ".join(sorted(SIGNATURES))
        raise AttachmentError(f"Tệp “{name}” không được chấp nhận; chỉ nhận các loại: {allowed}.")
    limit = current_app.config["ATTACHMENT_MAX_BYTES"]
    if len(content) > limit:
        raise AttachmentError(f"Tệp “{name}” quá lớn (tối đa {limit // (1024 * 1024)} MB).")
    if not content:
        raise AttachmentError(f"Tệp “{name}” rỗng.")
    if not content.startswith(SIGNATURES[extension]):
        raise AttachmentError(f"Nội dung tệp “{name}” không đúng định dạng .{extension}.")
    return CheckedFile(name[:255], extension, content)


def storage_dir() -> Path:
    return Path(current_app.config.get("ATTACHMENT_DIR") or Path(current_app.instance_path) / "attachments")


def store(file: CheckedFile) -> tuple[str, str]:
    """Write the file under a generated name; returns (stored name, sha256)."""
    directory = storage_dir()
    directory.mkdir(parents=True, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex}.{file.extension}"
    (directory / stored_name).write_bytes(file.content)
    return stored_name, hashlib.sha256(file.content).hexdigest()
