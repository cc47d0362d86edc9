package vn.danvan.organisation;

import java.util.EnumSet;
import java.util.Set;

/** Roles of domain.md section 3 (vai trò); the label is the message {@code role.<NAME>}. */
public enum Role {
    /** Quản trị hệ thống. */
    ADMIN,
    /** Cán bộ Phòng Nội vụ. */
    HOME_AFFAIRS,
    /** Lãnh đạo: Chủ tịch, Phó Chủ tịch. */
    LEADER,
    /** Người đứng đầu đơn vị. */
    UNIT_HEAD,
    /** Cán bộ, công chức, viên chức của đơn vị. */
    OFFICER,
    /** Thành viên Mặt trận, tổ chức chính trị - xã hội. */
    FRONT_MEMBER,
    /** Cán bộ thông tin (Phòng VH-TT, Đài Truyền thanh). */
    INFORMATION_OFFICER;

    /** Roles whose holders see every unit, not only their own branch of the tree. */
    public static final Set<Role> DISTRICT_WIDE = EnumSet.of(ADMIN, HOME_AFFAIRS, LEADER);

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
