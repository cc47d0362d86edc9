package vn.danvan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.ModuleBeans;
import vn.danvan.ModuleTest;
import vn.danvan.SignedIn;

/** The dossier module runs with only the modules it declares (organisation, audit, calendar, documents, notification, legal). */
@ModuleTest
class DossierModuleIT {

    private final ApplicationContext context;
    private final MockMvc mvc;

    DossierModuleIT(ApplicationContext context, MockMvc mvc) {
        this.context = context;
        this.mvc = mvc;
    }

    @Test
    void startsWithOnlyTheModulesItDeclares() {
        assertThat(ModuleBeans.modulesIn(context)).contains("dossier", "organisation", "calendar", "documents", "legal").doesNotContain("petition", "dialogue", "reporting", "dashboard", "commendation");
    }

    @Test
    void itsPagesRenderWithoutTheOtherModules() throws Exception {
        mvc.perform(get("/dossiers").with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hồ sơ")));
    }
}
