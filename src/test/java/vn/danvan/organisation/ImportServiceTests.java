package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.imports.ImportFailedException;
import vn.danvan.shared.imports.ImportFileReader;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.imports.ImportResult;
import vn.danvan.organisation.imports.ImportKind;
import vn.danvan.organisation.imports.ImportPersonChecks;
import vn.danvan.organisation.imports.ImportService;
import vn.danvan.organisation.imports.ImportUnitChecks;
import vn.danvan.organisation.imports.Imported;
import vn.danvan.organisation.people.PersonAdministration;
import vn.danvan.organisation.people.PersonData;
import vn.danvan.organisation.units.UnitAdministration;
import vn.danvan.organisation.units.UnitData;
import vn.danvan.organisation.units.UnitRepository;

/** The import's sequence without a database: check everything, then create parents first. */
class ImportServiceTests {

    private final UnitRepository units = mock(UnitRepository.class);
    private final UnitAdministration unitAdministration = mock(UnitAdministration.class);
    private final PersonAdministration personAdministration = mock(PersonAdministration.class);
    private final ImportService service = new ImportService(new ImportFileReader(5000),
            new ImportUnitChecks(ImportUnitChecksTests.messages()), new ImportPersonChecks(), units,
            unitAdministration, personAdministration);

    ImportServiceTests() {
        when(units.tree()).thenReturn(ImportUnitChecksTests.EXISTING);
    }

    @Test
    void childrenAreCreatedUnderTheIdTheirParentRowGot() {
        when(unitAdministration.create(any())).thenReturn(100L, 101L);

        ImportResult<Imported> result = service.importFile(ImportKind.UNITS, "u.csv",
                csv("Code,Name,Kind,Parent code\nCON,Con,PUBLIC_SERVICE_UNIT,ME\nME,Mẹ,COMMUNE_COMMITTEE,UBND-PG\n"));

        assertThat(result.succeeded()).isTrue();
        verify(unitAdministration).create(new UnitData("ME", "Mẹ", UnitKind.COMMUNE_COMMITTEE, 1L, null, null, null));
        verify(unitAdministration).create(new UnitData("CON", "Con", UnitKind.PUBLIC_SERVICE_UNIT, 100L, null, null,
                null));
        assertThat(result.imported()).containsExactly(new Imported(2, "Con", "CON", 101L),
                new Imported(3, "Mẹ", "ME", 100L));
    }

    @Test
    void aRejectedFileCreatesNothing() {
        ImportResult<Imported> result = service.importFile(ImportKind.UNITS, "u.csv",
                csv("Code,Name,Kind\nA,A,SPECIALISED_OFFICE\nB,B,?\n"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.faultyRows()).isEqualTo(1);
        verify(unitAdministration, never()).create(any());
    }

    @Test
    void aRowThatFailsWhileSavingNamesItsRowAndEndsTheImport() {
        when(unitAdministration.create(any())).thenReturn(100L)
                .thenThrow(InvalidRequestException.onField("code", "unit.error.codeTaken", "B"));

        assertThatThrownBy(() -> service.importFile(ImportKind.UNITS, "u.csv",
                csv("Code,Name,Kind\nA,A,SPECIALISED_OFFICE\nB,B,SPECIALISED_OFFICE\nC,C,SPECIALISED_OFFICE\n")))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.problem())
                        .isEqualTo(ImportProblem.of(3, null, "unit.error.codeTaken", "B")));
    }

    @Test
    void peopleAreCreatedWithTheirHeadMark() {
        when(personAdministration.create(any(), org.mockito.ArgumentMatchers.anyBoolean())).thenReturn(5L);

        ImportResult<Imported> result = service.importFile(ImportKind.PEOPLE, "p.csv",
                csv("Họ và tên,Mã đơn vị,Người đứng đầu\nAn,UBND-PG,x\n"));

        verify(personAdministration).create(new PersonData("An", null, 1, null, null), true);
        assertThat(result.imported()).containsExactly(new Imported(2, "An", "UBND-PG", 1L));
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
