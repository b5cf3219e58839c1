"""Central offices named by region since 2025 (round 11's and round 24's study), on invented text:
the name is kept whole with its region, not read as the province's branch."""

from tracker.importer.names import find_mentions


def test_regional_offices_keep_their_region():
    text = ("Đề nghị Kho bạc Nhà nước khu vực IX, Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực 5, "
            "Chi cục Hải quan khu vực VII, Chi cục Thuế khu vực 2 và Kiểm toán nhà nước khu vực III phối hợp.")
    names = [m.name for m in find_mentions(text)]
    assert names == ["Kho bạc Nhà nước khu vực IX", "Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực 5",
                     "Chi cục Hải quan khu vực VII", "Chi cục Thuế khu vực 2", "Kiểm toán nhà nước khu vực III"]


def test_a_provincial_branch_without_region_is_unchanged():
    assert [m.name for m in find_mentions("Kho bạc Nhà nước tỉnh kiểm soát chi.")] == ["Kho bạc Nhà nước tỉnh"]
