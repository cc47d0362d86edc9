package vn.danvan.reporting;

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

/** The reporting module runs with only the modules it declares (organisation, calendar, audit, notification, documents). */
@ModuleTest
class ReportingModuleIT {

    private final ApplicationContext context;
    private final MockMvc mvc;

    ReportingModuleIT(ApplicationContext context, MockMvc mvc) {
        this.context = context;
        this.mvc = mvc;
    }

    @Test
    void startsWithOnlyTheModulesItDeclares() {
        assertThat(ModuleBeans.modulesIn(context)).contains("reporting", "organisation", "calendar", "documents", "notification").doesNotContain("petition", "dossier", "dialogue", "dashboard", "commendation");
    }

    @Test
    void itsPagesRenderWithoutTheOtherModules() throws Exception {
        mvc.perform(get("/reporting").with(SignedIn.as(context, "noivu"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Báo cáo")));
    }
}
