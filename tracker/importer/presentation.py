"""Review-screen helpers: the signed document text carried between requests, and highlights."""

from __future__ import annotations

import re

from flask import current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer
from markupsafe import Markup, escape

from .text import fold

SOURCE_MAX_AGE = 24 * 3600


class SourceExpired(ValueError):
    """The signed document text is missing, altered or too old."""


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt="importer-source")


def sign_source(text: str) -> str:
    """The document text, compressed and signed, for a hidden field (no database row until saved)."""
    return _serializer().dumps(text)


def unsign_source(token: str) -> str:
    """The document text back from the hidden field; SourceExpired if it was altered or is stale."""
    try:
        return _serializer().loads(token or "", max_age=SOURCE_MAX_AGE)
    except BadSignature as error:
        raise SourceExpired("Phiên xem lại đã hết hạn hoặc dữ liệu bị sửa: hãy nhập lại văn bản.") from error


def highlight(text: str, phrases: list[str | None]) -> Markup:
    """The text, escaped, with each phrase marked (<mark>), ignoring case and diacritics."""
    folded = fold(text)
    spans: list[tuple[int, int, str]] = []
    for kind, phrase in enumerate(phrases):
        phrase = (phrase or "").strip()
        if len(phrase) < 2:
            continue
        for m in re.finditer(re.escape(fold(phrase)), folded):
            if all(m.end() <= s or m.start() >= e for s, e, _ in spans):
                spans.append((m.start(), m.end(), "agency" if kind == 0 else "date"))
    out, position = [], 0
    for start, end, css in sorted(spans):
        out.append(escape(text[position:start]))
        out.append(Markup('<mark class="{}">{}</mark>').format(css, text[start:end]))
        position = end
    out.append(escape(text[position:]))
    return Markup("").join(out)
