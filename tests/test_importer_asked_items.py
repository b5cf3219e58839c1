"""Items a heading or a request gives to named bodies (study 133), each form with an invented text:
a heading with the bodies' remit said with "căn cứ", a heading charging its bodies with "the following
tasks", and a request after a purpose phrase over lettered items."""

from .importer_texts import plan_tasks as _tasks

REMIT_HEADING = """1. Sở Tài chính, Sở Xây dựng căn cứ chức năng, nhiệm vụ, quyền hạn được giao:
a) Rà soát các dự án chậm giải ngân, hoàn thành trong tháng 4 năm 2026.
b) Tăng cường kiểm tra việc sử dụng vốn đầu tư công.
"""


def test_a_heading_naming_bodies_and_their_remit_with_can_cu_gives_them_its_items():
    # the dated item apart; the only item left keeps its own label (assembly's rule for a lone point)
    assert sorted(_tasks(REMIT_HEADING)) == [
        ("1.a", "Sở Tài chính", "2026-04-30"), ("1.a", "Sở Xây dựng", "2026-04-30"),
        ("1.b", "Sở Tài chính", None), ("1.b", "Sở Xây dựng", None)]


CHARGE_HEADING = """1. Ủy ban nhân dân các xã, phường theo chức năng, nhiệm vụ được giao, tập trung chỉ đạo, tổ chức thực hiện các nhiệm vụ, giải pháp trọng tâm sau:
a) Hoàn thành cấp giấy chứng nhận quyền sử dụng đất tồn đọng trước ngày 15 tháng 5 năm 2026.
b) Duy trì vệ sinh môi trường tại các chợ, khu dân cư.
"""


def test_a_heading_charging_its_bodies_with_the_following_tasks_gives_them_its_items():
    assert _tasks(CHARGE_HEADING) == [
        ("1.a", "Ủy ban nhân dân xã, phường", "2026-05-15"), ("1.b", "Ủy ban nhân dân xã, phường", None)]


ASKED_ITEMS = """1. Nhiệm vụ trọng tâm quý II năm 2026
Tình hình thời tiết còn diễn biến phức tạp, ảnh hưởng đến sản xuất nông nghiệp.
Để hoàn thành kế hoạch sản xuất vụ hè thu, bảo đảm an ninh lương thực; Ủy ban nhân dân tỉnh yêu cầu Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc Sở Công Thương tập trung chỉ đạo những nội dung sau:
a) Theo dõi chặt chẽ diễn biến thời tiết, hướng dẫn nông dân gieo trồng đúng khung lịch thời vụ.
b) Hoàn thành kiểm tra chất lượng giống, phân bón trước ngày 20 tháng 4 năm 2026.
c) Đẩy mạnh tiêu thụ nông sản cho nông dân.
"""


def test_lettered_items_under_a_request_after_a_purpose_are_the_asked_bodies_bullets():
    # one task per body asked, the dated item apart; not a task per item, nor none
    assert sorted(_tasks(ASKED_ITEMS)) == [
        ("1", "Sở Công Thương", None), ("1", "Sở Nông nghiệp và Môi trường", None),
        ("1.b", "Sở Công Thương", "2026-04-20"), ("1.b", "Sở Nông nghiệp và Môi trường", "2026-04-20")]
