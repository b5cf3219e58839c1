"""Forms of the import: the document to read, and the draft under review (every field editable)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import BooleanField, FieldList, Form, FormField, HiddenField, StringField, TextAreaField
from wtforms.fields import SelectChoice
from wtforms.validators import Length, Optional

from ..directives.models import DirectiveKind
from ..forms import ManyChoicesField, VietnameseDateField, VietnameseSelectField
from .draft import Draft, DraftTask


class SourceForm(FlaskForm):
    """A pasted text or an uploaded file."""

    text = TextAreaField("Dán nội dung văn bản", validators=[Optional()])
    document = FileField("hoặc chọn tệp (.txt, .docx, .pdf)")


class TaskRowForm(Form):
    """One draft task; a plain Form because it lives inside the review form's FieldList."""

    clause = StringField("Mục", validators=[Length(max=40, message="Mục tối đa 40 ký tự.")])
    lead_agency = StringField("Cơ quan chủ trì (theo văn bản)")
    lead_id = ManyChoicesField("Cơ quan trong hệ thống", choices=[], validate_choice=False)
    cooperating = StringField("Cơ quan phối hợp (cách nhau bởi dấu ;)")
    summary = StringField("Tóm tắt", validators=[Length(max=500, message="Tóm tắt tối đa 500 ký tự.")])
    text = TextAreaField("Nội dung")
    due_on = VietnameseDateField("Hạn (dd/mm/yyyy)")
    recurrence = StringField("Chu kỳ (RRULE)")
    due_text = StringField("Cụm từ cho hạn")
    target = StringField("Chỉ tiêu")
    informational = BooleanField("Chỉ để biết (cơ quan ngoài tỉnh)")
    lead_kind = HiddenField()
    group = HiddenField()
    lead_source = HiddenField()


class ReviewForm(FlaskForm):
    """The whole draft: metadata, tasks, and whether to register agencies the tree lacks."""

    source = HiddenField()
    kind = VietnameseSelectField("Loại văn bản", choices=[SelectChoice(k.value, k.label) for k in DirectiveKind])
    symbol = StringField("Số, ký hiệu", validators=[Length(max=60, message="Số, ký hiệu tối đa 60 ký tự.")])
    issued_on = VietnameseDateField("Ngày ban hành (dd/mm/yyyy)")
    place = StringField("Địa danh")
    province = StringField("Tỉnh")
    issuer = StringField("Cơ quan ban hành")
    subject = TextAreaField("Trích yếu")
    signer_name = StringField("Người ký")
    signer_capacity = StringField("Thẩm quyền ký")
    signer_title = StringField("Chức vụ người ký")
    recipients = TextAreaField("Nơi nhận (mỗi dòng một cơ quan)")
    references = TextAreaField("Văn bản được dẫn (mỗi dòng một văn bản)")
    create_missing = BooleanField("Tạo các cơ quan chưa có trong hệ thống")
    tasks = FieldList(FormField(TaskRowForm))


def review_data(draft: Draft, source: str) -> dict:
    """The form data that shows a draft."""
    return {
        "source": source, "kind": draft.kind, "symbol": draft.symbol or "", "issued_on": draft.issued_on,
        "place": draft.place or "", "province": draft.province or "", "issuer": draft.issuer or "",
        "subject": draft.subject, "signer_name": draft.signer.get("name") or "",
        "signer_capacity": draft.signer.get("capacity") or "", "signer_title": draft.signer.get("title") or "",
        "recipients": "\n".join(draft.recipients), "references": "\n".join(draft.references),
        "tasks": [_task_data(task) for task in draft.tasks],
    }


def _task_data(task: DraftTask) -> dict:
    return {
        "clause": task.clause, "lead_agency": task.lead_agency, "lead_id": str(task.agency_id or ""),
        "cooperating": "; ".join(task.cooperating_agencies), "summary": task.summary, "text": task.text,
        "due_on": task.due_on, "recurrence": task.recurrence or "", "due_text": task.due_text or "",
        "target": task.target or "", "informational": task.informational, "lead_kind": task.lead_kind,
        "group": "1" if task.group else "", "lead_source": task.lead_source,
    }


def draft_of(form: ReviewForm, full_text: str) -> Draft:
    """The draft as the officer edited it, with the agency picked for each task."""
    tasks = []
    for entry in form.tasks:
        row = entry.form
        tasks.append(DraftTask(
            clause=row.clause.data.strip(), lead_agency=row.lead_agency.data.strip(), summary=row.summary.data.strip(),
            cooperating_agencies=[n.strip() for n in (row.cooperating.data or "").split(";") if n.strip()],
            due_on=row.due_on.data, recurrence=(row.recurrence.data or "").strip().upper() or None,
            due_text=(row.due_text.data or "").strip() or None, target=(row.target.data or "").strip() or None,
            informational=row.informational.data, text=(row.text.data or "").strip(),
            lead_kind=row.lead_kind.data or "other", group=row.group.data == "1", lead_source=row.lead_source.data or "",
            agency_id=int(row.lead_id.data) if (row.lead_id.data or "").isdigit() else None,
        ))
    lines = lambda value: [line.strip() for line in (value or "").splitlines() if line.strip()]  # noqa: E731
    draft = Draft(
        kind=form.kind.data, symbol=form.symbol.data.strip() or None, issued_on=form.issued_on.data,
        place=form.place.data.strip() or None, issuer=form.issuer.data.strip() or None,
        province=form.province.data.strip() or None, subject=(form.subject.data or "").strip(),
        signer={"name": form.signer_name.data.strip() or None, "capacity": form.signer_capacity.data.strip() or None,
                "title": form.signer_title.data.strip() or None},
        recipients=lines(form.recipients.data), references=lines(form.references.data), tasks=tasks, full_text=full_text,
    )
    return draft
