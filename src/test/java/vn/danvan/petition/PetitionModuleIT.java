package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

import vn.danvan.ModuleBeans;
import vn.danvan.ModuleTest;
import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;

/** The petition module runs with only the modules it declares: organisation, calendar, notification... */
@ModuleTest
class PetitionModuleIT {

    private final ApplicationContext context;
    private final PetitionIntakeApi intake;
    private final PetitionLookup lookup;
    private final OrganisationService organisation;

    PetitionModuleIT(ApplicationContext context, PetitionIntakeApi intake, PetitionLookup lookup,
            OrganisationService organisation) {
        this.context = context;
        this.intake = intake;
        this.lookup = lookup;
        this.organisation = organisation;
    }

    @Test
    void startsWithoutTheModulesItDoesNotDeclare() {
        assertThat(ModuleBeans.modulesIn(context)).contains("petition", "organisation", "calendar", "notification")
                .doesNotContain("dialogue", "dossier", "reporting", "dashboard", "commendation");
    }

    @Test
    void aQuestionFromADialogueBecomesAPetitionOfTheHostUnit() {
        UnitView commune = organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElseThrow();
        PetitionIntakeApi.Created created = intake.receiveFromDialogue(commune.id(), "Đường liên ấp bị sạt lở",
                "Đề nghị sửa đoạn đường liên ấp 3 bị sạt lở sau mưa.", "Nguyễn Văn Hỏi", "ấp 3", "module-test",
                new PetitionIntakeApi.Source("Tạo từ câu hỏi tại hội nghị đối thoại", "/dialogue/1"));

        var found = lookup.findForUnit(commune.id(), created.code()).orElseThrow();
        assertThat(found.title()).isEqualTo("Đường liên ấp bị sạt lở");
        assertThat(found.status().name()).isEqualTo("RECEIVED");
        assertThat(lookup.findForUnit(commune.id() + 100_000, created.code())).isEmpty();
    }
}
