package vn.danvan.documents;

import java.util.Locale;

import vn.danvan.organisation.LocalGovernment;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;

/**
 * Who signs for a unit and in which form (thể thức ký, Decree 30/2020/NĐ-CP, Article 13 and Appendix I):
 * a body run collectively (a People's Committee, the Fatherland Front, a mass organisation) is signed
 * for by its head "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"; a body run by its head (an office, a service
 * unit) by the head in person, "TRƯỞNG PHÒNG"; a deputy signs in the head's stead, "KT. CHỦ TỊCH" /
 * "PHÓ CHỦ TỊCH" or "KT. TRƯỞNG PHÒNG" / "PHÓ TRƯỞNG PHÒNG". The head's title is read from the
 * unit's kind and name ("Phòng ..." is headed by a Trưởng phòng, "Sở ..." by a Giám đốc).
 */
final class SigningRules {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private SigningRules() {
    }

    /** The unit's head signs. */
    static Signature head(UnitView unit, String name) {
        String collective = collectiveBody(unit);
        return collective != null
                ? new Signature(SigningAuthority.ON_BEHALF_OF, collective, headTitle(unit), name)
                : new Signature(SigningAuthority.NONE, null, headTitle(unit), name);
    }

    /** A deputy head signs in the head's stead. */
    static Signature deputy(UnitView unit, String name) {
        String head = headTitle(unit);
        return new Signature(SigningAuthority.DEPUTY_FOR, head, "Phó " + head, name);
    }

    /** A person whose title starts with "Phó" is a deputy ("Phó Chủ tịch UBND xã", "Phó Trưởng phòng"). */
    static boolean isDeputyTitle(String title) {
        return title != null && title.strip().toLowerCase(VIETNAMESE).startsWith("phó ");
    }

    /** The collective body a TM. line names, or null for a body run by its head. */
    static String collectiveBody(UnitView unit) {
        return switch (unit.kind()) {
            case PEOPLES_COMMITTEE, COMMUNE_COMMITTEE -> "Ủy ban nhân dân";
            case FATHERLAND_FRONT -> "Ban Thường trực";
            case SOCIO_POLITICAL_ORGANISATION -> "Ban Thường vụ";
            default -> null;
        };
    }

    /** The head's title as a signature prints it, without the unit's name: "Chủ tịch", "Trưởng phòng". */
    static String headTitle(UnitView unit) {
        String name = unit.name() == null ? "" : unit.name().strip().toLowerCase(VIETNAMESE);
        if (unit.kind() == UnitKind.PEOPLES_COMMITTEE || unit.kind() == UnitKind.COMMUNE_COMMITTEE
                || unit.kind() == UnitKind.FATHERLAND_FRONT) {
            return "Chủ tịch";
        }
        if (unit.kind() == UnitKind.SOCIO_POLITICAL_ORGANISATION) {
            return name.contains("đoàn") && !name.startsWith("hội") ? "Bí thư" : "Chủ tịch";
        }
        return LocalGovernment.headPosition(unit.name() == null ? "" : unit.name());
    }
}
