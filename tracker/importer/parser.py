"""The whole reading: text in, a Draft out (no database needed)."""

from __future__ import annotations

from dataclasses import asdict

from .addressed_members import addressed_members
from .addressees import asked_group_aliases, units_aliases
from .board_fields import board_fields
from .bylines import without_byline
from .campaign_periods import campaign_dated
from .cell_tables import split_cell_tables
from .clauses import split_body
from .closing_reports import with_closing_report
from .closing_requests import with_closing_request
from .commune import bare_own, commune_own, speaking_commune, without_own_promises
from .days_of_year import each_day
from .defined_abbreviations import written_out
from .department_offices import with_owner_named
from .department_places import department_places
from .draft import Draft
from .extract import extract_tasks
from .fragments import lead_aliases, lead_as_intro
from .glued_words import unglued
from .grid_tables import grid_tables_read
from .hamlet_own import hamlet_own
from .issuer_level import issuer_level, partners_at_lead_level
from .helper_lists import with_helper_lists
from .listed_departments import listed_departments
from .local_offices import district_office
from .markdown_escapes import without_escapes
from .markup import without_markup
from .metadata import Metadata, parse_metadata
from .opening_requests import with_opening_request
from .page_labels import relabel_page
from .page_year import earliest_day
from .pipe_tables import pipe_tables_as_tabs
from .province_word import province_word_named
from .qualified_members import qualified_members
from .reply_tail import asking_intro, plural_units, reply_joined
from .report_contents import one_report
from .roles import defined_aliases
from .run_on import split_run_on
from .site_records import signer_named, titled_subject, without_site_record
from .speaker_work import without_speaker_work
from .stated_period import period_dated
from .subject_lists import subject_lists_joined
from .tables import split_tables, tables_tasks
from .team_parts import teams_one_clause
from .text import clean
from .time_lines import with_time_lines_joined
from .titled_intro import under_titled_intro
from .truncated import without_cut_clause, without_cut_request
from .union_branches import with_union_named


def parse_text(text: str) -> Draft:
    """Draft a directive's metadata and tasks from its text."""
    # Task tables first: their cells are separated by tabs, which cleaning turns into spaces.
    # A text that lost its line breaks gets them back before anything reads its lines; a page's
    # HTML kept as stored is read as the text it shows.
    # A converter's grid table (a signature beside the recipients) is read a column after the other.
    text = without_escapes(grid_tables_read(without_markup(text.replace("\r\n", "\n").replace("\r", "\n"))))
    text = unglued(split_run_on(text))  # and the words a page ran together where its source broke a line
    # A law library's record of the document above its text is the site's: set apart, it fills in what the copy lost.
    text, record = without_site_record(text)
    prose, tables = split_tables(pipe_tables_as_tabs(text))
    # Then tables a PDF's text prints one cell per line, which only their header and numbers show; the
    # metadata still reads their words (a Thông tư the table cites is one of the references).
    lines_read, cell_tables = split_cell_tables(prose)
    tables += cell_tables
    text, meta = clean(text), parse_metadata(clean(prose))
    meta.signer = signer_named(meta.signer, record)
    meta.subject = meta.subject or titled_subject(prose, meta.symbol)
    with issuer_level(meta.issuer):  # a central issuer's bare names are the central bodies (issuer_level)
        return _body_read(text, lines_read, tables, meta)


def _body_read(text: str, lines_read: str, tables: list, meta: Metadata) -> Draft:
    """The tasks of a document whose metadata is read, in a Draft."""
    # A short name the text defines ("… (TCTD)") is read as the name it stands for.
    prose = written_out(clean(without_byline(lines_read)))
    prose = province_word_named(prose, meta.province, meta.issuer)  # "Tỉnh căn cứ …" in a notice about one province
    # The clauses, then what each page or letter layout changes in them.
    body = under_titled_intro(without_cut_request(without_cut_clause(split_body(prose), prose), prose), prose)
    body = with_time_lines_joined(body)  # "- Thành lập tổ …" then "Thời hạn hoàn thành: …": the bullet's time
    body = reply_joined(with_helper_lists(with_closing_report(with_closing_request(body))), prose)
    body = subject_lists_joined(with_opening_request(body, prose))
    asking = asking_intro(body)
    aliases = plural_units(units_aliases(defined_aliases(prose, meta.recipients), meta.recipients, asking)) \
        if meta.recipients else lead_aliases(prose)
    aliases = asked_group_aliases(aliases, asking)  # "Bộ X yêu cầu các cơ quan, đơn vị:", then "2. Các đơn vị …"
    # An undated page still dates its deadlines written without a year (page_year).
    dated = meta.issued_on or earliest_day(prose)
    tasks = extract_tasks(body, dated, meta.issuer, aliases)
    if (read_again := lead_as_intro(body, {task.clause_number for task in tasks})) is not None:
        body, tasks = read_again, extract_tasks(read_again, dated, meta.issuer, aliases)
    tasks = one_report(body, tasks, aliases, dated)  # "… đề nghị X báo cáo …, gồm các nội dung sau:": one report, not its headings
    # "trước ngày 01/6 và 15/11 hằng năm": one yearly task per day, before a page's report merges with its duty.
    tasks = each_day(tasks)
    tasks = relabel_page(body, campaign_dated(body, without_speaker_work(body, tasks), dated))
    tasks = period_dated(body, tasks, dated)  # "5. Thời gian thực hiện: Từ ngày … đến ngày …" closes the work above
    tasks = teams_one_clause(body, tasks)  # "Đoàn 1 phụ trách …. Đoàn 2 …": one decision's teams, one clause
    tasks += each_day(tables_tasks(tables, meta.issued_on))
    commune = speaking_commune([body.intro, meta.issuer or ""])
    tasks = without_own_promises(tasks, prose)
    tasks = bare_own(commune_own(tasks, commune), commune, [body.intro, meta.issuer or ""])
    tasks = district_office(with_union_named(hamlet_own(tasks, prose), prose), prose)
    tasks = addressed_members(tasks, prose)  # "gửi UBND các xã: A, B …", then "đề nghị UBND các xã …": A and B
    tasks = with_owner_named(tasks, prose)  # "các đơn vị trực thuộc sở": the department the text named before
    tasks = qualified_members(tasks, prose)  # "UBND các huyện trọng điểm" where "Trong đó: huyện A …; huyện B …" lists them
    tasks = listed_departments(tasks, prose)  # "Sở X các tỉnh: A, B", then "Các Sở X nêu trên": each listed department
    tasks = department_places(tasks, prose)  # "Sở GTVT Bình Dương" on a page that says "tỉnh Bình Dương"
    tasks = board_fields(tasks, prose)  # "các thành viên Ban chỉ đạo quận" on a page that names the board's field once
    tasks = partners_at_lead_level(tasks)  # "UBND các tỉnh phối hợp với Mặt trận Tổ quốc" in a central document
    return Draft(**asdict(meta), tasks=tasks, full_text=text)
