"""Directive import: drafting, bad input refused, reviewing, saving in one go, CLI and scoring."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tracker.accounts.models import Role
from tracker.agencies.models import Agency, AgencyKind
from tracker.directives.models import Directive, DirectiveKind
from tracker.importer.doc_kinds import DIRECTIVE_KINDS
from tracker.importer.draft import TASK_KEYS
from tracker.importer.parser import parse_text
from tracker.importer.reading import ImportInputError, read_upload
from tracker.importer.scoring import report
from tracker.importer.services import ImportSaveError, draft_from_text, save_draft
from tracker.seeding import SEED_DIR, load_agencies
from tracker.tasks.models import Task

from .factories import make_agency, make_user

LONG_AN = SEED_DIR / "long-an-6880-ubnd-vhxh-2020.txt"
VINH_LONG = SEED_DIR / "vinh-long-06-ct-ubnd-2018.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = date(2020, 11, 13)


def _counts(db):
    return tuple(db.session.scalar(select(func.count()).select_from(m)) for m in (Agency, Directive, Task))


@pytest.fixture
def long_an(db):
    load_agencies(SEED_DIR / "long-an-6880-ubnd-vhxh-2020.toml")
    db.session.commit()
    return db.session.scalar(select(Agency).where(Agency.code == "long-an"))


@pytest.fixture
def office(long_an, login):
    user = make_user(Role.PROVINCIAL_OFFICE, long_an, username="vanphong")
    return login(user)


# ------------------------------------------------------------------------------------ drafting
def test_long_an_draft_gives_bhxh_its_17_november_deadline():
    draft = parse_text(LONG_AN.read_text(encoding="utf-8"))
    assert (draft.symbol, draft.issued_on, draft.kind) == ("6880/UBND-VHXH", date(2020, 11, 12), "công văn")
    assert draft.signer == {"name": "Phạm Tấn Hòa", "capacity": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH"}
    dated = [t for t in draft.tasks if t.due_on]
    assert [(t.clause, t.lead_agency, t.due_on, t.due_text) for t in dated] == [
        ("3", "Bảo hiểm xã hội tỉnh", date(2020, 11, 17), "Chậm nhất ngày 17/11/2020")
    ]
    groups = {t.lead_agency for t in draft.tasks if t.group}
    assert "Ủy ban nhân dân huyện, thị xã, thành phố" in groups


def test_vinh_long_draft_keeps_the_yearly_list_and_the_quarterly_funds():
    draft = parse_text(VINH_LONG.read_text(encoding="utf-8"))
    cycles = {(t.clause, t.recurrence) for t in draft.tasks if t.recurrence}
    assert ("10 ý 3", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1") in cycles
    assert ("8 ý 2", "FREQ=MONTHLY;INTERVAL=3") in cycles


def test_cli_dry_run_prints_annotation_json(runner):
    result = runner.invoke(args=["directives", "import", str(LONG_AN), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "Bảo hiểm xã hội tỉnh" in result.output  # not \\u-escaped
    data = json.loads(result.output)
    assert list(data) == ["kind", "symbol", "issued_on", "place", "issuer", "subject", "signer", "recipients",
                          "references", "tasks"]
    assert list(data["tasks"][0]) == list(TASK_KEYS)
    assert data["issued_on"] == "2020-11-12" and data["tasks"][-1]["due_on"] == "2020-11-17"


def test_cli_import_saves_with_new_agencies_for_an_unregistered_province(runner, db):
    result = runner.invoke(args=["directives", "import", str(VINH_LONG), "--create-agencies"])
    assert result.exit_code == 0, result.output
    directive = db.session.scalar(select(Directive))
    assert directive.symbol == "06/CT-UBND" and directive.issuer.name == "Ủy ban nhân dân tỉnh Vĩnh Long"
    quarterly = next(t for t in directive.tasks if t.clause == "8 ý 2")
    assert quarterly.recurrence == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"
    assert quarterly.recurrence_starts_on == date(2018, 6, 1)
    assert quarterly.occurrences[0].due_on == date(2018, 6, 30)


def test_a_group_of_cooperating_agencies_is_saved_as_its_members(long_an, db):
    # "Bảo hiểm xã hội tỉnh, Cục Thống kê phối hợp với các sở, ngành tỉnh …": the group stands for the
    # departments of the province's tree, as a group lead does when the officer splits it.
    draft = draft_from_text(LONG_AN.read_text(encoding="utf-8"))
    first = next(t for t in draft.tasks if t.clause == "1")
    assert first.cooperating_agencies == ["Các sở, ngành tỉnh"]
    directive = save_draft(draft, province=long_an, create_missing=True, today=TODAY)
    task = next(t for t in directive.tasks if t.clause == "1")
    departments = {a.name for a in long_an.children if a.kind is AgencyKind.DEPARTMENT}
    cooperating = {a.name for a in task.cooperating_agencies}
    assert "Sở Tài chính tỉnh Long An" in cooperating and cooperating <= departments


def test_a_clause_for_a_ministry_is_informational():
    draft = parse_text((FIXTURES / "dong-thap-tb-2023.txt").read_text(encoding="utf-8"))
    ministry = [t for t in draft.tasks if t.lead_agency == "Bộ Giao thông vận tải"]
    assert len(ministry) == 1 and ministry[0].informational
    assert not any(t.informational for t in draft.tasks if t is not ministry[0])


def test_every_kind_the_importer_drafts_is_a_kind_a_directive_may_have():
    assert {name.lower() for name in DIRECTIVE_KINDS} == {kind.value for kind in DirectiveKind}


def test_an_urgent_order_is_saved_as_a_cong_dien(long_an, db):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 7/CĐ-UBND\nLong An, ngày 02 tháng 10 năm 2020\n\nCÔNG ĐIỆN\n"
        "Về việc chủ động ứng phó với bão số 7\n\n"
        "1. Sở Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra các hồ chứa, báo cáo trước ngày 05/10/2020.\n"
    )
    draft = draft_from_text(text)
    assert draft.kind == "công điện"
    directive = save_draft(draft, province=long_an, create_missing=True, today=TODAY)
    assert directive.kind is DirectiveKind.CONG_DIEN and directive.symbol == "7/CĐ-UBND"


def test_a_document_of_another_province_is_not_saved_into_the_office_tree(long_an, db):
    draft = draft_from_text(VINH_LONG.read_text(encoding="utf-8"))
    with pytest.raises(ImportSaveError, match="không thuộc Ủy ban nhân dân tỉnh Long An"):
        save_draft(draft, province=long_an, create_missing=True, today=TODAY)


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds the given ASCII lines."""
    stream = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def test_a_pdf_with_a_text_layer_is_read_and_a_scan_is_refused():
    text = read_upload("cong-van.pdf", _pdf(["So: 12/UBND-VX", "1. Giao So Y te thuc hien truoc ngay 15/12/2025."]))
    assert "12/UBND-VX" in text and "15/12/2025" in text
    with pytest.raises(ImportInputError, match="không có lớp văn bản"):
        read_upload("ban-quet.pdf", _pdf([]))


# ------------------------------------------------------------------------------------ bad input
TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: letters with their vowel marks (â, ơ, ư ...), tones as combining characters."""
    out = bytearray()
    for base, marks in re.findall(r"(.)([\u0300-\u036f]*)", unicodedata.normalize("NFD", text), re.S):
        vowel_marks = "".join(m for m in marks if m not in TONES)
        tones = "".join(m for m in marks if m in TONES)
        out += unicodedata.normalize("NFC", base + vowel_marks).encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


# "Sở Y tế chủ trì, phối hợp với các đơn vị" in TCVN3 (ABC), as an old font-encoded file has it.
TCVN3 = "Së Y tÕ chñ tr×, phèi hîp víi c¸c ®¬n vÞ thùc hiÖn cña tØnh ngµy 12 th¸ng 11 n¨m 2020. ".encode("cp1252") * 20


def test_other_encodings_are_decoded_when_they_can_be_told():
    text = LONG_AN.read_text(encoding="utf-8")
    for data in (text.encode("utf-16"), text.encode("utf-16-le"), _cp1258(text)):
        decoded = read_upload("cong-van.txt", data)
        assert "Chậm nhất ngày 17/11/2020" in unicodedata.normalize("NFC", decoded)


@pytest.mark.parametrize(
    "filename, data, message",
    [
        ("trong.txt", b"", "Tệp rỗng"),
        ("trong.txt", b"   \n\n  ", "Tệp rỗng"),
        ("gia.docx", bytes(range(256)) * 40, "không phải tài liệu Word"),
        ("hong.docx", b"PK\x03\x04" + b"\x00" * 400, "bị hỏng"),
        ("lon.txt", ("Sở Y tế thực hiện. " * 1_200_000).encode(), "Tệp quá lớn"),
        ("cu.txt", TCVN3, "bảng mã cũ"),
        ("anh.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "không được hỗ trợ"),
        ("nhi-phan.txt", bytes(range(1, 32)) * 200, "không phải văn bản"),
    ],
)
def test_bad_files_are_refused_in_vietnamese(filename, data, message):
    with pytest.raises(ImportInputError, match=message):
        read_upload(filename, data)


@pytest.mark.parametrize(
    "filename, data, message",
    [
        ("trong.txt", b"", "Tệp rỗng"),
        ("gia.docx", bytes(range(256)) * 40, "không phải tài liệu Word"),
        ("cu.txt", TCVN3, "bảng mã cũ"),
        ("utf16-hong.txt", b"\xff\xfe" + b"\x00\xd8" * 10, "UTF-16"),
    ],
)
def test_bad_uploads_show_a_message_and_create_nothing(office, db, filename, data, message):
    before = _counts(db)
    response = office.post("/van-ban/nhap/", data={"document": (io.BytesIO(data), filename)},
                           content_type="multipart/form-data")
    assert response.status_code == 400
    assert message in response.text
    assert _counts(db) == before


def test_a_20_mb_upload_is_refused_in_vietnamese(office, db):
    before = _counts(db)
    data = ("Sở Y tế thực hiện nhiệm vụ. " * 700_000).encode()  # ≈ 20 MB
    response = office.post("/van-ban/nhap/", data={"document": (io.BytesIO(data), "lon.txt")},
                           content_type="multipart/form-data")
    assert response.status_code == 413 and "quá lớn" in response.text
    assert _counts(db) == before


def test_an_empty_paste_is_refused(office, db):
    response = office.post("/van-ban/nhap/", data={"text": "   "})
    assert response.status_code == 400 and "Văn bản rỗng" in response.text


def test_a_docx_upload_is_read(office):
    from docx import Document

    document = Document()
    for line in LONG_AN.read_text(encoding="utf-8").replace("**", "").split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    response = office.post("/van-ban/nhap/", data={"document": (io.BytesIO(buffer.getvalue()), "6880.docx")},
                           content_type="multipart/form-data")
    assert response.status_code == 200
    assert "6880/UBND-VHXH" in response.text and response.text.count('class="draft-task') == 6


# ------------------------------------------------------------------------------------ review
def _form_fields(html: str) -> dict[str, str]:
    """The values a browser would post back from the review form."""
    fields: dict[str, str] = {}
    for tag in re.finditer(r"<input ([^>]*)>", html):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', tag.group(1)))
        if "name" not in attrs or attrs.get("type") == "submit":
            continue
        if attrs.get("type") == "checkbox":
            if "checked" in tag.group(1):
                fields[attrs["name"]] = "y"
            continue
        fields[attrs["name"]] = _unescape(attrs.get("value", ""))
    for m in re.finditer(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        fields[m.group(1)] = _unescape(m.group(2).lstrip("\r\n"))
    for m in re.finditer(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.search(r'<option selected value="([^"]*)"|<option value="([^"]*)" selected', m.group(2))
        fields[m.group(1)] = (chosen.group(1) or chosen.group(2)) if chosen else ""
    return fields


def _unescape(value: str) -> str:
    import html

    return html.unescape(value)


def _review(office, text):
    response = office.post("/van-ban/nhap/", data={"text": text})
    assert response.status_code == 200, response.text
    return _form_fields(response.text)


def test_nothing_is_written_while_reviewing(office, db):
    before = _counts(db)
    fields = _review(office, LONG_AN.read_text(encoding="utf-8"))
    for action in ("split:0", "merge:1", "drop:0", "add", "expand:2"):
        response = office.post("/van-ban/nhap/xem-lai", data={**fields, "action": action})
        assert response.status_code == 200
        fields = _form_fields(response.text)
    assert _counts(db) == before


def test_a_group_expands_into_the_districts_of_the_tree(office):
    fields = _review(office, LONG_AN.read_text(encoding="utf-8"))
    group = next(i for i in range(10) if fields[f"tasks-{i}-lead_agency"] == "Ủy ban nhân dân huyện, thị xã, thành phố")
    response = office.post("/van-ban/nhap/xem-lai", data={**fields, "action": f"expand:{group}"})
    expanded = _form_fields(response.text)
    leads = [expanded[f"tasks-{i}-lead_agency"] for i in range(30) if f"tasks-{i}-lead_agency" in expanded]
    assert len(leads) == 6 - 1 + 15
    assert "Ủy ban nhân dân huyện Đức Hòa" in leads


def test_split_merge_drop_and_add(office):
    fields = _review(office, VINH_LONG.read_text(encoding="utf-8"))
    count = lambda f: sum(1 for k in f if k.endswith("-clause") and k.startswith("tasks-"))  # noqa: E731
    total = count(fields)
    split = _form_fields(office.post("/van-ban/nhap/xem-lai", data={**fields, "action": "split:0"}).text)
    assert count(split) == total + 2  # three bullets
    merged = _form_fields(office.post("/van-ban/nhap/xem-lai", data={**split, "action": "merge:1"}).text)
    assert count(merged) == total + 1 and "Đẩy mạnh tuyên truyền" in merged["tasks-0-text"]
    dropped = _form_fields(office.post("/van-ban/nhap/xem-lai", data={**merged, "action": "drop:0"}).text)
    assert count(dropped) == total
    added = _form_fields(office.post("/van-ban/nhap/xem-lai", data={**dropped, "action": "add"}).text)
    assert count(added) == total + 1 and added[f"tasks-{total}-lead_agency"] == ""


def test_saving_creates_the_directive_and_its_tasks_at_once(office, db, frozen_day):
    frozen_day(TODAY)
    fields = _review(office, LONG_AN.read_text(encoding="utf-8"))
    fields["tasks-0-summary"] = "Phân tích chênh lệch số liệu BHYT (đã sửa)"
    refused = office.post("/van-ban/nhap/xem-lai", data={**fields, "action": "save"})
    assert refused.status_code == 400 and "chưa có trong hệ thống" in refused.text
    assert db.session.scalar(select(func.count()).select_from(Directive)) == 0
    saved = office.post("/van-ban/nhap/xem-lai", data={**fields, "action": "save", "create_missing": "y"})
    assert saved.status_code == 302
    directive = db.session.scalar(select(Directive))
    assert directive.symbol == "6880/UBND-VHXH" and len(directive.tasks) == 6
    assert directive.tasks[0].summary == "Phân tích chênh lệch số liệu BHYT (đã sửa)"
    bhxh = [t for t in directive.tasks if t.lead_agency.code == "long-an/bhxh" and t.due_on == date(2020, 11, 17)]
    assert len(bhxh) == 1 and bhxh[0].occurrences[0].due_on == date(2020, 11, 17)


def test_a_tampered_source_is_refused(office, db):
    fields = _review(office, LONG_AN.read_text(encoding="utf-8"))
    response = office.post("/van-ban/nhap/xem-lai", data={**fields, "source": "gia-mao", "action": "save"})
    assert response.status_code == 302
    assert db.session.scalar(select(func.count()).select_from(Directive)) == 0


def test_a_failed_save_writes_nothing(long_an, db):
    draft = draft_from_text(LONG_AN.read_text(encoding="utf-8"))
    draft.tasks[-1].recurrence = "FREQ=SOMETIMES"
    before = _counts(db)
    with pytest.raises(ImportSaveError, match="chu kỳ"):
        save_draft(draft, province=long_an, create_missing=True, today=TODAY)
    db.session.rollback()
    assert _counts(db) == before


def test_only_the_provincial_office_and_admins_import(long_an, client, login, db):
    head = make_user(Role.AGENCY_HEAD, make_agency("Sở Y tế", parent=long_an), username="truongphong")
    db.session.commit()
    login(head)
    assert client.get("/van-ban/nhap/").status_code == 403
    assert client.post("/van-ban/nhap/", data={"text": "1. Sở Y tế thực hiện."}).status_code == 403


# ------------------------------------------------------------------------------------ scoring
def test_scoring_prints_the_table(runner):
    result = runner.invoke(args=["directives", "score"])
    assert result.exit_code == 0, result.output
    assert "| document | tasks (gold/draft) | precision | recall | lead | cooperating F1 | deadline+cycle | metadata |" in result.output
    for name in ("an-giang-ct-2017", "bac-giang-882-cv-tu-2017", "long-an-6880-ubnd-vhxh-2020",
                 "vinh-long-06-ct-ubnd-2018", "ha-giang-183-kh-ubnd-2013", "quang-ninh-kh-2025", "**overall**"):
        assert name in result.output
    figures = [float(x) for x in re.findall(r"\| (\d\.\d\d)", result.output)]
    assert figures and all(0.0 <= f <= 1.0 for f in figures)


def test_a_saved_scoring_run_shows_which_documents_moved_since(runner, tmp_path):
    saved = tmp_path / "before.json"
    result = runner.invoke(args=["directives", "score", "--save", str(saved)])
    assert result.exit_code == 0, result.output
    before = json.loads(saved.read_text(encoding="utf-8"))
    assert before["an-giang-ct-2017"]["section"] == "seeds" and before["quang-ninh-kh-2025"]["section"] == "unseen-style"
    matched = {name: before[name]["matched"] for name in ("an-giang-ct-2017", "long-an-6880-ubnd-vhxh-2020")}
    assert all(matched.values())
    # As if the earlier parser had matched one more of An Giang's tasks and one fewer of Long An's.
    before["an-giang-ct-2017"]["matched"] += 1
    before["long-an-6880-ubnd-vhxh-2020"]["matched"] -= 1
    before["a-document-since-removed"] = dict(before["an-giang-ct-2017"])
    saved.write_text(json.dumps(before), encoding="utf-8")

    result = runner.invoke(args=["directives", "score", "--against", str(saved)])

    assert result.exit_code == 0, result.output
    a, b = matched["an-giang-ct-2017"], matched["long-an-6880-ubnd-vhxh-2020"]
    assert f"WORSE an-giang-ct-2017: matched {a + 1} → {a}" in result.output
    assert f"better long-an-6880-ubnd-vhxh-2020: matched {b - 1} → {b}" in result.output
    assert "a-document-since-removed" not in result.output
    assert f"{len(before) - 1} documents in both runs: 1 better, 1 worse" in result.output


def test_the_report_lists_misses_when_asked():
    assert report(verbose=True).count("**overall**") == 2


def test_held_out_directives_are_scored_only_where_their_texts_are(tmp_path):
    import json

    from tracker.importer.scoring import score_directory

    assert "real directives" not in report(heldout=tmp_path)  # CI: the third-party texts are absent
    gold_dir, texts = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir()
    texts.mkdir()
    gold = {"split": "held back", "score_metadata": False, "tasks": [
        {"clause": "1", "lead_agency": "Sở Y tế", "due_on": "2026-04-15"}]}
    (gold_dir / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    (gold_dir / "b.json").write_text(json.dumps(gold), encoding="utf-8")  # no text: left out
    (texts / "a.txt").write_text("UBND tỉnh có ý kiến như sau:\nGiao Sở Y tế rà soát; hoàn thành trước ngày 15/4/2026./.\n",
                                 encoding="utf-8")
    scores, total = score_directory(gold_dir, texts, "held back")
    assert [s.name for s in scores] == ["a"]
    assert total.figures()["recall"] == 1.0 and total.metadata_fields == 0
    assert score_directory(gold_dir, texts, "studied")[0] == []


def test_every_held_out_gold_file_is_in_a_split_the_scoring_reads():
    from tracker.importer.draft import from_annotation
    from tracker.importer.scoring import HELDOUT_DIR, HELDOUT_SPLITS

    # A gold with no task is allowed: a page that assigns nothing scores the drafts the parser should not make.
    golds = sorted(HELDOUT_DIR.glob("*.json"))
    assert golds
    for path in golds:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["split"] in HELDOUT_SPLITS, f"{path.name}: raise LAST_ROUND for {data['split']!r}"
        assert all(task.lead_agency for task in from_annotation(data).tasks), path.name
