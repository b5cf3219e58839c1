"""Bodies named as the two-tier local government and merged provinces write them: an office of a special
zone, a city's own department, units named by the powers handed to them, a city or zone that gives work."""

from tracker.importer.draft import to_annotation
from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t["clause"], t["lead_agency"]) for t in to_annotation(parse_text(text))["tasks"]]


def test_an_office_of_a_special_zone_is_named_with_its_level():
    text = ("Theo báo cáo, trên địa bàn có 40 tàu cá chưa đăng kiểm.\n\n"
            "Nhằm đẩy nhanh việc sửa chữa kè biển trước mùa mưa, Ủy ban nhân dân đặc khu Lý Sơn đã giao "
            "Phòng Xây dựng đặc khu: Rà soát các đoạn kè bị sạt lở, lập phương án sửa chữa.")
    assert _tasks(text) == [("1", "Phòng Xây dựng đặc khu")]


def test_a_city_s_own_food_safety_department_is_read_whole():
    names = [m.name for m in find_mentions("Sở Y tế các tỉnh, thành phố và Sở An toàn thực phẩm tăng cường kiểm tra")]
    assert names == ["Sở Y tế các tỉnh, thành phố", "Sở An toàn thực phẩm"]


def test_units_named_by_the_powers_handed_to_them_are_a_group_a_city_gives_work():
    text = ("Quản lý chiếu sáng công cộng sau hợp nhất\n\n"
            "Theo đó, đối với phạm vi thuộc UBND tỉnh Bình Định (cũ), UBND thành phố giao các đơn vị được phân cấp, "
            "ủy quyền tiếp tục quản lý hệ thống chiếu sáng công cộng trên địa bàn.")
    assert _tasks(text) == [("1", "Các đơn vị được phân cấp, ủy quyền")]
