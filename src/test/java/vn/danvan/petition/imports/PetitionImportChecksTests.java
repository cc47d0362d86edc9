package vn.danvan.petition.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.danvan.organisation.OrganisationScope.UnitFilter;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.imports.ImportCheck;
import vn.danvan.shared.imports.ImportFileReader;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportTable;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.petition.handling.CategoryView;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.PetitionKind;
import vn.danvan.petition.intake.Submission;

/** The rules of a petitions file, row by row, without a database. */
class PetitionImportChecksTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final CategoryView LAND = new CategoryView(1, "DAT_DAI", "Đất đai", 30, "", true);
    static final CategoryView ORDER = new CategoryView(2, "TRAT_TU_DO_THI", "Trật tự đô thị", 30, "", true);
    static final CategoryView OLD = new CategoryView(3, "CU", "Lĩnh vực cũ", 30, "", false);
    static final UnitView AN_BINH = unit(10, "ABINH", null);
    static final UnitView AN_LINH = unit(11, "ALINH", null);
    static final UnitView RETIRED = unit(12, "CU", LocalDate.of(2020, 1, 1));
    /** The scope of an An Bình officer: An Bình only. */
    static final UnitFilter AN_BINH_ONLY = new UnitFilter(false, Set.of(10L, 12L));

    private static final String HEADER = "Loại;Lĩnh vực;Mã đơn vị;Tiêu đề;Nội dung;Địa điểm;Ngày tiếp nhận;Họ tên;"
            + "Điện thoại;Thư điện tử;Địa chỉ\n";

    private final PetitionImportChecks checks = new PetitionImportChecks(messages());

    @Test
    void aGoodRowBecomesASubmissionOnChannelImportReceivedOnItsDate() {
        var check = check(HEADER + "Kiến nghị;trat tu do thi;abinh;Lấn chiếm vỉa hè;\"Dòng một\nDòng hai\";Chợ An Bình;"
                + "02/11/2026;Trần Thị Mai;0987 654 321;mai@example.vn;Ấp Bình Hòa\n"
                + "phan anh;ĐẤT ĐAI;;Tiêu đề;Nội dung;;;;;;\n");

        assertThat(check.problems()).isEmpty();
        assertThat(check.toCreate()).containsExactly(
                new PetitionImportChecks.NewPetition(2, new Submission(PetitionKind.PROPOSAL, 2L, 10L,
                        "Lấn chiếm vỉa hè", "Dòng một\nDòng hai", "Chợ An Bình", null, null, "Trần Thị Mai", "0987 654 321",
                        "mai@example.vn", "Ấp Bình Hòa", false, Channel.IMPORT, null, java.util.List.of()), LocalDate.of(2026, 11, 2)),
                new PetitionImportChecks.NewPetition(3, new Submission(PetitionKind.FEEDBACK, 1L, null, "Tiêu đề",
                        "Nội dung", null, null, null, null, null, null, null, false, Channel.IMPORT, null, java.util.List.of()), TODAY));
    }

    @Test
    void englishHeadersAndKindsAreAccepted() {
        var check = check("Kind,Category,Unit code,Title,Content,Received on\nProposal,Dat dai,ABINH,T,C,27/11/2026\n");

        assertThat(check.problems()).isEmpty();
        assertThat(check.toCreate().get(0).submission().kind()).isEqualTo(PetitionKind.PROPOSAL);
    }

    @Test
    void anUnknownKindIsAProblemOfItsCell() {
        assertThat(problems("Khiếu nại;Đất đai;;T;C;;;;;;")).containsExactly(
                ImportProblem.of(2, "Loại", "petition.import.error.kind", "Khiếu nại"));
    }

    @Test
    void aCategoryOutsideTheActiveCatalogueIsUnknown() {
        assertThat(problems("Phản ánh;Giáo dục;;T;C;;;;;;", "Phản ánh;Lĩnh vực cũ;;T;C;;;;;;")).containsExactly(
                ImportProblem.of(2, "Lĩnh vực", "petition.import.error.category", "Giáo dục"),
                ImportProblem.of(3, "Lĩnh vực", "petition.import.error.category", "Lĩnh vực cũ"));
    }

    @Test
    void aUnitMustExistBeActiveAndLieInTheOfficersScope() {
        assertThat(problems("Phản ánh;Đất đai;KHONGCO;T;C;;;;;;", "Phản ánh;Đất đai;cu;T;C;;;;;;",
                "Phản ánh;Đất đai;ALINH;T;C;;;;;;")).containsExactly(
                ImportProblem.of(2, "Mã đơn vị", "import.error.unitUnknown", "KHONGCO"),
                ImportProblem.of(3, "Mã đơn vị", "petition.import.error.unitRetired", "CU"),
                ImportProblem.of(4, "Mã đơn vị", "petition.import.error.unitScope", "ALINH"));
    }

    @Test
    void aDistrictWideOfficerMayImportForAnyActiveUnit() {
        var check = checks.check(table(HEADER + "Phản ánh;Đất đai;ALINH;T;C;;;;;;\n"), List.of(LAND),
                List.of(AN_BINH, AN_LINH), new UnitFilter(true, Set.of()), TODAY);

        assertThat(check.passed()).isTrue();
    }

    @Test
    void theReceptionDateIsNeitherInTheFutureNorBefore2000NorMalformed() {
        assertThat(problems("Phản ánh;Đất đai;;T;C;;28/11/2026;;;;", "Phản ánh;Đất đai;;T;C;;31/12/1999;;;;",
                "Phản ánh;Đất đai;;T;C;;2026-11-01;;;;", "Phản ánh;Đất đai;;T;C;;01/01/2000;;;;")).containsExactly(
                ImportProblem.of(2, "Ngày tiếp nhận", "petition.import.error.future", "28/11/2026"),
                ImportProblem.of(3, "Ngày tiếp nhận", "petition.import.error.tooEarly", "31/12/1999", "01/01/2000"),
                ImportProblem.of(4, "Ngày tiếp nhận", "import.error.date", "2026-11-01"));
    }

    @Test
    void aMalformedEmailIsAProblem() {
        assertThat(problems("Phản ánh;Đất đai;;T;C;;;;;mai@@example;")).containsExactly(
                ImportProblem.of(2, "Thư điện tử", "validation.email"));
    }

    @Test
    void textsLongerThanTheIntakeFormAllowsAreProblems() {
        String row = "Phản ánh;Đất đai;;%s;%s;%s;;%s;%s;;%s".formatted("t".repeat(301), "c".repeat(10_001),
                "p".repeat(501), "n".repeat(201), "0".repeat(51), "a".repeat(501));

        assertThat(problems(row)).containsExactly(
                ImportProblem.of(2, "Tiêu đề", "import.error.tooLong", 300),
                ImportProblem.of(2, "Nội dung", "import.error.tooLong", 10_000),
                ImportProblem.of(2, "Địa điểm", "import.error.tooLong", 500),
                ImportProblem.of(2, "Họ tên", "import.error.tooLong", 200),
                ImportProblem.of(2, "Điện thoại", "import.error.tooLong", 50),
                ImportProblem.of(2, "Địa chỉ", "import.error.tooLong", 500));
    }

    @Test
    void missingRequiredCellsAreNamedOneByOne() {
        assertThat(problems(";;;;;Chợ;;;;;")).containsExactly(
                ImportProblem.of(2, "Loại", "validation.required"),
                ImportProblem.of(2, "Lĩnh vực", "validation.required"),
                ImportProblem.of(2, "Tiêu đề", "validation.required"),
                ImportProblem.of(2, "Nội dung", "validation.required"));
    }

    @Test
    void aHeaderWithoutARequiredColumnRejectsTheWholeFile() {
        assertThatThrownBy(() -> check("Loại;Tiêu đề;Nội dung\nPhản ánh;T;C\n"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.missingColumns");
                    assertThat(e.arguments()).containsExactly("Lĩnh vực");
                });
    }

    @Test
    void oneBadRowLeavesNothingToCreate() {
        var check = check(HEADER + "Phản ánh;Đất đai;;T;C;;;;;;\nPhản ánh;Không rõ;;T;C;;;;;;\n");

        assertThat(check.passed()).isFalse();
        assertThat(check.toCreate()).isEmpty();
    }

    private List<ImportProblem> problems(String... rows) {
        return check(HEADER + String.join("\n", rows) + "\n").problems();
    }

    private ImportCheck<PetitionImportChecks.NewPetition> check(String csv) {
        return checks.check(table(csv), List.of(LAND, ORDER, OLD), List.of(AN_BINH, AN_LINH, RETIRED), AN_BINH_ONLY,
                TODAY);
    }

    private static ImportTable table(String csv) {
        return new ImportFileReader(5000).read("don.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static UnitView unit(long id, String code, LocalDate retiredOn) {
        return new UnitView(id, code, "Xã " + code, UnitKind.COMMUNE_COMMITTEE, 1L, null, null, null, null, null,
                retiredOn, null, 1, 0);
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/petition");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
