"""Exports read back cell by cell (openpyxl) and line by line (csv), and the periodic report."""

import csv
import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from .scenes import TODAY, build_scene


@pytest.fixture
def scene(db, frozen_day):
    frozen_day(TODAY)
    return build_scene()


def test_overdue_list_to_xlsx_with_real_cells(scene, client, login):
    login(scene.office)
    response = client.get("/bao-cao/nhiem-vu.xlsx?state=qua-han")
    assert response.status_code == 200
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert 'filename="nhiem-vu-2020-11-20.xlsx"' in response.headers["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.data))["Nhiệm vụ"]
    assert sheet["A1"].value == "DANH SÁCH NHIỆM VỤ (số liệu tính đến ngày 20/11/2020)"
    assert [cell.value for cell in sheet[2]] == [
        "Văn bản", "Mục", "Nhiệm vụ", "Kỳ", "Cơ quan chủ trì", "Hạn hoàn thành", "Trạng thái", "Số ngày quá hạn",
        "Ngày hoàn thành", "Ngày cập nhật gần nhất", "Nội dung cập nhật gần nhất",
    ]
    assert [cell.value for cell in sheet[3]] == [
        "100/UBND-VX", "8", "Báo cáo tháng về BHYT hộ gia đình", "Tháng 11/2020", "UBND huyện Đức Hòa",
        datetime(2020, 11, 10), "Quá hạn", 10, None, None, None,
    ]
    assert [cell.value for cell in sheet[4]] == [
        "6880/UBND-VHXH", "3", "Tổng hợp, báo cáo UBND tỉnh", None, "BHXH tỉnh", datetime(2020, 11, 17), "Quá hạn", 3,
        None, datetime(2020, 11, 15), "Chờ số liệu của các huyện, chưa tổng hợp được.",
    ]
    assert sheet.max_row == 4
    assert sheet["F3"].is_date and sheet["F3"].number_format == "DD/MM/YYYY"
    assert isinstance(sheet["H3"].value, int)
    assert sheet.column_dimensions["C"].width == 60 and sheet.column_dimensions["F"].width == 14
    assert sheet.freeze_panes == "A3"


def test_task_list_to_csv_with_bom(scene, client, login):
    login(scene.office)
    response = client.get(f"/bao-cao/nhiem-vu.csv?agency={scene.bhxh.id}")
    assert response.data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Văn bản", "Mục", "Nhiệm vụ"]
    assert [(row[2], row[5], row[6], row[8]) for row in rows[1:]] == [
        ("Thu hồi nợ đọng BHXH", "13/11/2020", "Hoàn thành đúng hạn", "11/11/2020"),
        ("Đối chiếu số liệu người tham gia", "16/11/2020", "Hoàn thành quá hạn", "19/11/2020"),
        ("Tổng hợp, báo cáo UBND tỉnh", "17/11/2020", "Quá hạn", ""),
    ]


def test_league_table_to_xlsx_and_csv(scene, client, login):
    login(scene.office)
    sheet = load_workbook(io.BytesIO(client.get("/bao-cao/xep-hang.xlsx?sort=ten&order=tang").data)).active
    assert [cell.value for cell in sheet[2]] == [
        "Cơ quan", "Được giao", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Quá hạn", "Đang thực hiện (còn hạn)",
        "Tỷ lệ đúng hạn",
    ]
    assert [[cell.value for cell in row] for row in sheet.iter_rows(min_row=3)] == [
        ["BHXH tỉnh", 3, 1, 1, 1, 0, pytest.approx(1 / 3)],
        ["Sở Y tế", 4, 1, 2, 0, 1, pytest.approx(1 / 3)],
        ["UBND huyện Đức Hòa", 6, 1, 0, 1, 4, 0.5],
    ]
    assert sheet["G3"].number_format == "0.0%"
    text = client.get("/bao-cao/xep-hang.csv?sort=ten&order=tang").data.decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text)))[3] == ["UBND huyện Đức Hòa", "6", "1", "0", "1", "4", "50.0%"]


def test_an_export_in_another_format_is_not_found(scene, client, login):
    login(scene.office)
    for path in ("/bao-cao/nhiem-vu.pdf", "/bao-cao/xep-hang.docx"):
        response = client.get(path)
        assert response.status_code == 404 and "Không tìm thấy" in response.text


def test_periodic_report_of_an_agency_for_november(scene, client, login):
    login(scene.office)
    query = f"agency={scene.bhxh.id}&due_from=01/11/2020&due_to=30/11/2020"
    page = client.get(f"/bao-cao/dinh-ky?{query}").text
    assert "Báo cáo tình hình thực hiện nhiệm vụ" in page and "BẢO HIỂM XÃ HỘI TỈNH LONG AN" in page
    assert "từ ngày 01/11/2020 đến ngày 30/11/2020" in page
    on_time = page.split('class="list report-on_time"')[1].split("</table>")[0]
    late = page.split('class="list report-late"')[1].split("</table>")[0]
    overdue = page.split('class="list report-overdue"')[1].split("</table>")[0]
    assert "Thu hồi nợ đọng BHXH" in on_time and "Đối chiếu số liệu người tham gia" in late
    assert "Tổng hợp, báo cáo UBND tỉnh" in overdue and "Chờ số liệu của các huyện" in overdue
    assert 'class="list report-open"' not in page

    book = load_workbook(io.BytesIO(client.get(f"/bao-cao/dinh-ky.xlsx?{query}").data))
    assert book.sheetnames == ["Tổng hợp", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện", "Quá hạn"]
    summary = book["Tổng hợp"]
    assert summary["A1"].value == "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"
    assert summary["A2"].value == "Cơ quan: Bảo hiểm xã hội tỉnh Long An"
    assert [[cell.value for cell in row] for row in summary.iter_rows(min_row=5)] == [
        ["Nhiệm vụ hoàn thành đúng hạn", 1], ["Nhiệm vụ hoàn thành quá hạn", 1],
        ["Nhiệm vụ đang thực hiện, còn hạn", 0], ["Nhiệm vụ quá hạn chưa hoàn thành", 1],
        ["Tổng số", 3], ["Tỷ lệ hoàn thành đúng hạn (%)", 33.3],
    ]
    late_sheet = book["Quá hạn"]
    assert late_sheet["A1"].value == "Nhiệm vụ quá hạn chưa hoàn thành"
    assert [cell.value for cell in late_sheet[3]] == [
        "6880/UBND-VHXH", "3", "Tổng hợp, báo cáo UBND tỉnh", None, "BHXH tỉnh", datetime(2020, 11, 17), None, 3,
        "Chờ số liệu của các huyện, chưa tổng hợp được.", datetime(2020, 11, 15),
    ]


def test_periodic_report_of_a_past_month_is_as_it_stood_then(scene, client, login):
    from tracker.dashboard.services import View
    from tracker.reports.periodic import periodic_report
    from tracker.tasks.queries import OccurrenceFilters

    view = View(filters=OccurrenceFilters(), today=TODAY, soon_days=7)
    report = periodic_report(scene.office, scene.province, date(2020, 10, 1), date(2020, 10, 31), view)
    assert report.day == date(2020, 10, 31)
    assert [row.period for row in report.sections["on_time"]] == ["Tháng 10/2020"]
    assert [row.summary for row in report.sections["open"]] == ["Tuyên truyền thường xuyên về BHYT"]
    assert report.sections["late"] == [] and report.sections["overdue"] == []


def test_periodic_report_asks_for_an_agency(scene, client, login):
    login(scene.admin)
    page = client.get("/bao-cao/dinh-ky").text
    assert "Vui lòng chọn cơ quan cần báo cáo." in page
    assert client.get("/bao-cao/dinh-ky.xlsx").status_code == 400


def test_task_list_links_to_the_export_of_the_same_filters(scene, client, login):
    login(scene.office)
    page = client.get(f"/nhiem-vu/?agency={scene.bhxh.id}&state=qua-han&page=1").text
    assert f"/bao-cao/nhiem-vu.xlsx?agency={scene.bhxh.id}&amp;state=qua-han" in page
    rows = list(csv.reader(io.StringIO(client.get(f"/bao-cao/nhiem-vu.csv?agency={scene.bhxh.id}&state=qua-han")
                                       .data.decode("utf-8-sig"))))
    assert [row[2] for row in rows[1:]] == ["Tổng hợp, báo cáo UBND tỉnh"]
