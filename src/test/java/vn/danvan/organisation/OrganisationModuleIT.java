package vn.danvan.organisation;

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

/** The organisation module runs with only the modules it declares (shared, audit). */
@ModuleTest
class OrganisationModuleIT {

    private final ApplicationContext context;
    private final MockMvc mvc;

    OrganisationModuleIT(ApplicationContext context, MockMvc mvc) {
        this.context = context;
        this.mvc = mvc;
    }

    @Test
    void startsWithOnlyTheModulesItDeclares() {
        assertThat(ModuleBeans.modulesIn(context)).contains("organisation", "audit", "shared").doesNotContain("calendar", "notification", "petition", "dossier", "dialogue", "reporting", "dashboard");
    }

    @Test
    void itsPagesRenderWithoutTheOtherModules() throws Exception {
        mvc.perform(get("/units").with(SignedIn.as(context, "noivu"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("An Bình")));
    }
}
