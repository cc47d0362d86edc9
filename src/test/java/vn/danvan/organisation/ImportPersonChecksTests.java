package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.imports.ImportCheck;
import vn.danvan.shared.imports.ImportFileReader;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportTable;
import vn.danvan.organisation.imports.ImportPersonChecks;
import vn.danvan.organisation.people.PersonData;

class ImportPersonChecksTests {

    static final UnitView OFFICE = ImportUnitChecksTests.unit(7, "NV", 1L);
    static final UnitView COMMUNE = ImportUnitChecksTests.unit(8, "ABINH", 1L);
    static final UnitView RETIRED = new UnitView(9, "CU", "Phòng cũ", UnitKind.SPECIALISED_OFFICE, 1L, null, null,
            null, null, null, LocalDate.of(2017, 1, 1), "Sáp nhập", 0, 1);

    private final ImportPersonChecks checks = new ImportPersonChecks();

    @Test
    void goodRowsPassWithTheirUnitAndHeadMark() {
        var check = check("""
                Họ và tên;Chức vụ;Mã đơn vị;Thư điện tử;Điện thoại;Người đứng đầu
                Nguyễn Văn An;Trưởng phòng;nv;an@phugiao.gov.vn;0912;x
                Trần Thị Bình;Chuyên viên;NV;;;
                Lê Văn Cường;Chủ tịch;ABINH;;;Có
                Phạm Thị Dung;;ABINH;;;không
                """);

        assertThat(check.problems()).isEmpty();
        assertThat(check.toCreate()).containsExactly(
                new ImportPersonChecks.NewPerson(2,
                        new PersonData("Nguyễn Văn An", "Trưởng phòng", 7, "an@phugiao.gov.vn", "0912"), true),
                new ImportPersonChecks.NewPerson(3, new PersonData("Trần Thị Bình", "Chuyên viên", 7, null, null),
                        false),
                new ImportPersonChecks.NewPerson(4, new PersonData("Lê Văn Cường", "Chủ tịch", 8, null, null), true),
                new ImportPersonChecks.NewPerson(5, new PersonData("Phạm Thị Dung", null, 8, null, null), false));
    }

    @Test
    void englishHeadersAreAccepted() {
        var check = check("Full name,Position,Unit code,Email,Phone,Head\nAn,Clerk,NV,,,1\n");

        assertThat(check.problems()).isEmpty();
        assertThat(check.toCreate().get(0).head()).isTrue();
    }

    @Test
    void theUnitMustExistAndBeActive() {
        var check = check("Họ và tên,Mã đơn vị\nAn,KHONG-CO\nBình,cu\nCường,\n");

        assertThat(check.problems()).containsExactly(
                ImportProblem.of(2, "Mã đơn vị", "import.error.unitUnknown", "KHONG-CO"),
                ImportProblem.of(3, "Mã đơn vị", "person.error.unitRetired"),
                ImportProblem.of(4, "Mã đơn vị", "validation.required"));
    }

    @Test
    void atMostOneHeadPerUnitAndOnlyKnownMarks() {
        var check = check("""
                Họ và tên,Mã đơn vị,Người đứng đầu
                An,NV,x
                Bình,ABINH,true
                Cường,nv,1
                Dung,NV,có lẽ
                """);

        assertThat(check.problems()).containsExactly(
                ImportProblem.of(4, "Người đứng đầu", "import.error.headRepeated", "NV", "2"),
                ImportProblem.of(5, "Người đứng đầu", "import.error.flag", "có lẽ"));
        assertThat(check.toCreate()).isEmpty();
    }

    @Test
    void aBadEmailIsReported() {
        var check = check("Họ và tên,Mã đơn vị,Thư điện tử\nAn,NV,an.phugiao.gov.vn\n");

        assertThat(check.problems()).containsExactly(ImportProblem.of(2, "Thư điện tử", "validation.email"));
    }

    @Test
    void aMissingNameColumnIsAnErrorOfTheFile() {
        assertThatThrownBy(() -> check("Chức vụ,Mã đơn vị\nA,NV\n")).hasMessage("import.error.missingColumns");
    }

    private ImportCheck<ImportPersonChecks.NewPerson> check(String csv) {
        ImportTable table = new ImportFileReader(5000).read("people.csv", csv.getBytes(StandardCharsets.UTF_8));
        return checks.check(table, List.of(OFFICE, COMMUNE, RETIRED));
    }
}
