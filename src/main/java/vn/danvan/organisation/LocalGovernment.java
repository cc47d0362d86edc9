package vn.danvan.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The local government DanVan serves, as documents and screens name it: the People's Committee that
 * issues the consolidated report and decisions ({@code committee}), the office that receives and
 * consolidates the units' reports ({@code homeAffairs}: Phòng Nội vụ of a district in 2018, Sở Nội vụ
 * of a province-level city after 1 July 2025), the Fatherland Front committee ({@code front}, may be
 * null), the party committee named in recipient lists ("Huyện ủy", "Thành ủy", "Đảng ủy xã"; may be
 * null), the locality ("huyện Phú Giáo", "Thành phố Hồ Chí Minh"), the directive cited as the basis of
 * the work and the recipients of the consolidated report (one per line). No text of a level lives in
 * the message bundles: it comes from here.
 */
public record LocalGovernment(UnitView committee, UnitView homeAffairs, UnitView front, String partyCommittee,
        String locality, String directiveBasis, List<String> reportRecipients, boolean stored, long version) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern COMMITTEE = Pattern.compile("^(ủy|uỷ) ban nhân dân\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public LocalGovernment {
        reportRecipients = reportRecipients == null ? List.of() : List.copyOf(reportRecipients);
    }

    /** The committee's full name: "Ủy ban nhân dân huyện Phú Giáo". */
    public String committeeName() {
        return committee.name();
    }

    /** The committee's short name: "UBND huyện Phú Giáo", "UBND Thành phố Hồ Chí Minh". */
    public String committeeShortName() {
        return "UBND " + area(committee.name());
    }

    /** The chair's title in full: "Chủ tịch Ủy ban nhân dân huyện Phú Giáo". */
    public String chairTitle() {
        return "Chủ tịch " + committee.name();
    }

    /** The chair's title in short: "Chủ tịch UBND huyện Phú Giáo". */
    public String chairShortTitle() {
        return "Chủ tịch " + committeeShortName();
    }

    /** The office that consolidates the yearly reports: "Phòng Nội vụ", "Sở Nội vụ". */
    public String homeAffairsName() {
        return homeAffairs.name();
    }

    /** The head of that office's title: "Trưởng phòng Nội vụ", "Giám đốc Sở Nội vụ". */
    public String homeAffairsHeadTitle() {
        return headTitle(homeAffairs.name());
    }

    /** The head of that office's position as a signature block prints it: "Trưởng phòng", "Giám đốc". */
    public String homeAffairsHeadPosition() {
        return headPosition(homeAffairs.name());
    }

    /**
     * The committee's own office among the units, the one whose head countersigns the committee's
     * decisions ("Văn phòng HĐND-UBND huyện", "Văn phòng Ủy ban nhân dân Thành phố", "Văn phòng HĐND và
     * UBND xã"): an active unit directly under the committee whose name starts with "Văn phòng".
     */
    public Optional<UnitView> committeeOffice(List<UnitView> units) {
        return units.stream()
                .filter(u -> !u.retired() && u.parentId() != null && u.parentId() == committee.id())
                .filter(u -> u.name().toLowerCase(VIETNAMESE).startsWith("văn phòng"))
                .findFirst();
    }

    /**
     * The usual position of a unit's head, from the start of its name, as a signature block prints it:
     * "Chủ tịch" (a committee, an association), "Chánh Văn phòng", "Chánh Thanh tra", "Trưởng phòng",
     * "Giám đốc" (a department, a centre, a project board), "Trưởng đài", "Trưởng ban", else "Thủ trưởng đơn vị".
     * The one rule for it: documents' signing rules read it too.
     */
    public static String headPosition(String unitName) {
        String name = unitName.strip().toLowerCase(VIETNAMESE);
        if (name.startsWith("ủy ban") || name.startsWith("uỷ ban") || name.startsWith("hội ")) {
            return "Chủ tịch";
        }
        if (name.startsWith("văn phòng")) {
            return "Chánh Văn phòng";
        }
        if (name.startsWith("thanh tra")) {
            return "Chánh Thanh tra";
        }
        if (name.startsWith("phòng")) {
            return "Trưởng phòng";
        }
        if (name.startsWith("sở") || name.startsWith("trung tâm") || name.startsWith("ban quản lý")) {
            return "Giám đốc";
        }
        if (name.startsWith("đài")) {
            return "Trưởng đài";
        }
        if (name.startsWith("ban")) {
            return "Trưởng ban";
        }
        return "Thủ trưởng đơn vị";
    }

    /**
     * The full title of a unit's head, from its name: "Trưởng phòng Nội vụ", "Giám đốc Sở Nội vụ",
     * "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch Ủy ban nhân dân xã An Bình", else "Thủ trưởng" and the name.
     */
    public static String headTitle(String unitName) {
        String name = unitName.strip();
        String position = headPosition(name);
        return switch (position) {
            case "Trưởng phòng" -> ("Trưởng phòng " + name.substring("Phòng".length()).strip()).strip();
            case "Chánh Văn phòng", "Chánh Thanh tra" -> "Chánh " + name;
            case "Trưởng ban" -> "Trưởng " + name;
            case "Thủ trưởng đơn vị" -> "Thủ trưởng " + name;
            default -> position + " " + name;
        };
    }

    /**
     * The recipients of the consolidated report: those an administrator set, else the party committee's
     * standing members (when one is set), the committee's chair and deputies, and the units.
     */
    public List<String> recipientsOfReports() {
        if (!reportRecipients.isEmpty()) {
            return reportRecipients;
        }
        List<String> recipients = new java.util.ArrayList<>();
        if (partyCommittee != null && !partyCommittee.isBlank()) {
            recipients.add("Thường trực " + partyCommittee.strip());
        }
        recipients.add("Chủ tịch, các Phó Chủ tịch " + committeeShortName());
        recipients.add("Các cơ quan, đơn vị");
        return List.copyOf(recipients);
    }

    /** The Front committee's name, or null when none is set. */
    public String frontName() {
        return front == null ? null : front.name();
    }

    /** The area of a committee's name: "huyện Phú Giáo" of "Ủy ban nhân dân huyện Phú Giáo". */
    public static String area(String committeeName) {
        return COMMITTEE.matcher(committeeName).replaceFirst("");
    }

    /** The locality with a capital first letter, as it starts a line: "Huyện Phú Giáo". */
    public String localityCapitalised() {
        return locality.isEmpty() ? locality : locality.substring(0, 1).toUpperCase(VIETNAMESE) + locality.substring(1);
    }

    public static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
