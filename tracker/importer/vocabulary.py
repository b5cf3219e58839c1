"""The names Vietnamese documents give agencies: departments of both eras, bodies, groups.

Each entry is (canonical name, agency kind, folded patterns). Patterns are regular expressions
over folded text (lower case, no diacritics; see text.fold). Nothing here is tied to one
province: these are the names every province uses.
"""

from __future__ import annotations

import re

# Provincial departments, before and after the 2025 mergers, with their usual abbreviations.
DEPARTMENTS: list[tuple[str, list[str]]] = [
    ("Sở Lao động - Thương binh và Xã hội", [r"lao dong\s*[-–,]?\s*thuong binh\s*(?:va|&)\s*xa hoi", r"lao dong\s*[-–,]?\s*tb\s*(?:&|va)\s*xh", r"ld\s*-?\s*tb\s*(?:&|va)?\s*xh", r"ldtbxh", r"ld-tbxh", r"lao dong\s*-\s*tbxh"]),
    ("Sở Kế hoạch và Đầu tư", [r"ke hoach\s*(?:va|&)\s*(?:dau tu|dt\b)", r"kh\s*(?:&|-|va)?\s*dt\b", r"khdt"]),
    ("Sở Giáo dục và Đào tạo", [r"giao duc\s*(?:va|&)\s*(?:dao tao|dt\b)", r"gd\s*(?:&|-|va)?\s*dt\b", r"gddt"]),
    ("Sở Khoa học và Công nghệ", [r"khoa hoc\s*(?:va|&)\s*(?:cong nghe|cn\b)", r"kh\s*(?:&|-|va)?\s*cn\b", r"khcn"]),
    ("Sở Nông nghiệp và Phát triển nông thôn", [r"nong nghiep\s*(?:va|&)\s*(?:phat trien nong thon|ptnt\b)", r"nn\s*(?:&|-|va)?\s*ptnt", r"nnptnt"]),
    ("Sở Nông nghiệp và Môi trường", [r"nong nghiep\s*(?:va|&)\s*(?:moi truong|mt\b)", r"nn\s*(?:&|-|va)?\s*mt\b", r"nnmt"]),
    ("Sở Tài nguyên và Môi trường", [r"tai nguyen\s*(?:va|&)\s*(?:moi truong|mt\b)", r"tn\s*(?:&|-|va)?\s*mt\b", r"tnmt"]),
    ("Sở Thông tin và Truyền thông", [r"thong tin\s*(?:va|&)\s*(?:truyen thong|tt\b)", r"tt\s*(?:&|-|va)\s*tt\b", r"tttt"]),
    ("Sở Văn hóa, Thể thao và Du lịch", [r"van hoa\s*[,\-–]?\s*the thao\s*(?:va|&)?\s*du lich", r"vh\s*,?\s*-?\s*tt\s*(?:&|va|-)\s*dl", r"vhttdl"]),
    # The name some provinces kept while information stayed with culture (before the 2008 split, and
    # where it was merged back): "Sở Văn hóa, Thông tin, Thể thao và Du lịch", one name across its commas.
    ("Sở Văn hóa, Thông tin, Thể thao và Du lịch", [r"van hoa\s*[,\-–]\s*thong tin\s*[,\-–]\s*the thao\s*(?:va|&)\s*du lich"]),
    ("Sở Văn hóa và Thể thao", [r"van hoa\s*(?:va|&)\s*the thao(?!\s*(?:va|&)\s*du lich)"]),
    ("Sở Giao thông vận tải", [r"giao thong\s*(?:-\s*)?van tai", r"gtvt"]),
    ("Sở Dân tộc và Tôn giáo", [r"dan toc\s*(?:va|&)\s*ton giao"]),
    ("Sở Quy hoạch - Kiến trúc", [r"quy hoach\s*[-–]\s*kien truc", r"qh\s*[-–]?\s*kt\b"]),
    # The land department of 1994–2003, before Tài nguyên và Môi trường took its work.
    ("Sở Địa chính", [r"dia chinh(?!\s*[-–]\s*nha dat)"]),
    ("Sở Tài chính", [r"tai chinh"]),
    ("Sở Y tế", [r"y te"]),
    ("Sở Nội vụ", [r"noi vu"]),
    ("Sở Tư pháp", [r"tu phap"]),
    ("Sở Công Thương", [r"cong thuong"]),
    ("Sở Xây dựng", [r"xay dung"]),
    ("Sở Ngoại vụ", [r"ngoai vu"]),
    ("Sở Du lịch", [r"du lich"]),
    # A department one city set up on its own (Thành phố Hồ Chí Minh's, on food safety).
    ("Sở An toàn thực phẩm", [r"an toan thuc pham"]),
]

# Named bodies other than departments: (canonical name, kind, folded patterns).
BODIES: list[tuple[str, str, list[str]]] = [
    ("Văn phòng Ủy ban nhân dân tỉnh", "department", [r"van phong (?:uy ban nhan dan|ubnd) tinh"]),
    ("Văn phòng Tỉnh ủy", "party_committee", [r"van phong tinh uy"]),
    ("Tỉnh ủy", "party_committee", [r"(?:thuong truc |ban thuong vu |ban chap hanh dang bo )?tinh uy"]),
    ("Ban cán sự đảng Ủy ban nhân dân tỉnh", "party_committee", [r"ban can su dang (?:uy ban nhan dan|ubnd)(?: tinh)?"]),
    ("Đảng đoàn Hội đồng nhân dân tỉnh", "party_committee", [r"dang doan (?:hoi dong nhan dan|hdnd)(?: tinh)?"]),
    ("Hội đồng nhân dân tỉnh", "other", [r"(?:thuong truc )?(?:hoi dong nhan dan|hdnd) tinh"]),
    # The Front's central committee, as a central document names it ("Đề nghị Trung ương Mặt trận Tổ quốc").
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "mass_organisation", [
        r"(?:(?:uy ban|ub)\s*)?trung uong\s+(?:mat tran to quoc|mttq)(?: viet nam)?"]),
    # "Mặt trận Tổ quốc Việt Nam tại địa phương": the Front's local committees, the same body's name.
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "mass_organisation", [
        # "MTTQVN", "UBMTTQVN": the Front's initials written with those of "Việt Nam" run on.
        r"(?:uy ban|ub)\s*(?:mat tran to quoc|mttq(?:\s*vn)?)(?: viet nam)?(?: tinh| (?:tai|o) dia phuong)?",
        r"ubmttq(?:\s*vn| viet nam)?(?: tinh)?", r"mat tran to quoc(?: viet nam)?(?: tinh| (?:tai|o) dia phuong)?"]),
    ("Liên đoàn Lao động tỉnh", "mass_organisation", [r"lien doan lao dong(?: tinh)?", r"ldld(?: tinh)?"]),
    # A centrally-run city's youth union; not "trở thành đoàn viên", "thành đoàn kết".
    ("Thành Đoàn", "mass_organisation", [r"thanh doan(?! vien| ket| the)"]),
    # Mass organisations are often named short: "Đoàn Thanh niên", "Hội Phụ nữ".
    # "Tỉnh đoàn" is the common name of the province's Đoàn Thanh niên Cộng sản Hồ Chí Minh.
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "mass_organisation", [
        r"doan thanh nien(?: cong san)?(?: ho chi minh)?(?: tinh)?", r"doan tncs(?: ho chi minh)?(?: tinh)?", r"tinh doan"]),
    ("Hội Liên hiệp Phụ nữ tỉnh", "mass_organisation", [r"hoi lien hiep phu nu(?: tinh)?", r"hoi lhpn(?: tinh)?",
                                                      r"hoi phu nu(?: tinh)?"]),
    ("Hội Nông dân tỉnh", "mass_organisation", [r"hoi nong dan(?: tinh)?"]),
    ("Hội Cựu chiến binh tỉnh", "mass_organisation", [r"hoi cuu chien binh(?: tinh)?"]),
    # The province's medical assessment council (under its Sở Y tế), named in disability and war-victim work.
    ("Hội đồng Giám định y khoa tỉnh", "other", [r"hoi dong giam dinh y khoa(?: tinh)?"]),
    # Bodies every province has, named with their level; "hiệp hội doanh nghiệp" alone is any association.
    ("Liên minh Hợp tác xã tỉnh", "mass_organisation", [r"lien minh (?:hop tac xa|htx)(?: tinh)?"]),
    ("Hiệp hội Doanh nghiệp tỉnh", "mass_organisation", [r"hiep hoi doanh nghiep tinh"]),
    ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "mass_organisation", [
        r"lien hiep (?:cac )?hoi khoa hoc (?:va|&) ky thuat(?: tinh)?", r"lien hiep hoi khkt(?: tinh)?"]),
    ("Cổng Thông tin điện tử tỉnh", "press", [r"cong thong tin dien tu tinh"]),
    ("Đài Phát thanh - Truyền hình tỉnh", "press", [
        r"dai phat thanh\s*(?:-|va)?\s*truyen hinh(?: tinh)?", r"dai pt\s*-?\s*th(?: tinh)?", r"dai ptth(?: tinh)?"]),
    ("Báo và Phát thanh, Truyền hình tỉnh", "press", [r"bao va phat thanh\s*,?\s*truyen hinh(?: tinh)?"]),
    ("Bộ Tư lệnh Thành phố", "other", [r"bo tu lenh (?:thanh pho|thu do)"]),
    ("Đài Khí tượng Thủy văn tỉnh", "central_office", [r"dai khi tuong thuy van(?: tinh)?"]),
    ("Cục Thuế tỉnh", "central_office", [r"cuc thue(?: tinh)?"]),
    # The provincial tax body since the 2025 reorganisation: "Thuế tỉnh X", "Thuế thành phố X".
    ("Thuế tỉnh", "central_office", [r"(?<!cuc )(?<!nop )(?<!tien )thue (?:tinh|thanh pho)"]),
    ("Cục Thống kê tỉnh", "central_office", [r"cuc thong ke(?: tinh)?"]),
    ("Cục Hải quan tỉnh", "central_office", [r"cuc hai quan(?: tinh)?"]),
    ("Kho bạc Nhà nước tỉnh", "central_office", [r"kho bac nha nuoc(?: tinh)?"]),
    ("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "central_office", [r"ngan hang chinh sach xa hoi(?: chi nhanh)?(?: tinh)?"]),
    # The central bank itself, as a central document names it; its branches follow.
    ("Ngân hàng Nhà nước Việt Nam", "central", [r"ngan hang nha nuoc viet nam(?!\s*[-–]?\s*chi nhanh)"]),
    ("Ngân hàng Nhà nước chi nhánh tỉnh", "central_office", [r"ngan hang nha nuoc(?: viet nam)?(?: chi nhanh)?(?: tinh)?"]),
    # "Công an TPHCM": a city's police by the city's short name (its level read in names._body).
    ("Công an tỉnh", "other", [r"cong an tinh", r"cong an thanh pho", r"cong an(?=\s+(?:tp\.?\s*hcm|tphcm|tp\.\s*[a-z]))"]),
    # A district's culture office and centre, named without their level in its own letters.
    ("Phòng Văn hóa và Thông tin", "district", [r"phong van hoa\s*(?:va|-|–|&)\s*thong tin(?!\s*(?:va|-|–|,)\s*(?:the thao|du lich))"
                                                 r"(?!\s+(?:huyen|quan|thi xa|thanh pho|cac)\b)"]),
    ("Trung tâm Văn hóa - Thông tin và Thể thao", "other", [
        r"trung tam van hoa\s*(?:,|-|–)?\s*thong tin\s*(?:va|-|–|,)\s*the thao(?!\s+(?:huyen|quan|thi xa|thanh pho|tinh|cac)\b)"]),
    ("Bộ Chỉ huy Quân sự tỉnh", "other", [r"bo chi huy quan su(?: tinh)?"]),
    # The province's procuracy and court, asked ("Đề nghị …") to help as bodies outside the UBND.
    ("Viện kiểm sát nhân dân tỉnh", "other", [r"vien kiem sat nhan dan (?:tinh|thanh pho)"]),
    ("Tòa án nhân dân tỉnh", "other", [r"toa an nhan dan (?:tinh|thanh pho)"]),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "other", [r"bo chi huy bo doi bien phong(?: tinh)?"]),
    ("Thanh tra tỉnh", "department", [r"thanh tra tinh", r"thanh tra thanh pho"]),
    # The Government's committee for ethnic affairs (not a province's Ban Dân tộc).
    ("Ủy ban Dân tộc", "central", [r"uy ban dan toc(?! (?:tinh|huyen))"]),
    ("Ban Dân tộc tỉnh", "department", [r"ban dan toc(?: tinh)?"]),
    ("Ban Quản lý các khu công nghiệp", "department", [r"ban quan ly (?:cac )?khu cong nghiep(?: tinh)?"]),
    # A city's boards of its export-processing and industrial zones and of its high-tech park, and the one
    # board a city gives both its high-tech parks and industrial zones ("… các khu công nghệ cao và khu công nghiệp").
    ("Ban Quản lý các khu chế xuất và công nghiệp", "department", [
        r"ban quan ly (?:cac )?khu che xuat\s*(?:va|[-–,])\s*(?:khu )?cong nghiep(?: thanh pho| tinh)?"]),
    ("Ban Quản lý các khu công nghệ cao và khu công nghiệp", "department", [
        r"ban quan ly (?:cac )?khu cong nghe cao\s*(?:va|[-–,])\s*(?:cac )?(?:khu )?cong nghiep(?: thanh pho| tinh)?"]),
    ("Ban Quản lý Khu công nghệ cao", "department", [r"ban quan ly (?:cac )?khu cong nghe cao(?: thanh pho| tinh)?"]),
    ("Ban Quản lý Khu kinh tế tỉnh", "department", [r"ban quan ly (?:cac )?khu kinh te(?: tinh)?"]),
    ("Ban Vì sự tiến bộ của phụ nữ tỉnh", "other", [r"ban vi su tien bo (?:cua )?phu nu(?: tinh)?"]),
    ("Bảo hiểm xã hội Việt Nam", "central", [r"(?:bao hiem xa hoi|bhxh) viet nam"]),
    # Ministries with no department of their name in a province, and the Government's office.
    ("Bộ Công an", "central", [r"bo cong an"]),
    ("Bộ Quốc phòng", "central", [r"bo quoc phong"]),
    ("Bộ Ngoại giao", "central", [r"bo ngoai giao"]),
    ("Văn phòng Chính phủ", "central", [r"van phong chinh phu"]),
    # Bodies of the Government named by their head as often as by themselves ("Tổng Thanh tra Chính phủ",
    # "Chánh Văn phòng Ban chỉ đạo …"), and the state news agency.
    ("Thanh tra Chính phủ", "central", [r"(?:tong )?thanh tra chinh phu"]),
    ("Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia", "central",
     [r"(?:chanh )?van phong ban chi dao phong thu dan su quoc gia"]),
    ("Thông tấn xã Việt Nam", "press", [r"thong tan xa viet nam"]),
    ("Chính phủ", "central", [r"thu tuong chinh phu", r"chinh phu"]),
    ("Trung ương", "central", [r"trung uong"]),
]

# Roles in a programme ("chủ trì, quản lý, tham gia thực hiện") and its parts ("dự án, tiểu dự án, …").
_ROLE = r"(?:chu tri|quan ly|tham gia(?:\s+thuc hien)?|thuc hien)"
_ROLES = rf"{_ROLE}(?:\s*(?:,|va)\s*{_ROLE})+"
_PART = r"(?:du an|tieu du an|noi dung thanh phan)"
_PROGRAMME_PARTS = rf"{_PART}(?:\s*(?:,|va)\s*{_PART})*"

# A party committee of some level, as "trực thuộc …" names the one a group belongs to.
_PARTY_COMMITTEE = r"(?:tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy(?:\s+(?:xa|phuong|thi tran|dac khu|co so))?)"

# The places below a commune, listed: "thôn, xóm", "thôn, tổ dân phố", "khu dân cư".
_HAMLET = r"(?:thon|xom|ban|ap|to dan pho|khu dan cu|khu pho)"
_HAMLETS = rf"{_HAMLET}(?:\s*(?:,|va|-|/)?\s*{_HAMLET})*"

# Groups named but not listed: (kind of member, folded pattern). The name is kept as written.
GROUPS: list[tuple[str, str]] = [
    # "… của tỉnh", "… của Thành phố": the level written with "của", part of the group's name as without it.
    # "Các sở, ban, ngành khác" (those not named before, as a heading gives them the rest of the work) is the
    # same group, "khác" part of its name (whether it helps, cooperating_groups tells).
    ("department", r"(?:cac\s+)?so\s*,\s*ban\s*,?\s*nganh(?:\s*,\s*(?:doan the|dia phuong|hoi|to chuc|co quan|don vi))*(?:\s+(?:cap tinh|(?:cua\s+)?tinh|(?:cua\s+)?thanh pho|(?:truc )?thuoc (?:(?:uy ban nhan dan|ubnd) )?(?:tinh|thanh pho)|co lien quan|lien quan|khac))*"),
    # "Các sở, ngành, đơn vị": the units beside the departments are theirs, one group ("… đơn vị có liên
    # quan" stays the departments with a catch-all after them, unless the province bounds them all: "… đơn vị
    # liên quan của tỉnh" is the province's own bodies concerned, one group).
    ("department", r"(?:cac\s+)?so\s*,?\s*nganh(?:\s*,\s*(?:doan the|don vi(?!\s+(?:co\s+)?lien quan(?!\s+cua\s+(?:tinh|thanh pho)\b))))*"
                   r"(?:\s+(?:(?:cua\s+)?tinh|(?:cua\s+)?thanh pho|co lien quan|lien quan|khac))*"),
    # The departments qualified by their part in a national programme: "các Sở, ngành chủ trì, quản lý, tham
    # gia thực hiện các dự án, tiểu dự án, nội dung thành phần thuộc Chương trình" is one group's name.
    ("department", rf"(?:cac\s+)?so\s*,\s*(?:ban\s*,?\s*)?nganh\s+{_ROLES}\s+(?:cac\s+)?{_PROGRAMME_PARTS}"
                   r"(?:\s+thuoc\s+(?:cac\s+)?chuong trinh)?"),
    ("party_committee", r"(?:cac\s+)?(?:huyen uy|thanh uy|thi uy|dang uy)(?:\s*,\s*(?:huyen uy|thanh uy|thi uy|dang uy))+(?:\s+truc thuoc(?: tinh uy)?)?"),
    ("party_committee", r"cac (?:huyen uy|thanh uy|thi uy|dang uy)(?:\s+truc thuoc(?: tinh uy)?)?"),
    # "Các cấp ủy Đảng": the party committees of every level, a group (not the catch-all "các cấp").
    ("party_committee", rf"cac cap uy(?:\s+dang)?(?:\s+truc thuoc(?:\s+{_PARTY_COMMITTEE})?)?"),
    # Party documents address the committees and the organisations under them together: "các cấp ủy, tổ
    # chức đảng", "cấp ủy, tổ chức đảng các cấp", "các tổ chức cơ sở đảng": one group, every level's.
    # The same address goes on with the localities and bodies the committees lead ("các cấp ủy, tổ chức đảng,
    # địa phương, cơ quan, đơn vị"): the whole system a Party committee directs, still one group.
    ("party_committee", r"(?:cac\s+)?cap uy(?:\s+dang)?\s*(?:,|va)\s*(?:cac\s+)?to chuc (?:co so\s+)?dang(?:\s+(?:cac cap|truc thuoc))?"
                        r"(?:\s*,\s*(?:cac\s+)?dia phuong\s*,\s*co quan\s*,\s*don vi(?!\s+(?:co\s+)?lien quan))?"),
    ("party_committee", r"cac to chuc (?:co so\s+)?dang(?:\s+(?:cac cap|truc thuoc))?"),
    # "Cấp ủy cấp trên (trực tiếp)": the committee over each grassroots organisation, a rule of the Party's
    # statute that every such committee answers for the one below it.
    ("party_committee", r"cap uy cap tren(?:\s+truc tiep)?"),
    # The party's cells and grassroots committees a district's party committee addresses: "cấp ủy các chi
    # bộ, đảng bộ cơ sở", "các chi bộ, đảng bộ trực thuộc (Huyện ủy)": one group, by their committees; the
    # committee they belong to, written after "trực thuộc", is part of the group's name.
    ("party_committee", rf"(?:cap uy\s+)?cac (?:chi bo|dang bo)(?:\s*(?:,|va)\s*(?:chi bo|dang bo))*"
                        rf"(?:\s+(?:co so|truc thuoc(?:\s+{_PARTY_COMMITTEE})?))?"),
    # The party's groups in the state and the Front: "các Đảng đoàn, Ban cán sự đảng (trực thuộc Tỉnh ủy)",
    # named together as the bodies a provincial committee directs.
    ("party_committee", rf"(?:cac\s+)?(?:dang doan\s*,\s*ban can su dang|ban can su dang\s*,\s*dang doan)"
                        rf"(?:\s+(?:truc )?thuoc\s+{_PARTY_COMMITTEE})?"),
    # "Các Ban Xây dựng Đảng (Tỉnh ủy)": the party committee's boards (organisation, propaganda, inspection
    # …) by their collective name, a group of bodies, not the catch-all "các ban".
    ("party_committee", r"cac ban xay dung dang(?:\s+(?:tinh uy|thanh uy|huyen uy|dang uy))?"),
    # The ministries and branches of the Government, as a central document names them: "các Bộ, ngành liên
    # quan", "các Bộ, ngành, địa phương và đơn vị", "các Bộ, cơ quan ngang Bộ", "các bộ, ban, ngành khác" (those not
    # named above, a group still: the ministries and the Party's or the Front's central boards).
    ("central", r"(?:cac\s+)?bo\s*,\s*(?:ban\s*,\s*)?(?:nganh|co quan(?: ngang bo)?)(?:\s*,\s*(?:nganh|co quan(?: (?:truc )?thuoc chinh phu|(?!\s*,\s*(?:to chuc|don vi)))"
                r"|dia phuong|don vi)|\s+va\s+(?:dia phuong|don vi|co quan(?: (?:truc )?thuoc chinh phu)?))*"
                r"(?:\s+(?:trung uong|chuc nang|co lien quan|lien quan|khac))*"),
    # The same group by its heads, as the Prime Minister addresses them: "Bộ trưởng, Thủ trưởng cơ quan
    # ngang bộ, (Thủ trưởng) cơ quan thuộc Chính phủ" are the ministries and agencies, not persons.
    ("central", r"(?:cac\s+)?bo truong(?:\s+cac\s+bo)?\s*,\s*thu truong\s+(?:cac\s+)?co quan ngang bo"
                r"(?:\s*(?:,|va)\s*(?:thu truong\s+)?(?:cac\s+)?co quan (?:truc )?thuoc chinh phu)?"),
    # "Các bộ" alone (not "các bộ, ngành"): every ministry, as an annex's lead cell names them or a conclusion asks them ("Các bộ khẩn trương …").
    ("central", r"cac bo(?!\s*,\s*(?:ban\s*,\s*)?(?:nganh|co quan))(?=\s*[,;.]|\s+(?:o|va|khan truong|chu dong|tiep tuc)\b|\s*$)"),
    # "Các sở" alone, as "Giám đốc các Sở, Thủ trưởng các ngành …" names them: every department. Not the
    # first words of "các sở, ban, ngành", even with each part's head between ("Giám đốc các sở, Trưởng các
    # ban, ngành"): that is the one group of them all.
    ("department", r"cac so(?!\s*,\s*(?:ban|nganh|co quan|don vi|doan the))(?!\s*,\s*(?:thu truong|truong|lanh dao)\s+(?:cac\s+)?ban\b)"
                   r"(?=\s*[,;.]|\s+va\b|\s*$)"),
    # Bodies bounded by their level ("các ngành, cơ quan cấp tỉnh", "các cơ quan, đơn vị cấp tỉnh"): a
    # definite set, one group, not the catch-all its first words would be.
    ("other", r"cac (?:nganh|co quan|don vi)(?:\s*,\s*(?:ban\s*,?\s*)?(?:nganh|co quan|don vi|doan the))*\s+cap (?:tinh|huyen)"),
    ("other", r"cac dia phuong"),
    # The central sectors' offices based in a province (tax, treasury, customs, statistics …): "các cơ quan
    # ngành dọc (Trung ương) đóng trên địa bàn (tỉnh)", a set the province names together, not a catch-all.
    ("other", r"(?:cac\s+)?(?:co quan|don vi)\s+nganh doc(?:\s+trung uong)?(?:\s+(?:dong|dat))?(?:\s+tren dia ban(?:\s+(?:tinh|thanh pho))?)?"),
    # "Các ban, ngành, đoàn thể (cấp huyện)": a level's Party boards, state branches and unions, the political
    # system of that level as Party and local documents address it, a definite set as "các sở, ban, ngành" is.
    ("other", r"cac ban\s*,?\s*nganh\s*,\s*doan the(?:\s+(?:cap (?:tinh|huyen|xa)|tinh|huyen|xa(?! hoi))|(?!\s*,|\s+(?:co\s+)?lien quan))"),
    # Hospitals and clinics as one group: "cơ sở khám bệnh, chữa bệnh" (a plan's health facilities).
    ("other", r"(?:cac\s+)?co so kham(?: benh)?\s*,\s*chua benh(?:\s+bao hiem y te)?"),
    # "Các tổ chức thành viên của MTTQ xã", "… của Mặt trận": the Front's member organisations, a group, not a catch-all.
    ("mass_organisation", r"cac to chuc thanh vien(?: cua)?\s+(?:(?:uy ban|ub)\s+)?(?:mat tran(?: to quoc)?|mttq)(?: viet nam| vn)?"
                          r"(?:\s+(?:tinh|huyen|xa|phuong|dac khu|cac cap))?"),
    # The Front's committees in the hamlets: "Ban công tác Mặt trận (ở) các thôn, tổ dân phố", "Ban công tác
    # Mặt trận thôn xóm": one in every hamlet, a group (the hamlet's own name would follow in capitals).
    ("mass_organisation", r"(?:cac\s+)?ban cong tac mat tran(?:\s+(?:o|tai))?(?:\s+cac)?\s+" + _HAMLETS),
    ("mass_organisation", r"(?:cac\s+)?to chuc chinh tri\s*[-–]?\s*xa hoi(?: tinh)?"),
    ("mass_organisation", r"(?:cac\s+)?to chuc doan the(?: tinh)?"),
    # "Các đoàn thể chính trị - xã hội": the unions by the kind the Constitution gives them, the same group.
    ("mass_organisation", r"cac (?:hoi,\s*)?doan the(?:\s+chinh tri\s*[-–]\s*xa hoi)?(?:\s*,\s*(?:cac\s+)?(?:to chuc (?:chinh tri\s*[-–]?\s*)?xa hoi|hoi))*(?: tinh| huyen| thi xa| xa(?! hoi)| phuong)?"),
    ("other", r"cac trung tam y te(?:\s+(?:tuyen huyen|khu vuc|cac huyen|huyen|xa))*"),
    ("school", r"cac truong dai hoc(?:\s*,\s*(?:cao dang|trung hoc chuyen nghiep|trung cap)[\w ]*?)*(?: tren dia ban tinh)?(?=[,;:.)]|$|\s+(?:va|thuc hien|tuyen truyen|tang cuong|chu dong|phoi hop)\b)"),
    # "các cơ quan báo chí Trung ương, địa phương, quân đội": the press of every level named; "… đóng
    # trên địa bàn (tỉnh)": the press of every level based in the province, a group of its own.
    ("press", r"cac co quan (?:(?:thong tan|truyen thong)\s*,\s*)?bao chi(?: tinh| trung uong)?(?:\s*,\s*(?:trung uong|dia phuong|quan doi)\b)*"
              r"(?:\s+dong tren dia ban(?: tinh)?)?"),
    # "Các cơ quan thông tin, truyền thông của tỉnh": the province's press and information bodies, one group.
    ("press", r"cac co quan (?:thong tin\s*(?:,|va)\s*)?truyen thong(?:\s+(?:cua\s+)?(?:tinh|thanh pho))?"),
    # A Sở Giáo dục's schools by their levels ("các trường mầm non, phổ thông", "các trường tiểu học và trung học cơ
    # sở") and its vocational and continuing-education centres ("các trung tâm GDNN-GDTX"): groups of units.
    ("school", r"cac truong (?:mam non|tieu hoc|trung hoc co so|trung hoc pho thong|pho thong)(?:\s*(?:,|va)\s*(?:mam non|tieu hoc"
               r"|trung hoc co so|trung hoc pho thong|pho thong))*(?:\s+(?:tren dia ban(?: tinh)?|truc thuoc))?"),
    ("school", r"cac trung tam (?:giao duc nghe nghiep\s*[-–]\s*giao duc thuong xuyen|gdnn\s*[-–]\s*gdtx)(?:\s+(?:cac huyen|huyen))?"),
    # The universities as the plans of 2025 name them: "các cơ sở đào tạo đại học(, sau đại học)".
    ("school", r"cac co so dao tao dai hoc(?:\s*,\s*sau dai hoc)?"),
    # A city's state-owned corporations and companies: "các Tổng công ty, công ty, đơn vị trực thuộc Thành phố".
    ("other", r"(?:cac\s+)?tong cong ty\s*,\s*cong ty(?:\s*,\s*(?:cac\s+)?don vi)?(?:\s+(?:truc )?thuoc"
              r"(?:\s+(?:uy ban nhan dan |ubnd )?(?:tinh|thanh pho))?)?"),
    # Bodies named by the role given them in projects: "các đơn vị được giao nhiệm vụ Chủ đầu tư, Bên mời thầu".
    # Bodies named by the powers handed to them: "các đơn vị được phân cấp, ủy quyền" (those a merged
    # province's earlier acts left in charge), a definite set, not the catch-all "các đơn vị".
    ("other", r"cac (?:co quan\s*,\s*)?don vi duoc (?:phan cap|uy quyen)(?:\s*(?:,|va)\s*(?:phan cap|uy quyen))?"),
    # Named by the role a plan gave them, "các cơ quan, đơn vị chủ trì (thực hiện) nhiệm vụ": a set, not a catch-all.
    ("other", r"cac (?:co quan\s*,\s*)?(?:co quan|don vi) (?:duoc giao\s+)?chu tri(?:\s+thuc hien)?\s+(?:cac\s+)?nhiem vu(?:\s+duoc giao)?"),
    ("other", r"(?:cac\s+)?don vi duoc giao (?:lam|nhiem vu|la)\s+(?:chu dau tu|ben moi thau)(?:\s*,\s*(?:chu dau tu|ben moi thau))*"
              r"(?:\s+du an(?:\s+dau thau)?(?:\s+lua chon nha (?:dau tu|thau))?)?"),
    # The province's own bodies as the law groups them: "các cơ quan chuyên môn (, cơ quan hành chính khác)
    # thuộc UBND tỉnh" are its departments; "các đơn vị sự nghiệp công lập trực thuộc UBND tỉnh" its units.
    # The Law's pair "cơ quan chuyên môn, cơ quan hành chính khác" names them even when "thuộc UBND …"
    # comes after a further group of the list.
    ("department", r"(?:cac\s+)?co quan chuyen mon(?:\s*,\s*(?:cac\s+)?co quan hanh chinh khac(?:\s+(?:truc )?thuoc\s+"
                   r"(?:uy ban nhan(?: dan)?|ubnd)\s+(?:tinh|thanh pho))?|\s+(?:truc )?thuoc\s+(?:uy ban nhan(?: dan)?|ubnd)\s+(?:tinh|thanh pho))"),
    ("other", r"(?:cac\s+)?don vi su nghiep cong lap\s+(?:truc )?thuoc\s+(?:uy ban nhan(?: dan)?|ubnd)\s+(?:tinh|thanh pho)"),
    # A commune's hamlet heads, addressed together ("các (ông) xóm trưởng", "các trưởng thôn", "trưởng các
    # bản"): no state body, but those who carry out the commune's orders, one group.
    ("other", r"cac\s+(?:ong\s+|ba\s+)?(?:(?:xom|thon|ban|ap) truong|truong (?:thon|xom|ban|ap))"),
    ("other", r"truong cac (?:thon|xom|ban|ap)(?:\s*(?:,|va)\s*(?:thon|xom|ban|ap|to dan pho))*"),
    ("other", r"cac ban (?:quan ly du an|qlda)(?: dau tu xay dung)?(?:\s*(?:,|va)?\s*(?:chuyen nganh|khu vuc|cap tinh|tinh))*"),
]

# Catch-alls: recognised so that a list of subjects reads through them, but never a task.
CATCH_ALLS = [
    r"(?:cac\s+)?so\s*,\s*ban\s*,?\s*nganh(?:\s*,\s*(?:doan the|dia phuong))*(?:\s*,\s*(?:to chuc|co quan|don vi))+(?:\s+(?:co lien quan|lien quan))",
    r"(?:cac\s+)?chu dau tu",
    # "các địa phương" alone is the localities as a group (a central document's provinces), not a catch-all.
    # "các ban, ngành, đoàn thể" (with no "có liên quan") is a group of the political system (GROUPS), not a catch-all.
    r"(?:cac|nhung)\s+(?!ban\s*,?\s*nganh\s*,\s*doan the\b(?!\s*,|\s+(?:co\s+)?lien quan))(?!dia phuong\b(?!\s*,|\s+(?:co lien quan|lien quan|tren dia ban)))(?:co quan|don vi|to chuc|dia phuong|nganh|cap|ban)(?:\s*,\s*(?:co quan|don vi|to chuc|dia phuong|nganh|doan the|ca nhan))*(?:\s+(?:thanh vien|chuc nang|co lien quan|lien quan|truc thuoc|tren dia ban(?: tinh)?))*",
    r"(?:co quan|don vi),\s*(?:don vi|to chuc|dia phuong)(?:\s+(?:co lien quan|lien quan))?",
    # A body's own working parts: "các bộ phận (chuyên môn)", never named one by one.
    r"cac bo phan(?:\s+chuyen mon)?",
    r"he thong truyen thanh co so",
    # The recipient addressed politely ("Đề nghị Quý cơ quan …"): who it is, the Kính gửi line says.
    r"quy (?:co quan|don vi|so|bo|uy ban)",
]

# Office holders named instead of their body ("Chủ tịch UBND huyện" → UBND huyện).
HOLDERS = (r"(?:nguoi dung dau|pho chu tich|chu tich|tong giam doc|pho giam doc|giam doc|thu truong|lanh dao|truong ban|bo truong|tong cuc truong"
           r"|cuc truong|vu truong|chi cuc truong|chanh van phong|chi huy truong|vien truong|hieu truong"
           r"|truong phong|chu nhiem|bi thu|tu lenh|thong doc|truong)")

# What a body is told to do, right after its name: "X có trách nhiệm …", "X chủ trì …", "X có văn bản đề nghị …".
DIRECTIVE_VERB = re.compile(
    r"\s*(?:can\s+|phai\s+|tiep tuc\s+|khan truong\s+|chu dong\s+)*(?:co trach nhiem|co nhiem vu|chiu trach nhiem(?! truoc)|chu tri|phoi hop"
    r"|to chuc|trien khai|bao cao|tham muu|co van ban|chi dao|huong dan|kiem tra|ra soat|xay dung|thuc hien|tong hop"
    r"|de xuat|theo doi|don doc|nghien cuu|cung cap|bo tri|hoan thanh|giam sat|tuyen truyen|quan triet|cap nhat|lap"
    r"|trinh|gui|tang cuong|day manh|khan truong|chu dong|ho tro|van dong|huy dong|phan bo|phe duyet|ban hanh|cong bo"
    r"|doi chieu|su dung|tap trung)\b"
)

# The issuer giving its view before its instructions: "Chủ tịch UBND tỉnh có ý kiến (chỉ đạo) (như sau): …".
GIVING_VIEW = r"co y kien(?:\s+chi dao)?(?:\s+nhu sau)?\s*:\s*"
