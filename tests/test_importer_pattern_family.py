"""A family of patterns finds what each pattern's own finditer finds, in the same order."""

import re

from tracker.importer.pattern_family import PatternFamily


def _one_by_one(patterns, text):
    return [(value, m.span()) for value, pattern in patterns for m in pattern.finditer(text)]


def _together(patterns, text):
    return [(value, m.span()) for value, m in PatternFamily(patterns).finditer(text)]


def test_a_family_finds_each_patterns_matches_pattern_by_pattern():
    patterns = [
        ("department", re.compile(r"\b(?:so|nganh)\s+(?:y te|giao duc)\b")),
        ("ministry", re.compile(r"\bbo\s+y te\b")),
        ("health", re.compile(r"\by te\b")),
    ]
    text = "so y te phoi hop bo y te, nganh giao duc va so y te tinh"
    assert _together(patterns, text) == _one_by_one(patterns, text)
    assert [value for value, _ in _together(patterns, text)] == [
        "department", "department", "department", "ministry", "health", "health", "health"]


def test_a_pattern_goes_on_after_its_own_match_not_inside_it():
    # "a a a a" holds "a a" twice without overlap, as finditer reads it; the other pattern's places
    # inside the first match are no new start for it.
    patterns = [("pair", re.compile(r"\ba a\b")), ("single", re.compile(r"\ba\b"))]
    text = "a a a a"
    assert _together(patterns, text) == _one_by_one(patterns, text)
    assert [span for value, span in _together(patterns, text) if value == "pair"] == [(0, 3), (4, 7)]


def test_a_text_naming_nothing_yields_nothing():
    patterns = [("department", re.compile(r"\bso\s+y te\b"))]
    assert list(PatternFamily(patterns).finditer("khong co ten nao")) == []
