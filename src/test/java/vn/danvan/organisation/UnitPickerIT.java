package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;

/**
 * The unit picker over {@link UnitPicker#LIST_LIMIT} units: its suggestions (the scope's units only, found
 * without accents by name or code, twenty at most, never to an anonymous visitor but the portal's active units by
 * name) and the forms and filters that draw it instead of a list, their pages kept small.
 */
@DanVanIntegrationTest
class UnitPickerIT {

    private static final Pattern OPTION = Pattern.compile("data-unit-id=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    ManyUnits many;

    @BeforeEach
    void manyUnits() {
        many = ManyUnits.create(context, UnitPicker.LIST_LIMIT + 1);
    }

    @AfterEach
    void noMore() {
        many.close();
    }

    @Test
    void suggestionsAreFoundWithoutAccentsByNameOrCodeTwentyAtMost() throws Exception {
        String all = suggestions("chutich", "/units/pick?name=unitId&unitId-text=doi%20thong%20" + many.token);
        assertThat(ids(all)).as("twenty of the 302 units named so").hasSize(UnitPicker.SUGGESTIONS);
        assertThat(all).contains("Chỉ hiện 20 đơn vị đầu tiên");

        String one = suggestions("chutich", "/units/pick?name=unitId&unitId-text=UY%20BAN%20NHAN%20DAN%20XA%20DOI%20THONG%20SO%20123%20"
                + many.token);
        assertThat(ids(one)).containsExactly(many.communeId(123));
        assertThat(one).contains(many.communeName(123)).as("the parent and the code tell namesakes apart")
                .contains(many.committeeName()).contains(many.communeCode(123));

        String byCode = suggestions("chutich", "/units/pick?q=" + many.communeCode(45).toLowerCase());
        assertThat(ids(byCode)).first().as("the unit of the code typed comes first").isEqualTo(many.communeId(45));

        String own = suggestions("anbinh.canbo", "/units/pick?name=unitId&unitId-text=xa%20an%20binh");
        assertThat(own).contains("Ủy ban nhân dân xã An Bình");
    }

    @Test
    void aUnitOutsideTheScopeIsNeverSuggested() throws Exception {
        String outside = suggestions("anbinh.canbo", "/units/pick?name=unitId&unitId-text=" + many.token);
        assertThat(ids(outside)).isEmpty();
        assertThat(outside).contains("Không có đơn vị nào khớp với “" + many.token + "”");
        assertThat(ids(suggestions("anbinh.canbo", "/units/pick?q=an%20linh"))).isEmpty();
        assertThat(suggestions("chutich", "/units/pick?q=an%20linh")).contains("Ủy ban nhân dân xã An Linh");

        // the kinds asked narrow the scope, never widen it
        assertThat(ids(suggestions("chutich", "/units/pick?kinds=PEOPLES_COMMITTEE&q=" + many.token)))
                .containsExactly(many.committeeId);
        assertThat(ids(suggestions("anbinh.canbo", "/units/pick?kinds=COMMUNE_COMMITTEE&q=an%20linh"))).isEmpty();
        mvc.perform(get("/units/pick?kinds=NOT_A_KIND&q=an").with(SignedIn.as(context, "chutich")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anonymousVisitorsGetThePortalsActiveUnitsByNameAlone() throws Exception {
        mvc.perform(get("/units/pick?q=an%20binh")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));

        many.retire(2);
        String portal = anonymous("/portal/units/pick?name=unitId&unitId-text=doi%20thong%20so%202%20" + many.token
                + "&scope=VISIBLE");
        assertThat(ids(portal)).as("Số 12, 20–29, 32, … but not Số 2, retired").isNotEmpty()
                .doesNotContain(many.communeId(2)).contains(many.communeId(12));
        assertThat(portal).contains(many.communeName(12)).doesNotContain(many.communeCode(12))
                .as("names alone").doesNotContain("Mã ");
        assertThat(mvc.perform(get(URI.create("/portal/units/pick?q=" + many.token))).andReturn().getRequest()
                .getSession(false)).as("an anonymous visitor's suggestions open no session").isNull();
    }

    /**
     * Each form and filter that listed every unit of a scope draws the picker once the scope holds more than
     * {@link UnitPicker#LIST_LIMIT} units, and its page stays small (a list of the country's units weighed
     * megabytes). The sizes are printed for bench/README.md.
     */
    @Test
    void formsOverTheListLimitDrawThePickerAndStaySmall() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/petitions", "chutich");
        pages.put("/petitions/new", "noivu");
        pages.put("/portal/petitions/new", null);
        pages.put("/portal/answers", null);
        pages.put("/dossiers", "chutich");
        pages.put("/admin/people", "admin");
        pages.put("/admin/people/new", "admin");
        pages.put("/admin/accounts", "admin");
        pages.put("/admin/accounts/new", "admin");
        pages.put("/admin/units/new", "admin");
        pages.put("/admin/local-government", "admin");
        pages.put("/petitions/import", "noivu");
        pages.put("/documents/register", "chutich");
        pages.put("/inspection/new", "noivu");
        pages.put("/dossiers/procedures/new", "admin");
        pages.put("/consultations/areas", "admin");
        pages.put("/portal/survey", null);
        pages.put("/supervision/new", "mttq");
        for (var page : pages.entrySet()) {
            String html = page.getValue() == null ? anonymous(page.getKey()) : signedIn(page.getValue(), page.getKey());
            int bytes = html.getBytes(StandardCharsets.UTF_8).length;
            System.out.printf("unit picker: %s as %s: %,d bytes%n", page.getKey(), page.getValue(), bytes);
            assertThat(html).as(page.getKey()).contains("dv-unit-picker").contains("name=\"unit-pick\"")
                    .doesNotContain(many.communeName(7));
            // the Fronts (a select of their own on the local government's page) are few by nature
            assertThat(Pattern.compile("<select[^>]*name=\"(\\w*[uU]nitId|parentId)\"").matcher(html.replaceAll(
                    "<select[^>]*name=\"frontUnitId\"", "")).find()).as(page.getKey() + " lists no unit").isFalse();
            assertThat(bytes).as(page.getKey() + " stays small").isLessThan(100 * 1024);
        }
    }

    /**
     * A form of several units over the limit: those chosen ticked (here the default, every reporting unit), no box
     * for the others, and a unit typed to add one.
     */
    @Test
    void aFormOfSeveralUnitsTicksThoseChosenAndAddsOneTyped() throws Exception {
        String html = signedIn("noivu", "/reporting/periods/new");
        assertThat(html).contains("dv-unit-picker-several").contains("value=\"add:ANY::unitIds\"")
                .contains("name=\"unitIds-text\"")
                .as("the default, ticked").containsPattern("value=\"" + many.communeId(7) + "\" checked");
        String supervision = signedIn("mttq", "/supervision/new");
        assertThat(supervision).contains("dv-unit-picker-several").doesNotContain("name=\"unitIds\" value=");

        // without JavaScript: the name typed joins the units ticked when the form is sent (here it comes back for
        // its template, not chosen), or comes back as the field's error with the units ticked kept
        var org = OrganisationFixture.of(context);
        long anBinh = org.unit("ABINH");
        long anLinh = org.unit("ALINH");
        String added = read(post("/reporting/periods").with(SignedIn.as(context, "noivu")).with(csrf())
                .param("year", "2026").param("unitIds", String.valueOf(anBinh)).param("unitIds-text", "xa an linh")
                .param("unit-pick", "add:ANY::unitIds"));
        assertThat(added).containsPattern("value=\"" + anBinh + "\" checked").containsPattern("value=\"" + anLinh + "\" checked")
                .doesNotContain("Không tìm thấy đơn vị");
        String unknown = read(post("/reporting/periods").with(SignedIn.as(context, "noivu")).with(csrf())
                .param("year", "2026").param("unitIds", String.valueOf(anBinh)).param("unitIds-text", "khong co xa nay")
                .param("unit-pick", "add:ANY::unitIds"));
        assertThat(unknown).containsPattern("value=\"" + anBinh + "\" checked").doesNotContainPattern("value=\"" + anLinh + "\" checked")
                .contains("Không tìm thấy đơn vị “khong co xa nay”").contains("value=\"khong co xa nay\"");
    }

    private String suggestions(String username, String address) throws Exception {
        return read(get(URI.create(address)).header("HX-Request", "true").with(SignedIn.as(context, username)));
    }

    private String signedIn(String username, String address) throws Exception {
        return read(get(URI.create(address)).with(SignedIn.as(context, username)));
    }

    private String anonymous(String address) throws Exception {
        return read(get(URI.create(address)));
    }

    private String read(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<Long> ids(String html) {
        Matcher m = OPTION.matcher(html);
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }
}
