"""The names Vietnamese documents give agencies: departments of both eras, other bodies, office holders.

Each entry is (canonical name, agency kind, folded patterns). Patterns are regular expressions
over folded text (lower case, no diacritics; see text.fold). Nothing here is tied to one
province: these are the names every province uses.
"""

from __future__ import annotations

import re

# Provincial departments, before and after the 2025 mergers, with their usual abbreviations. A name that
# joins two fields with "và" is often written by the press without it, or with a dash ("Sở Nông nghiệp Phát
# triển Nông thôn", "Sở Tài nguyên - Môi trường"): the same department (the last variant of each such entry).
DEPARTMENTS: list[tuple[str, list[str]]] = [
    ("Sở Lao động - Thương binh và Xã hội", [r"lao dong\s*[-–,]?\s*thuong binh\s*(?:va|&)\s*xa hoi", r"lao dong\s*[-–,]?\s*tb\s*(?:&|va)\s*xh", r"ld\s*-?\s*tb\s*(?:&|va)?\s*xh", r"ldtbxh", r"ld-tbxh", r"lao dong\s*-\s*tbxh"]),
    ("Sở Kế hoạch và Đầu tư", [r"ke hoach\s*(?:va|&)\s*(?:dau tu|dt\b)", r"kh\s*(?:&|-|va)?\s*dt\b", r"khdt", r"ke hoach\s*[-–]?\s*dau tu\b"]),
    ("Sở Giáo dục và Đào tạo", [r"giao duc\s*(?:va|&)\s*(?:dao tao|dt\b)", r"gd\s*(?:&|-|va)?\s*dt\b", r"gddt", r"giao duc\s*[-–]?\s*dao tao\b"]),
    ("Sở Khoa học và Công nghệ", [r"khoa hoc\s*(?:va|&)\s*(?:cong nghe|cn\b)", r"kh\s*(?:&|-|va)?\s*cn\b", r"khcn", r"khoa hoc\s*[-–]?\s*cong nghe\b"]),
    ("Sở Nông nghiệp và Phát triển nông thôn", [r"nong nghiep\s*(?:va|&)\s*(?:phat trien nong thon|ptnt\b)", r"nn\s*(?:&|-|va)?\s*ptnt", r"nnptnt", r"nong nghiep\s*[-–,]?\s*phat trien nong thon\b"]),
    ("Sở Nông nghiệp và Môi trường", [r"nong nghiep\s*(?:va|&)\s*(?:moi truong|mt\b)", r"nn\s*(?:&|-|va)?\s*mt\b", r"nnmt"]),
    ("Sở Tài nguyên và Môi trường", [r"tai nguyen\s*(?:va|&)\s*(?:moi truong|mt\b)", r"tn\s*(?:&|-|va)?\s*mt\b", r"tnmt", r"tai nguyen\s*[-–]?\s*moi truong\b"]),
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
    # The national bodies a central decision asks to take part, next to the Front's central committee.
    ("Tổng Liên đoàn Lao động Việt Nam", "mass_organisation", [r"tong lien doan lao dong(?: viet nam)?"]),
    ("Phòng Thương mại và Công nghiệp Việt Nam", "mass_organisation", [r"phong thuong mai va cong nghiep viet nam"]),
    # The parties of labour relations the Labour Code names by their role ("Đề nghị Tổng Liên đoàn …, tổ chức đại
    # diện của người sử dụng lao động … tham gia giám sát"): an organisation a request can address, as the unions.
    ("Tổ chức đại diện của người sử dụng lao động", "mass_organisation",
     [r"to chuc dai dien (?:cua )?nguoi su dung lao dong"]),
    ("Tổ chức đại diện người lao động", "mass_organisation", [r"to chuc dai dien (?:cua )?nguoi lao dong"]),
    ("Liên đoàn Lao động tỉnh", "mass_organisation", [r"lien doan lao dong(?: tinh)?", r"ldld(?: tinh)?"]),
    # A centrally-run city's youth union; not "trở thành đoàn viên", "thành đoàn kết".
    ("Thành Đoàn", "mass_organisation", [r"thanh doan(?! vien| ket| the)"]),
    # Mass organisations are often named short: "Đoàn Thanh niên", "Hội Phụ nữ".
    # "Tỉnh đoàn" is the common name of the province's Đoàn Thanh niên Cộng sản Hồ Chí Minh.
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "mass_organisation", [
        r"doan thanh nien(?: cong san)?(?: ho chi minh)?(?: tinh)?", r"doan tncs(?: ho chi minh)?(?: tinh)?", r"tinh doan"]),
    ("Hội Liên hiệp Phụ nữ tỉnh", "mass_organisation", [r"hoi lien hiep phu nu(?: viet nam tinh| tinh)?", r"hoi lhpn(?: tinh)?",
                                                      r"hoi phu nu(?: tinh)?"]),
    # Named in full with the national union's name before the level: "Hội Nông dân Việt Nam tỉnh" is the province's
    # (not "Hội Nông dân Việt Nam" alone, the national one).
    ("Hội Nông dân tỉnh", "mass_organisation", [r"hoi nong dan(?: viet nam tinh| tinh)?"]),
    ("Hội Cựu chiến binh tỉnh", "mass_organisation", [r"hoi cuu chien binh(?: viet nam tinh| tinh)?"]),
    # The province's association of Agent Orange victims, named beside the veterans in war-victim work.
    ("Hội Nạn nhân chất độc da cam/dioxin tỉnh", "mass_organisation", [
        r"hoi nan nhan chat doc (?:da cam|hoa hoc)(?:\s*/\s*dioxin)?(?: viet nam tinh| tinh)?"]),
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
    ("Báo và Phát thanh, Truyền hình tỉnh", "press", [r"bao va phat thanh\s*[,\-–]?\s*truyen hinh(?: tinh)?"]),
    ("Bộ Tư lệnh Thành phố", "other", [r"bo tu lenh (?:thanh pho|thu do)"]),
    ("Đài Khí tượng Thủy văn tỉnh", "central_office", [r"dai khi tuong thuy van(?: tinh)?"]),
    ("Cục Thuế tỉnh", "central_office", [r"cuc thue(?: tinh)?"]),
    # The provincial tax body since the 2025 reorganisation: "Thuế tỉnh X", "Thuế thành phố X".
    ("Thuế tỉnh", "central_office", [r"(?<!cuc )(?<!nop )(?<!tien )thue (?:tinh|thanh pho)"]),
    ("Cục Thống kê tỉnh", "central_office", [r"cuc thong ke(?: tinh)?"]),
    ("Cục Hải quan tỉnh", "central_office", [r"cuc hai quan(?: tinh)?"]),
    ("Kho bạc Nhà nước tỉnh", "central_office", [r"kho bac nha nuoc(?: tinh)?"]),
    ("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "central_office", [r"ngan hang chinh sach xa hoi(?: chi nhanh)?(?: tinh)?"]),
    # The central bank itself, as a central document names it, or as its governor's ("Thống đốc Ngân hàng Nhà
    # nước": only the central bank has one); its branches follow.
    ("Ngân hàng Nhà nước Việt Nam", "central", [r"ngan hang nha nuoc viet nam(?!\s*[-–]?\s*chi nhanh)",
                                                r"(?<=thong doc )ngan hang nha nuoc(?!\s+(?:viet nam\s*[-–]?\s*)?chi nhanh)"]),
    ("Ngân hàng Nhà nước chi nhánh tỉnh", "central_office", [r"ngan hang nha nuoc(?: viet nam)?(?: chi nhanh)?(?: tinh)?"]),
    # "Công an TPHCM": a city's police by the city's short name (its level read in names._body); "Công an TP tăng cường
    # …": the press's "TP" for the page's own city, its police ("Công an TP Đà Nẵng" likewise).
    ("Công an tỉnh", "other", [r"cong an tinh", r"cong an thanh pho", r"cong an(?=\s+(?:tp\.?\s*hcm|tphcm|tp\.\s*[a-z]))",
                              r"cong an tp\b(?![.\s]*(?:hcm\b|[a-z]\.))"]),
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
    # A province's specialised project boards, named by the works they build (Nghị định 59/2015/NĐ-CP): no level
    # in their name, and their sector joins two fields with "và"; letters write them short ("Ban QLDA ĐTXDCT dân
    # dụng và công nghiệp", "Ban QLDA ĐTXD CT giao thông").
    *((f"Ban Quản lý dự án đầu tư xây dựng công trình {works}", "other", [
        rf"ban (?:quan ly du an|qlda)\s+(?:dau tu xay dung|dt\s*-?\s*xd)\s*(?:cac\s+)?(?:cong trinh|ct)\s+{pattern}(?: tinh)?"])
      for works, pattern in (("dân dụng và công nghiệp", r"dan dung\s*(?:va|&)\s*cong nghiep"),
                             ("giao thông", r"giao thong"),
                             ("nông nghiệp và phát triển nông thôn", r"nong nghiep\s*(?:va|&)\s*(?:phat trien nong thon|ptnt)"))),
    ("Ban Vì sự tiến bộ của phụ nữ tỉnh", "other", [r"ban vi su tien bo (?:cua )?phu nu(?: tinh)?"]),
    ("Bảo hiểm xã hội Việt Nam", "central", [r"(?:bao hiem xa hoi|bhxh) viet nam"]),
    # Ministries with no department of their name in a province, and the Government's office.
    ("Bộ Công an", "central", [r"bo cong an"]),
    ("Bộ Quốc phòng", "central", [r"bo quoc phong"]),
    ("Bộ Ngoại giao", "central", [r"bo ngoai giao"]),
    ("Văn phòng Chính phủ", "central", [r"van phong chinh phu"]),
    # The Party's central office, named beside the Central Committee's boards ("Văn phòng Trung ương Đảng").
    ("Văn phòng Trung ương Đảng", "party_committee", [r"van phong trung uong dang"]),
    # Bodies of the Government named by their head as often as by themselves ("Tổng Thanh tra Chính phủ",
    # "Chánh Văn phòng Ban chỉ đạo …"), and the state news agency.
    ("Thanh tra Chính phủ", "central", [r"(?:tong )?thanh tra chinh phu"]),
    ("Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia", "central",
     [r"(?:chanh )?van phong ban chi dao phong thu dan su quoc gia"]),
    ("Thông tấn xã Việt Nam", "press", [r"thong tan xa viet nam"]),
    # The national broadcasters beside it, often written with the field in lower case ("Đài truyền hình Việt Nam").
    ("Đài Truyền hình Việt Nam", "press", [r"dai truyen hinh viet nam"]),
    ("Đài Tiếng nói Việt Nam", "press", [r"dai tieng noi viet nam"]),
    # The Party's central organs and its committees over the Government and the Assembly, as a Central Committee's
    # resolution gives them work ("Giao Bộ Chính trị …", "Đảng ủy Chính phủ chỉ đạo …"); "trị" in lower case ends the name.
    ("Bộ Chính trị", "party_committee", [r"bo chinh tri(?!\s*[-–]\s*(?:xa hoi|hanh chinh))"]),
    # Not "(giao) ban Bí thư các chi, đảng bộ" (a briefing of the cells' secretaries, "ban" of "giao ban").
    ("Ban Bí thư", "party_committee", [r"(?<!giao )ban bi thu\b(?!\s+(?:cac\s+)?(?:chi bo|chi(?=\s*,)|dang bo|dang uy|co so)\b)"]),
    ("Đảng ủy Chính phủ", "party_committee", [r"dang uy chinh phu"]),
    ("Đảng ủy Quốc hội", "party_committee", [r"dang uy quoc hoi"]),
    # The Government's committee over foreign NGOs' work, named beside the Ministry of Foreign Affairs that chairs
    # it, often with its field in lower case or short ("Ủy ban công tác về các tổ chức PCPNN").
    ("Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài", "central",
     [r"uy ban cong tac (?:ve )?(?:cac )?(?:to chuc )?(?:phi chinh phu nuoc ngoai|pcpnn)"]),
    # Not "phi chính phủ" (non-governmental: "các tổ chức phi chính phủ nước ngoài"), no body of the Government.
    ("Chính phủ", "central", [r"thu tuong chinh phu", r"(?<!phi )chinh phu"]),
    ("Trung ương", "central", [r"trung uong"]),
]

# The honorific written before an office holder or a person's name: "đồng chí" and its short "đ/c" (any official,
# as Party and State letters address them), "ông", "bà", and a form letter's "ông (bà)", "ông/bà", "ông, bà" that
# fit either (the longer forms first, so that "ông (bà)" is not read as "ông"). The form letter's alone can stand
# before anything: a bare "Bà" may begin a place ("Bà Rịa - Vũng Tàu"), so it is read only before a holder.
FORM_HONORIFIC = r"(?:ong\s*(?:\(\s*ba\s*\)|[/,]\s*ba)|ba\s*/\s*ong)"
HONORIFIC = rf"(?:dong chi|d/c|{FORM_HONORIFIC}|ong|ba)"

# Office holders named instead of their body ("Chủ tịch UBND huyện" → UBND huyện); a state group's board chairman
# ("Chủ tịch Hội đồng thành viên Tập đoàn X", "Chủ tịch HĐTV …") and a paper's editor-in-chief head their group or paper.
HOLDERS = (r"(?:nguoi dung dau|pho chu tich|chu tich (?:hoi dong thanh vien|hdtv)|chu tich|tong bien tap|tong giam doc|pho giam doc|giam doc|thu truong|lanh dao|truong ban|bo truong|tong cuc truong"
           r"|cuc truong|vu truong|chi cuc truong|chanh van phong|chi huy truong|vien truong|hieu truong"
           r"|truong phong|chu nhiem|bi thu|tu lenh|thong doc|truong)")

# What a body is told to do, right after its name: "X có trách nhiệm …", "X chủ trì …", "X có văn bản đề nghị …"
# ("phối kết hợp", the longer word for "phối hợp" that local pages use, as well), also after how often it does
# it ("X định kỳ kiểm tra …", "X thường xuyên theo dõi …").
DIRECTIVE_VERB = re.compile(
    r"\s*(?:can\s+|phai\s+|tiep tuc\s+|khan truong\s+|chu dong\s+|dinh ky\s+|thuong xuyen\s+)*(?:co trach nhiem|co nhiem vu|chiu trach nhiem(?! truoc)|chu tri|phoi (?:ket )?hop"
    r"|to chuc|trien khai|bao cao|tham muu|co van ban|chi dao|huong dan|kiem tra|ra soat|xay dung|thuc hien|tong hop|thanh lap"
    r"|de xuat|theo doi|don doc|nghien cuu|cung cap|bo tri|hoan thanh|giam sat|tuyen truyen|quan triet|cap nhat|lap"
    r"|trinh|gui|tang cuong|day manh|khan truong|chu dong|ho tro|van dong|huy dong|phan bo|phe duyet|ban hanh|cong bo"
    r"|doi chieu|su dung|tap trung|duy tri|sap xep"
    # integrating a subject into a programme or plan: "Bộ X và các trường lồng ghép nội dung … vào chương trình"
    r"|long ghep"
    # putting something into a plan or programme: "UBND cấp tỉnh, cấp xã đưa các chỉ tiêu … vào kế hoạch …"
    r"|dua(?=\s[^.;:]{0,100}\bvao\b)"
    # a step of a procedure a body is given: "…, kể từ ngày nhận hồ sơ, UBND cấp huyện thẩm định …"; not
    # the word naming a body ("Hội đồng thẩm định giá đất"). Not "xác nhận": in a press report it is a head
    # confirming a fact ("bà X, Hiệu trưởng Trường Y xác nhận thực phẩm … được phát hiện"). Not "chi trả":
    # bodies paying costs "theo quy định" in a funding section is no task.
    r"|(?<!hoi dong )(?<!to )(?<!co quan )(?<!don vi )tham dinh)\b"
)

# The issuer giving its view before its instructions: "Chủ tịch UBND tỉnh có ý kiến (chỉ đạo) (như sau): …".
GIVING_VIEW = r"co y kien(?:\s+chi dao)?(?:\s+nhu sau)?\s*:\s*"

# The words by which a document asks a body to act, folded. Two sets, because the texts use them two ways:
# - ASK_WORDS, narrow: "yêu cầu", "đề nghị" ask by themselves, whoever speaks. A pattern that reads who speaks
#   (a speaker and then his request, "UBND tỉnh đề nghị …") or a board named before it ("Thường trực Tỉnh ủy
#   đề nghị …") takes these alone: after a named body, "chỉ đạo" and "giao" are as often that body's own work
#   ("Đề nghị Thường trực Tỉnh ủy chỉ đạo …", "Sở X giao đất …").
# - REQUEST_WORDS, wide: also "giao" (with "trách nhiệm", "nhiệm vụ", "cho") that gives work and "chỉ đạo" that
#   directs it: a pattern that reads who is asked, after the request, takes these all.
# "giao" is not "giao thông" (nor "giao thông kết nối"), "giáo dục"; "giao Thống kê tỉnh" gives work to the
# statistics office all the same.
ASK_WORDS = r"(?:yeu cau|de nghi)"
GIVE_WORDS = r"giao(?! thong\b(?! ke\b)| duc\b)(?: trach nhiem| nhiem vu(?: cu the)?)?(?: cho)?"
REQUEST_WORDS = rf"(?:{ASK_WORDS}|{GIVE_WORDS}|chi dao)"
# Words of time, sequence or courtesy a request may follow ("đã yêu cầu", "cũng đề nghị", "đồng thời giao",
# "trân trọng đề nghị"): one run of them, so that every reading of a request takes the same ones.
BEFORE_REQUEST = r"(?:(?:cung|da|vua|moi|con|dong thoi|tiep tuc|truc tiep|tran trong)\s+)*"
# A body's request right after its name: "UBND tỉnh A (vừa, cũng, trân trọng) yêu cầu / đề nghị / giao / chỉ đạo …".
ASKS_AFTER_NAME = re.compile(rf"\s*,?\s*{BEFORE_REQUEST}{REQUEST_WORDS}\b")

# The sessions one presides ("chủ trì hội nghị / cuộc họp / phiên họp / buổi làm việc / lễ / hội thảo / kỳ họp /
# diễn đàn"): "X chủ trì" before one of them hosts an event, it is no lead of work. Not "chủ trì cuộc vận động"
# (a campaign is work), nor "lễ hội" (a festival to organise).
MEETING_WORDS = r"(?:hoi nghi|hoi thao|dien dan|ky hop|le(?! hoi)|buoi|cuoc (?:hop|lam viec|gap|tiep)|phien)"
PRESIDES_MEETING = rf"chu tri\s+{MEETING_WORDS}\b"

# The district level "quận", folded "quan": not the first syllable of "quán triệt", "quan tâm", "quản lý", "quan hệ" …
# that follow a body's name as its work ("các đoàn thể quán triệt …", "Hội Nông dân quán triệt …").
URBAN_DISTRICT = r"quan(?!\s+(?:ly|tam|he|trong|diem|doi|su|chung|sat|triet)\b)"
