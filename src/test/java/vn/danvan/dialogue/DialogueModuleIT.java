package vn.danvan.dialogue;

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

/** The dialogue module runs with only the modules it declares (organisation, audit, calendar, documents, petition, notification). */
@ModuleTest
class DialogueModuleIT {

    private final ApplicationContext context;
    private final MockMvc mvc;

    DialogueModuleIT(ApplicationContext context, MockMvc mvc) {
        this.context = context;
        this.mvc = mvc;
    }

    @Test
    void startsWithOnlyTheModulesItDeclares() {
        assertThat(ModuleBeans.modulesIn(context)).contains("dialogue", "petition", "organisation", "documents").doesNotContain("dossier", "reporting", "dashboard", "commendation", "inspection");
    }

    @Test
    void itsPagesRenderWithoutTheOtherModules() throws Exception {
        mvc.perform(get("/dialogue").with(SignedIn.as(context, "anbinh.truong"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đối thoại")));
    }
}
