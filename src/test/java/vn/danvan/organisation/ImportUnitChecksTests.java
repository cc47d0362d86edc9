package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.imports.ImportCheck;
import vn.danvan.shared.imports.ImportFileReader;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportTable;
import vn.danvan.organisation.imports.ImportUnitChecks;

class ImportUnitChecksTests {

    static final UnitView DISTRICT = unit(1, "UBND-PG", null);
    static final UnitView OLD_OFFICE = new UnitView(2, "CU", "Phòng cũ", UnitKind.SPECIALISED_OFFICE, 1L, null, null,
            null, null, null, LocalDate.of(2017, 1, 1), "Sáp nhập", 0, 1);
    static final List<UnitView> EXISTING = List.of(DISTRICT, OLD_OFFICE);

    private final ImportUnitChecks checks = new ImportUnitChecks(messages());

    @Test
    void goodRowsPassAndKindsAreKnownByCodeOrByLabelWithOrWithoutAccents() {
        var check = check("""
                Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Địa chỉ,Điện thoại,Thư điện tử
                xa-1,  Ủy ban nhân dân   xã Một ,COMMUNE_COMMITTEE,ubnd-pg,Ấp 1,0274 1,ubnd.xa1@phugiao.gov.vn
                PH.2,Phòng Hai,"uy ban NHAN DAN cap xa",UBND-PG,,,
                DV_3,Đơn vị Ba,Public service unit,,,,
                """);

        assertThat(check.problems()).isEmpty();
        assertThat(check.toCreate()).extracting(u -> u.data().code(), u -> u.data().name(), u -> u.data().kind(),
                u -> u.data().parentId()).containsExactly(
                tuple("XA-1", "Ủy ban nhân dân xã Một", UnitKind.COMMUNE_COMMITTEE, 1L),
                tuple("PH.2", "Phòng Hai", UnitKind.COMMUNE_COMMITTEE, 1L),
                tuple("DV_3", "Đơn vị Ba", UnitKind.PUBLIC_SERVICE_UNIT, null));
        assertThat(check.toCreate().get(0).data().email()).isEqualTo("ubnd.xa1@phugiao.gov.vn");
    }

    @Test
    void textIsStoredInComposedForm() {
        String decomposed = java.text.Normalizer.normalize("Phòng Tư pháp", java.text.Normalizer.Form.NFD);
        var check = check("Code,Name,Kind\nTP2," + decomposed + ",SPECIALISED_OFFICE\n");

        assertThat(check.toCreate().get(0).data().name()).isEqualTo("Phòng Tư pháp");
    }

    @Test
    void headersMatchWithoutAccentsInAnyCaseAndOrderAndInEnglish() {
        var check = check("""
                ghi chu,LOAI DON VI,ten don vi,Ma don vi (*)
                x,FATHERLAND_FRONT,Mặt trận,MT1
                """);
        assertThat(check.problems()).isEmpty();
        assertThat(check.toCreate().get(0).data().code()).isEqualTo("MT1");

        var english = check("Kind;Name;Code;Parent code;E-mail\nFATHERLAND_FRONT;Front;MT2;;front@example.vn\n");
        assertThat(english.problems()).isEmpty();
        assertThat(english.toCreate().get(0).data().email()).isEqualTo("front@example.vn");
    }

    @Test
    void aMissingRequiredColumnIsAnErrorOfTheFile() {
        assertThatThrownBy(() -> check("Mã đơn vị,Tên đơn vị\nA,B\n"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.missingColumns");
                    assertThat(e.arguments()).containsExactly("Loại đơn vị");
                });
        assertThatThrownBy(() -> check("Code,Name,Kind,Mã đơn vị\nA,B,C,D\n"))
                .hasMessage("import.error.columnRepeated");
    }

    @Test
    void anUnknownKindIsReportedOnItsRowAndColumnAsTheFileSpellsIt() {
        var check = check("Code,Name,Kind\nA1,Một,SPECIALISED_OFFICE\nA2,Hai,Hội đồng\n");

        assertThat(check.problems()).containsExactly(
                ImportProblem.of(3, "Kind", "import.error.unknownKind", "Hội đồng"));
        assertThat(check.toCreate()).isEmpty();
    }

    @Test
    void aCodeRepeatedInTheFileOrAlreadyUsedIsReported() {
        var check = check("""
                Code,Name,Kind
                A1,Một,SPECIALISED_OFFICE
                a1,Một lần nữa,SPECIALISED_OFFICE
                ubnd-pg,Trùng mã có sẵn,PEOPLES_COMMITTEE
                """);

        assertThat(check.problems()).containsExactly(
                ImportProblem.of(3, "Code", "import.error.codeRepeated", "A1", "2"),
                ImportProblem.of(4, "Code", "unit.error.codeTaken", "UBND-PG"));
    }

    @Test
    void aCodeMustBeShortAndPlain() {
        var check = check("Code,Name,Kind,Address\nMã-1,Một,SPECIALISED_OFFICE,\n" + "X".repeat(31)
                + ",Hai,SPECIALISED_OFFICE,\n,,,Ấp 1\n");

        assertThat(check.problems()).containsExactly(
                ImportProblem.of(2, "Code", "unit.error.codeFormat"),
                ImportProblem.of(3, "Code", "import.error.tooLong", 30),
                ImportProblem.of(4, "Code", "validation.required"),
                ImportProblem.of(4, "Name", "validation.required"),
                ImportProblem.of(4, "Kind", "validation.required"));
    }

    @Test
    void aParentLaterInTheFileIsCreatedBeforeItsChildren() {
        var check = check("""
                Code,Name,Kind,Parent code
                XOM,Tổ dân phố,PUBLIC_SERVICE_UNIT,AP
                AP,Ấp,PUBLIC_SERVICE_UNIT,XA
                PHONG,Phòng,SPECIALISED_OFFICE,UBND-PG
                XA,Xã,COMMUNE_COMMITTEE,UBND-PG
                """);

        assertThat(check.problems()).isEmpty();
        assertThat(check.toCreate()).extracting(ImportUnitChecks.NewUnit::row, u -> u.data().code(),
                u -> u.data().parentId(), ImportUnitChecks.NewUnit::parentCodeInFile).containsExactly(
                tuple(5, "XA", 1L, null),
                tuple(3, "AP", null, "XA"),
                tuple(2, "XOM", null, "AP"),
                tuple(4, "PHONG", 1L, null));
    }

    @Test
    void aLoopOfParentsInTheFileIsReportedOnEachOfItsRows() {
        var check = check("""
                Code,Name,Kind,Parent code
                A,A,SPECIALISED_OFFICE,B
                B,B,SPECIALISED_OFFICE,C
                C,C,SPECIALISED_OFFICE,A
                D,D,SPECIALISED_OFFICE,A
                E,E,SPECIALISED_OFFICE,E
                """);

        assertThat(check.problems()).containsExactly(
                ImportProblem.of(2, "Parent code", "import.error.cycle", "A → B → C → A"),
                ImportProblem.of(3, "Parent code", "import.error.cycle", "A → B → C → A"),
                ImportProblem.of(4, "Parent code", "import.error.cycle", "A → B → C → A"),
                ImportProblem.of(6, "Parent code", "import.error.cycle", "E → E"));
        assertThat(check.toCreate()).isEmpty();
    }

    @Test
    void aParentMustExistAndBeActive() {
        var check = check("Code,Name,Kind,Parent code\nA,A,SPECIALISED_OFFICE,KHONG-CO\nB,B,SPECIALISED_OFFICE,cu\n");

        assertThat(check.problems()).containsExactly(
                ImportProblem.of(2, "Parent code", "import.error.parentUnknown", "KHONG-CO"),
                ImportProblem.of(3, "Parent code", "unit.error.parentRetired"));
    }

    @Test
    void aBadEmailAndOverlongTextAreReported() {
        var check = check("Code,Name,Kind,Email,Address\nA,A,SPECIALISED_OFFICE,ubnd@@phugiao,\nB,"
                + "N".repeat(256) + ",SPECIALISED_OFFICE,b@x.vn," + "D".repeat(501) + "\n");

        assertThat(check.problems()).containsExactly(
                ImportProblem.of(2, "Email", "validation.email"),
                ImportProblem.of(3, "Name", "import.error.tooLong", 255),
                ImportProblem.of(3, "Address", "import.error.tooLong", 500));
    }

    @Test
    void oneBadRowMeansNothingToCreate() {
        var check = check("Code,Name,Kind\nA,A,SPECIALISED_OFFICE\nB,B,?\nC,C,SPECIALISED_OFFICE\n");

        assertThat(check.passed()).isFalse();
        assertThat(check.toCreate()).isEmpty();
    }

    private ImportCheck<ImportUnitChecks.NewUnit> check(String csv) {
        ImportTable table = new ImportFileReader(5000).read("units.csv", csv.getBytes(StandardCharsets.UTF_8));
        return checks.check(table, EXISTING);
    }

    static UnitView unit(long id, String code, Long parentId) {
        return new UnitView(id, code, "Đơn vị " + code, UnitKind.PEOPLES_COMMITTEE, parentId, null, null, null, null,
                null, null, null, 0, 0);
    }

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/imports");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
