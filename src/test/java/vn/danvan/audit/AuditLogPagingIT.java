package vn.danvan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.ListPages;
import vn.danvan.SignedIn;

/** The audit log pages by keyset, newest first, with the total and the filters kept; only its readers see it. */
@DanVanIntegrationTest
class AuditLogPagingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AuditService audit;

    @Test
    void theLogPagesNewestFirstForwardAndBackWithTheTotalAndTheFiltersKept() throws Exception {
        String type = "PagingIT" + UUID.randomUUID().toString().substring(0, 8);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            audit.created(type, 1000 + i, null, Map.of("title", "Bản ghi " + i));
            made.add(String.valueOf(1000 + i));
        }
        // another entity type: the filter leaves it out
        audit.created(type + "x", 1, null, Map.of("title", "khác"));

        List<String> shown = ListPages.of(mvc, SignedIn.as(context, "noivu")).walk("/audit?entityType=" + type
                + "&size=20", Pattern.compile(type + "</span> #<span>(\\d+)</span>"), 20, 42, "entityType=" + type);
        Collections.reverse(made);
        assertThat(shown).as("newest first (the id decides between entries of the same instant)").isEqualTo(made);

        mvc.perform(get("/audit").with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").param("cursor", "%%").with(SignedIn.as(context, "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Liên kết trang không hợp lệ hoặc đã bị sửa")));
    }
}
