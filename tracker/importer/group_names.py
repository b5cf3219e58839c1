"""The groups documents address without listing them, and the catch-alls that are never a task.

"UBND các huyện, thị xã, thành phố", "các sở, ban, ngành", "các cấp ủy trực thuộc": each is a group
of one kind of member, kept with its name as written. "Các cơ quan, đơn vị liên quan" and its kin are
catch-alls: recognised so that a list of subjects reads through them. Patterns are regular
expressions over folded text (see text.fold), as in vocabulary.py.
"""

from __future__ import annotations

from .vocabulary import DIRECTIVE_VERB, URBAN_DISTRICT

# Roles in a programme ("chủ trì, quản lý, tham gia thực hiện") and its parts ("dự án, tiểu dự án, …").
_ROLE = r"(?:chu tri|quan ly|tham gia(?:\s+thuc hien)?|thuc hien)"
_ROLES = rf"{_ROLE}(?:\s*(?:,|va)\s*{_ROLE})+"
_PART = r"(?:du an|tieu du an|noi dung thanh phan)"
_PROGRAMME_PARTS = rf"{_PART}(?:\s*(?:,|va)\s*{_PART})*"

# A party committee of some level, as "trực thuộc …" names the one a group belongs to.
_PARTY_COMMITTEE = r"(?:tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy(?:\s+(?:xa|phuong|thi tran|dac khu|co so))?)"
# "các đơn vị trực thuộc" with no owner written after it (a body, a level or a Party committee would follow).
# Party units named by what sets them apart in the letter, part of the group's name: "các đảng bộ, chi bộ thành
# lập mới" (just set up, their first congress due), "các tổ chức đảng được giám sát" (those the committee's
# supervision covers) are not every unit, and the qualifier tells which.
_PARTY_UNITS_WHICH = r"(?:(?:moi\s+)?thanh lap moi|moi thanh lap|duoc (?:giam sat|kiem tra)(?:\s*,\s*(?:giam sat|kiem tra))*)"
_NO_OWNER = r"\b(?!\s+(?:so|bo|phong|uy ban|ubnd|cuc|tong cuc|trung tam|chi cuc|ban|dang|tinh|huyen|thanh|\w+ uy)\b)"

# What a body does for the persons it answers for: employs, manages, puts forward, has among its staff.
_ANSWER_FOR = r"(?:co|(?:quan ly|su dung|gioi thieu)(?:\s*(?:,|va)\s*(?:quan ly|su dung|gioi thieu))*)"
# The work told after a subject ("… có trách nhiệm", "… lập", "… phối hợp"), where the persons' words stop (or the
# name's own end, written alone).
_WORK_AFTER = DIRECTIVE_VERB.pattern

# The places below a commune, listed: "thôn, xóm", "thôn, tổ dân phố", "khu dân cư".
_HAMLET = r"(?:thon|xom|ban|ap|to dan pho|khu dan cu|khu pho)"
_HAMLETS = rf"{_HAMLET}(?:\s*(?:,|va|-|/)?\s*{_HAMLET})*"

# Groups named but not listed: (kind of member, folded pattern). The name is kept as written.
GROUPS: list[tuple[str, str]] = [
    # "… của tỉnh", "… ở tỉnh", "… của Thành phố": the level written with "của" or "ở", part of the group's name
    # as without it.
    # "Các sở, ban, ngành khác" (those not named before, as a heading gives them the rest of the work) is the
    # same group, "khác" part of its name (whether it helps, cooperating_groups tells).
    ("department", r"(?:cac\s+)?so\s*,\s*ban\s*,?\s*nganh(?:\s*,\s*(?:doan the|dia phuong|hoi|to chuc|co quan|don vi)(?:\s+(?:co quan|don vi|doan the)\b)*)*(?:\s+(?:cap tinh|(?:(?:cua|o)\s+)?tinh|(?:(?:cua|o)\s+)?thanh pho|(?:truc )?thuoc (?:(?:uy ban nhan dan|ubnd) )?(?:tinh|thanh pho)|co lien quan|lien quan|khac))*"),
    # "Các sở, ngành, đơn vị": the units beside the departments are theirs, one group ("… đơn vị có liên
    # quan" stays the departments with a catch-all after them, unless the province bounds them all: "… đơn vị
    # liên quan của tỉnh" is the province's own bodies concerned, one group). The unions beside them ("các sở,
    # ngành, (tổ chức) đoàn thể cấp tỉnh") are the province's political system, still one group; so are its
    # socio-political unions named in full ("các sở ngành, đoàn thể chính trị - xã hội tỉnh"): the hyphen is the name's.
    ("department", r"(?:cac\s+)?so\s*,?\s*nganh(?:\s*,\s*(?:(?:to chuc\s+)?doan the(?:\s+chinh tri\s*[-–]\s*xa hoi)?|don vi(?!\s+(?:co\s+)?lien quan(?!\s+cua\s+(?:tinh|thanh pho)\b))|dia phuong(?!\s*,|\s+(?:co\s+)?lien quan)))*"
                   r"(?:\s+(?:cap tinh|(?:(?:cua|o)\s+)?tinh|(?:(?:cua|o)\s+)?thanh pho|co lien quan|lien quan|khac|chuc nang))*"),
    # The departments and bodies that sit on a province's board or command ("các sở, ngành, cơ quan thành viên
    # Ban Chỉ huy phòng thủ dân sự tỉnh", "các cơ quan thành viên Ban Chỉ đạo … tỉnh"): the board's members, one
    # group whose name runs to the board's level, not the catch-all "các cơ quan thành viên".
    ("department", r"(?:cac\s+)?(?:so\s*,\s*(?:ban\s*,\s*)?nganh\s*,\s*|cac\s+)(?:co quan|don vi)\s+thanh vien\s+(?:cua\s+)?"
                   r"(?:ban chi (?:dao|huy)|hoi dong|uy ban)\b(?:[^,;:.()]|,(?=\s*(?:chong|chua)\b)){1,80}?\s(?:tinh|thanh pho|huyen|xa|phuong)\b"),
    # The departments qualified by their part in a national programme: "các Sở, ngành chủ trì, quản lý, tham
    # gia thực hiện các dự án, tiểu dự án, nội dung thành phần thuộc Chương trình" is one group's name.
    ("department", rf"(?:cac\s+)?so\s*,\s*(?:ban\s*,?\s*)?nganh\s+{_ROLES}\s+(?:cac\s+)?{_PROGRAMME_PARTS}"
                   r"(?:\s+thuoc\s+(?:cac\s+)?chuong trinh)?"),
    # "…, đảng ủy trực thuộc" after the districts' committees is another kind, a group of its own (party_lists.py).
    ("party_committee", r"(?:cac\s+)?(?:huyen uy|thanh uy|thi uy|dang uy)(?:\s*,\s*(?:huyen uy|thanh uy|thi uy|dang uy(?!\s+truc thuoc)))+(?:\s+truc thuoc(?: tinh uy)?)?"),
    ("party_committee", r"cac (?:huyen uy|thanh uy|thi uy|dang uy)(?:\s+truc thuoc(?: tinh uy)?)?"),
    # The standing boards of every committee of a level, as the Party's resolutions give them work, often in lower
    # case after "Giao": "ban thường vụ các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương", one group.
    ("party_committee", rf"(?:ban thuong vu|thuong truc)\s+cac\s+{_PARTY_COMMITTEE}(?:\s*,\s*{_PARTY_COMMITTEE})*"
                        r"(?:\s+truc thuoc(?:\s+(?:trung uong|tw|tinh uy|thanh uy))?)?"),
    # The Prime Minister's "(Bí thư) Tỉnh ủy, Thành ủy (các tỉnh, thành phố)": the Party committees of every province
    # and centrally-run city, a group (area_groups.py gives it the places written after the People's Committees).
    ("party_committee", r"tinh uy\s*,\s*thanh uy(?:\s+cac\s+tinh\s*,\s*thanh pho(?:\s+truc thuoc\s+(?:trung uong|tw))?)?"),
    # "Các cấp ủy Đảng": the party committees of every level, a group (not the catch-all "các cấp").
    ("party_committee", rf"cac cap uy(?:\s+dang)?(?:\s+truc thuoc(?:\s+{_PARTY_COMMITTEE})?)?"),
    # Party documents address the committees and the organisations under them together: "các cấp ủy, tổ
    # chức đảng", "cấp ủy, tổ chức đảng các cấp", "các tổ chức cơ sở đảng": one group, every level's.
    # The same address goes on with the localities and bodies the committees lead ("các cấp ủy, tổ chức đảng,
    # địa phương, cơ quan, đơn vị"): the whole system a Party committee directs, still one group.
    ("party_committee", r"(?:cac\s+)?cap uy(?:\s+dang)?\s*(?:,|va)\s*(?:cac\s+)?to chuc (?:co so\s+)?dang(?:\s+(?:cac cap|truc thuoc))?"
                        r"(?:\s*,\s*(?:cac\s+)?dia phuong\s*,\s*co quan\s*,\s*don vi(?!\s+(?:co\s+)?lien quan))?"),
    ("party_committee", rf"cac to chuc (?:co so\s+)?dang(?:\s+(?:cac cap|truc thuoc|{_PARTY_UNITS_WHICH}))?"),
    # "Cấp ủy cấp trên (trực tiếp)": the committee over each grassroots organisation, a rule of the Party's
    # statute that every such committee answers for the one below it.
    ("party_committee", r"cap uy cap tren(?:\s+truc tiep)?"),
    # "Các cấp ủy, chi bộ": a commune's or ward's party committee addresses the committees and cells under
    # it together, one group as "các cấp ủy, tổ chức đảng" is.
    ("party_committee", r"cac cap uy\s*(?:,|va)\s*(?:cac\s+)?chi bo(?:\s+truc thuoc(?:\s+" + _PARTY_COMMITTEE + r")?)?"),
    # The party's cells and grassroots committees a district's party committee addresses: "cấp ủy các chi
    # bộ, đảng bộ cơ sở", "các chi bộ, đảng bộ trực thuộc (Huyện ủy)": one group, by their committees; the
    # committee they belong to, written after "trực thuộc", is part of the group's name.
    ("party_committee", rf"(?:cap uy\s+)?cac (?:chi bo|dang bo)(?:\s*(?:,|va)\s*(?:chi bo|dang bo))*"
                        rf"(?:\s+(?:co so|truc thuoc(?:\s+{_PARTY_COMMITTEE})?|{_PARTY_UNITS_WHICH}))?"),
    # The party's groups in the state and the Front listed together ("các ban cán sự đảng, đảng đoàn") are two
    # kinds of body, each a group: party_lists.py.
    # "Các Ban Xây dựng Đảng (Tỉnh ủy)": the party committee's boards (organisation, propaganda, inspection
    # …) by their collective name, a group of bodies, not the catch-all "các ban".
    ("party_committee", r"cac ban xay dung dang(?:\s+(?:tinh uy|thanh uy|huyen uy|dang uy))?"),
    # The ministries and branches of the Government, as a central document names them: "các Bộ, ngành liên
    # quan", "các Bộ, ngành, địa phương và đơn vị", "các Bộ, cơ quan ngang Bộ", "các bộ, ban, ngành khác" (those not
    # named above, a group still: the ministries and the Party's or the Front's central boards).
    ("central", r"(?:cac\s+)?bo\s*,?\s*(?:ban\s*,\s*)?(?:nganh|co quan(?: ngang bo)?)(?:\s*,\s*(?:nganh|co quan(?: (?:truc )?thuoc chinh phu|(?!\s*,\s*(?:to chuc|don vi)))"
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
    # Bodies bounded by their level ("các ngành, cơ quan cấp tỉnh", "các cơ quan, đơn vị cấp tỉnh", a centrally-run
    # city's "… cấp thành phố"): a definite set, one group, not the catch-all its first words would be.
    ("other", r"cac (?:nganh|co quan|don vi)(?:\s*,\s*(?:ban\s*,?\s*)?(?:nganh|co quan|don vi|doan the))*\s+cap (?:tinh|huyen|thanh pho)"),
    # The provinces and centrally-run cities as a national document asks them ("Các tỉnh, thành phố (trực thuộc
    # trung ương) chủ động …", "các bộ và tỉnh, thành phố trong cả nước"): every province, one group, as its People's
    # Committees are. Without its own "các" only when bounded so, not a body's level ("Sở X tỉnh, thành phố").
    ("province", r"(?:cac tinh\s*,\s*thanh pho(?:\s+(?:truc thuoc trung uong|trong ca nuoc))?"
                 r"|tinh\s*,\s*thanh pho\s+(?:truc thuoc trung uong|trong ca nuoc))"),
    # The localities bounded by where they lie ("các địa phương ven biển", "… biên giới", "… miền núi"): the
    # place words are the group's bound, kept in its name, not the start of the work asked.
    ("other", r"cac dia phuong(?:\s+(?:ven (?:bien|song)|bien gioi|mien nui|vung (?:cao|sau|xa|trung|bien|ven bien)"
              r"|co bien|giap bien(?:\s+gioi)?|trong diem))?"),
    # The central sectors' offices based in a province (tax, treasury, customs, statistics …): "các cơ quan
    # ngành dọc (Trung ương) đóng trên địa bàn (tỉnh)", a set the province names together, not a catch-all.
    ("other", r"(?:cac\s+)?(?:co quan|don vi)\s+nganh doc(?:\s+trung uong)?(?:\s+(?:dong|dat))?(?:\s+tren dia ban(?:\s+(?:tinh|thanh pho))?)?"),
    # "Các ban, ngành, đoàn thể (cấp huyện)": a level's Party boards, state branches and unions, the political
    # system of that level as Party and local documents address it, a definite set as "các sở, ban, ngành" is.
    ("other", r"cac ban\s*,?\s*nganh\s*,\s*doan the(?:\s+(?:cap (?:tinh|huyen|xa)|tinh|huyen|xa(?! hoi))|(?!\s*,|\s+(?:co\s+)?lien quan))"),
    # So "các cơ quan, ban ngành" (a level's agencies and branches), closed: not "… liên quan", "… khác".
    ("other", r"cac co quan\s*,\s*ban\s*,?\s*nganh(?!\s*,|\s+(?:co\s+)?lien quan|\s+khac)"),
    # Hospitals and clinics as one group: "cơ sở khám bệnh, chữa bệnh" (a plan's health facilities).
    ("other", r"(?:cac\s+)?co so kham(?: benh)?\s*,\s*chua benh(?:\s+bao hiem y te)?"),
    # Schools, colleges and universities as one group: "các cơ sở giáo dục, đào tạo" (not "các cơ sở giáo dục" alone,
    # often a place: "dạy và học trong các cơ sở giáo dục trên địa bàn").
    ("other", r"cac co so giao duc\s*(?:,|va)\s*dao tao"),
    # "Các tổ chức thành viên của MTTQ xã", "… của Mặt trận": the Front's member organisations, a group, not a catch-all.
    ("mass_organisation", r"cac to chuc thanh vien(?: cua)?\s+(?:(?:uy ban|ub)\s+)?(?:mat tran(?: to quoc)?|mttq)(?: viet nam| vn)?"
                          r"(?:\s+(?:tinh|huyen|xa|phuong|dac khu|cac cap))?"),
    # The Front's committees in the hamlets: "Ban công tác Mặt trận (ở) các thôn, tổ dân phố", "Ban công tác
    # Mặt trận thôn xóm": one in every hamlet, a group (the hamlet's own name would follow in capitals).
    ("mass_organisation", r"(?:cac\s+)?ban cong tac mat tran(?:\s+(?:o|tai))?(?:\s+cac)?\s+" + _HAMLETS),
    # With the level of a district or a commune written after ("các tổ chức chính trị - xã hội xã"), that level's.
    ("mass_organisation", r"(?:cac\s+)?to chuc chinh tri\s*[-–]?\s*xa hoi(?: tinh| huyen| thi xa| xa| phuong| thi tran| dac khu)?"),
    ("mass_organisation", r"(?:cac\s+)?to chuc doan the(?: tinh)?"),
    # The people's organisations (associations, unions, non-profits) a central document addresses beside the
    # ministries and localities ("Các bộ, ngành, địa phương, các tổ chức nhân dân"): a group, not the catch-all.
    ("mass_organisation", r"cac to chuc nhan dan"),
    # "Các cơ quan liên quan và đoàn thể huyện": the unions of a level joined by "và" to a list that wrote "các"
    # once, before its first; with their level written they are that level's unions, a group (not "đoàn thể
    # hóa", nor a bare "đoàn thể" a sentence speaks of).
    ("mass_organisation", r"(?<=\bva\s)doan the(?:\s+cap)?\s+(?:tinh|huyen|thi xa|xa(?! hoi)|phuong)\b"),
    # "Các đoàn thể chính trị - xã hội": the unions by the kind the Constitution gives them, the same group;
    # "các đoàn thể nhân dân" (the people's unions), the same group by its older name.
    ("mass_organisation", r"cac (?:hoi,\s*)?doan the(?:\s+chinh tri\s*[-–]\s*xa hoi|\s+nhan dan)?(?:\s*,\s*(?:cac\s+)?(?:to chuc (?:chinh tri\s*[-–]?\s*)?xa hoi|hoi))*(?: tinh| huyen| thi xa| thanh pho| " + URBAN_DISTRICT + r"| xa(?! hoi)| phuong)?"),
    # The bodies the election law sets up below a commune's election committee, one per constituency ("ban bầu
    # cử") and one per polling area ("tổ bầu cử"): "các tổ bầu cử", "các ban bầu cử, tổ bầu cử (trên địa bàn xã)"
    # are every such body of the commune, a group as "các thôn" is, not words for whoever is concerned.
    ("other", r"cac (?:to|ban) bau cu(?:\s*(?:,|va)\s*(?:cac\s+)?(?:to|ban) bau cu)*(?:\s+tren dia ban(?:\s+(?:xa|phuong|dac khu))?)?"),
    ("other", r"cac trung tam y te(?:\s+(?:tuyen huyen|khu vuc|cac huyen|huyen|xa))*"),
    # The districts' health centres by the list of district levels, written in lower case as a kind ("Sở Y tế yêu
    # cầu …, trung tâm y tế các huyện, thành phố, thị xã tăng cường …"): one centre in every district, a group.
    ("other", r"(?<!cac )trung tam y te cac (?:huyen|quan|thi xa|thanh pho)(?:\s*,\s*(?:huyen|quan|thi xa|thanh pho)\b)*"),
    # The districts' military commands written in lower case as a kind ("Bộ Chỉ huy Quân sự tỉnh, ban chỉ huy quân sự
    # các huyện, thành phố …"): one command in every district, a group, as the health centres above.
    ("other", r"(?:cac\s+)?ban chi huy quan su cac (?:huyen|quan|thi xa|thanh pho)(?:\s*,\s*(?:huyen|quan|thi xa|thanh pho)\b)*"),
    # The districts' culture centres, named by their fields (since 2018 a district merges its culture centre and
    # radio into "Trung tâm Văn hóa, Thể thao và Truyền thông"; older ones "Trung tâm Văn hóa - Thông tin và Thể
    # thao"), then the list of district levels: one centre in every district, a group, as the health centres above.
    ("other", r"(?:cac\s+)?trung tam van hoa(?:\s*(?:,|-|–|va)\s*(?:thong tin|the thao|truyen thong|du lich))+"
              r" cac (?:huyen|quan|thi xa|thanh pho)(?:\s*,\s*(?:huyen|quan|thi xa|thanh pho)\b)*"),
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
    # The state's economic groups and corporations together: "các Tập đoàn, Tổng công ty (nhà nước)", one group.
    ("other", r"cac tap doan\s*(?:,|va)\s*tong cong ty(?:\s+nha nuoc)?"),
    # Bodies named by the role given them in projects: "các đơn vị được giao nhiệm vụ Chủ đầu tư, Bên mời thầu".
    # Bodies named by the powers handed to them: "các đơn vị được phân cấp, ủy quyền" (those a merged
    # province's earlier acts left in charge), a definite set, not the catch-all "các đơn vị".
    ("other", r"cac (?:co quan\s*,\s*)?don vi duoc (?:phan cap|uy quyen)(?:\s*(?:,|va)\s*(?:phan cap|uy quyen))?"),
    # Named by the part a meeting handed out to them, "các đơn vị, bộ phận được phân công (tiếp tục bám sát …)": those
    # given the work, a definite set as "các đơn vị được giao nhiệm vụ" is, not the catch-all "các đơn vị, bộ phận". A
    # plan's "các cơ quan được phân công (nhiệm vụ, chủ trì thực hiện nhiệm vụ theo Kế hoạch này) …" points back to
    # the bodies its own items assign, each with its task already: left a catch-all.
    ("other", r"cac (?:(?:co quan|don vi|bo phan)\s*,\s*)*(?:co quan|don vi|bo phan) duoc phan cong(?!\s+(?:nhiem vu|chu tri)\b)"),
    # Named by the role a plan gave them, "các cơ quan, đơn vị chủ trì (thực hiện) nhiệm vụ": a set, not a catch-all.
    ("other", r"cac (?:co quan\s*,\s*)?(?:co quan|don vi) (?:duoc giao\s+)?chu tri(?:\s+thuc hien)?\s+(?:cac\s+)?nhiem vu(?:\s+duoc giao)?"),
    # So are "các đơn vị là chủ đầu tư công trình (dự án)", the same set named by the role alone.
    ("other", r"(?:cac\s+)?don vi (?:duoc giao (?:lam|nhiem vu|la)|la)\s+(?:chu dau tu|ben moi thau)(?:\s*,\s*(?:chu dau tu|ben moi thau))*"
              r"(?:\s+(?:du an|cong trinh)(?:\s+dau thau)?(?:\s+lua chon nha (?:dau tu|thau))?)?"),
    # Named by the persons they answer for: "(các) cơ quan, tổ chức, đơn vị (trực tiếp) quản lý, sử dụng người có
    # nghĩa vụ kê khai", "… giới thiệu người ứng cử", "… có người được giới thiệu ứng cử": each such body, a definite
    # set, not the catch-all "cơ quan, tổ chức, đơn vị". The persons' words run to the work the bodies are given.
    ("other", rf"(?:cac\s+)?co quan\s*,\s*(?:to chuc\s*,\s*)?don vi\s+(?:truc tiep\s+)?{_ANSWER_FOR}\s+nguoi"
              rf"(?:\s+\w+){{1,6}}?(?={_WORK_AFTER}|\s*$)"),
    # The province's own bodies as the law groups them: "các cơ quan chuyên môn (, cơ quan hành chính khác)
    # thuộc UBND tỉnh" are its departments; "các đơn vị sự nghiệp công lập trực thuộc UBND tỉnh" its units.
    # The Law's pair "cơ quan chuyên môn, cơ quan hành chính khác" names them even when "thuộc UBND …"
    # comes after a further group of the list.
    ("department", r"(?:cac\s+)?co quan chuyen mon(?:\s*,\s*(?:cac\s+)?co quan hanh chinh khac(?:\s+(?:truc )?thuoc\s+"
                   r"(?:uy ban nhan(?: dan)?|ubnd)\s+(?:tinh|thanh pho))?|\s+(?:truc )?thuoc\s+(?:uy ban nhan(?: dan)?|ubnd)\s+(?:tinh|thanh pho))"),
    ("other", r"(?:cac\s+)?don vi su nghiep cong lap\s+(?:truc )?thuoc\s+(?:uy ban nhan(?: dan)?|ubnd)\s+(?:tinh|thanh pho)"),
    # The same departments with the committee's other bodies, said plainly: "các sở, cơ quan thuộc UBND tỉnh" is
    # one group bounded by its owner, not "các sở" followed by the catch-all "cơ quan" (as "… cơ quan liên quan" is).
    ("department", r"(?:cac\s+)?so\s*(?:,|va)\s*(?:cac\s+)?co quan\s+(?:truc )?thuoc\s+(?:uy ban nhan(?: dan)?|ubnd)\s+(?:tinh|thanh pho)"),
    # A committee's own offices and units named by their owner ("các cơ quan, đơn vị trực thuộc UBND huyện", "các
    # đơn vị thuộc Ủy ban nhân dân tỉnh"): a definite set, not the catch-all "các cơ quan, đơn vị" their first words are.
    # A ministry's advisory units as its letters address them ("(Thủ trưởng) các cơ quan tham mưu, (giúp việc,) quản lý
    # nhà nước thuộc Bộ": its Vụ, Cục, Văn phòng, Thanh tra): a definite set, not the catch-all "các cơ quan".
    ("department", r"cac co quan tham muu(?:\s*,\s*giup viec)?(?:\s*(?:,|va)\s*quan ly nha nuoc)?\s+(?:truc )?thuoc bo\b"),
    ("other", r"cac (?:co quan\s*(?:,|va)\s*don vi|co quan|don vi)\s+(?:truc )?thuoc\s+(?:uy ban nhan(?: dan)?|ubnd)\s+"
              r"(?:tinh|thanh pho|thi xa|huyen|quan|xa|phuong|thi tran)\b"),
    # With no owner written, the writer's own units listed among those it asks ("Sở X yêu cầu các phòng …, các đơn
    # vị trực thuộc …"): a definite set. Alone they may be the units a body directs ("Bộ X chỉ đạo các đơn vị trực
    # thuộc huy động …", the work the body's own): left a catch-all.
    ("other", rf"(?<=, )cac don vi truc thuoc{_NO_OWNER}"),
    # The same bodies by their kind alone, as a campaign addresses them: "các cơ quan hành chính (nhà nước), tổ
    # chức chính trị - xã hội, đơn vị sự nghiệp trên địa bàn tỉnh" (the "các" shared by the list): each kind a
    # group of its members, not the catch-all "các cơ quan" its first words would be.
    # Not "cơ quan hành chính, sự nghiệp" (one phrase for both) nor "… hành chính khác" (the Law's pair above), nor
    # units whose owner the list writes after it ("…, các doanh nghiệp nhà nước trực thuộc UBND tỉnh": public_units).
    ("other", r"(?:cac\s+|(?<=,\s))co quan hanh chinh(?!\s*,\s*su nghiep|\s+khac)(?:\s+nha nuoc)?(?:\s+(?:cac cap|cap (?:tinh|huyen|xa)))?"),
    ("other", r"(?:cac\s+|(?<=,\s))don vi su nghiep(?:\s+cong lap)?"
              r"(?![^.;]{0,80}?\b(?:truc\s+)?thuoc\s+(?:uy ban nhan(?: dan)?|ubnd)\s+(?:tinh|thanh pho)\b)"),
    # A commune's hamlet heads, addressed together ("các (ông) xóm trưởng", "các trưởng thôn", "trưởng các
    # bản"): no state body, but those who carry out the commune's orders, one group.
    ("other", r"cac\s+(?:ong\s+|ba\s+)?(?:(?:xom|thon|ban|ap) truong|truong (?:thon|xom|ban|ap))"),
    ("other", r"truong cac (?:thon|xom|ban|ap)(?:\s*(?:,|va)\s*(?:thon|xom|ban|ap|to dan pho))*"),
    ("other", r"cac ban (?:quan ly du an|qlda)(?: dau tu xay dung)?(?:\s*(?:,|va)?\s*(?:chuyen nganh|khu vuc|cap tinh|tinh))*"),
    # The credit institutions the State Bank regulates, addressed as its letters' recipients ("các tổ chức tín dụng,
    # chi nhánh ngân hàng nước ngoài"): one group, not the catch-all "các tổ chức" its first words would be.
    ("other", r"cac to chuc tin dung(?:\s*(?:,|va)\s*(?:cac\s+)?chi nhanh ngan hang nuoc ngoai)?"),
    # Bodies named by the function they exercise, at whatever level ("Cơ quan thanh tra khẩn trương …", "phối hợp với
    # cơ quan hải quan", "các cơ quan điều tra"): a group of every body of that function, not the catch-all "các cơ
    # quan". Not "cơ quan thuế", which a province's letter writes for its own tax office (Cục Thuế tỉnh).
    ("other", r"(?:cac\s+)?co quan\s+(?:thanh tra|hai quan|kiem sat|dieu tra|thi hanh an(?:\s+dan su)?)"
              r"(?!\s+(?:nha nuoc|chinh phu|tinh|thanh pho|huyen|bo|so|trung uong)\b)"),
]

# Catch-alls: recognised so that a list of subjects reads through them, but never a task.
CATCH_ALLS = [
    r"(?:cac\s+)?so\s*,\s*ban\s*,?\s*nganh(?:\s*,\s*(?:doan the|dia phuong))*(?:\s*,\s*(?:to chuc|co quan|don vi))+(?:\s+(?:co lien quan|lien quan))",
    r"(?:cac\s+)?chu dau tu",
    # "các địa phương" alone is the localities as a group (a central document's provinces), not a catch-all.
    # "các ban, ngành, đoàn thể" (with no "có liên quan") is a group of the political system (GROUPS), not a catch-all.
    # Nor "các ban, ngành" that goes on a list of the political system after "chính quyền" (governments.py).
    rf"(?<!chinh quyen, )(?:cac|nhung)\s+(?:(?<!, cac )|(?!don vi truc thuoc{_NO_OWNER}))(?!ban\s*,?\s*nganh\s*,\s*doan the\b(?!\s*,|\s+(?:co\s+)?lien quan))(?!dia phuong\b(?!\s*,|\s+(?:co lien quan|lien quan|tren dia ban)))(?:co quan|don vi|to chuc|dia phuong|nganh|cap|ban)(?:\s*,\s*(?:co quan|don vi|to chuc|dia phuong|nganh|doan the|ca nhan))*(?:\s+(?:thanh vien|chuc nang|co lien quan|lien quan|truc thuoc|tren dia ban(?: tinh)?))*",
    r"(?:co quan|don vi),\s*(?:don vi|to chuc|dia phuong)(?:\s+(?:co lien quan|lien quan))?",
    # Without "các": "Sở X, Công an tỉnh và đơn vị liên quan phối hợp …".
    r"(?:co quan|don vi|to chuc)\s+(?:co lien quan|lien quan)",
    # The central bodies that have offices in the province, named among a provincial letter's addressees ("…; cơ
    # quan Trung ương trên địa bàn tỉnh và UBND các huyện …"): no set the province's tree holds, no lead of its own.
    r"(?:cac\s+)?co quan trung uong\s+(?:dong\s+|dat\s+)?(?:tren dia ban|tai)\s+(?:tinh|thanh pho)",
    # The forces in general ("Các lực lượng (chức năng) phải thông báo cho ngư dân …"): whichever forces the work
    # needs, named by no kind; not the armed forces, the army or a force the words go on to name.
    r"cac luc luong(?:\s+chuc nang)?(?!\s+(?:vu trang|quan doi|thuong truc|xung kich|dan quan|cong an|bo doi|tai cho|cuu ho)\b)",
    # A body's own working parts: "các bộ phận (chuyên môn)", never named one by one.
    r"cac bo phan(?:\s+chuyen mon)?",
    r"he thong truyen thanh co so",
    # The recipient addressed politely ("Đề nghị Quý cơ quan …"): who it is, the Kính gửi line says.
    r"quy (?:co quan|don vi|so|bo|uy ban)",
]
