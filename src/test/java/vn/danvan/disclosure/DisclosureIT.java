package vn.danvan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The disclosure register through its screens: a commune keeps its own (another commune's officer, Home Affairs
 * writing, the Front before publication: refused), a content goes overdue, is escalated once, is made public with
 * the law's period and counts in the figures; bad input is refused in Vietnamese with nothing saved; the portal
 * shows what was made public and no one's name; Home Affairs keeps the catalogue.
 */
@DanVanIntegrationTest
class DisclosureIT {

    private static final String OFFICER = "anbinh.canbo";

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DisclosureEscalation escalation;
    private final DisclosureIndicators indicators;

    @Autowired
    DisclosureIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, Clock clock,
            DisclosureEscalation escalation, DisclosureIndicators indicators) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.clock = clock;
        this.escalation = escalation;
        this.indicators = indicators;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }

    private long unit(String code) {
        return OrganisationFixture.of(context).unit(code);
    }

    private long item(String code) {
        return jdbc.sql("select id from disclosure_item where code = :c").param("c", code).query(Long.class).single();
    }

    /** The officer adds a content of the item with its basis day; its id. */
    private long add(String title, String itemCode, LocalDate basis) throws Exception {
        mvc.perform(post("/disclosures").with(SignedIn.as(context, OFFICER)).with(csrf())
                        .param("unitId", String.valueOf(unit("ABINH"))).param("itemId", String.valueOf(item(itemCode)))
                        .param("title", title).param("basisDate", basis.format(DanVanTime.DATE)))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from disclosure where title = :t").param("t", title).query(Long.class).single();
    }

    private String column(long id, String column) {
        return jdbc.sql("select " + column + " from disclosure where id = :id").param("id", id).query(String.class)
                .optional().orElse(null);
    }

    @Test
    void aContentGoesOverdueIsEscalatedOnceThenMadePublicLateAndCounted() throws Exception {
        String title = "Kế hoạch thu hồi đất " + UUID.randomUUID();
        long id = add(title, "CK05", today().minusDays(5));
        assertThat(column(id, "due_date")).isEqualTo(today().minusDays(3).toString());
        mvc.perform(get("/disclosures").with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Quá hạn, chưa công khai")))
                // a year is written as a year, not as a number with grouping
                .andExpect(content().string(containsString("Lập các nội dung định kỳ năm " + today().getYear())));

        escalation.run(today());
        escalation.run(today());
        long notices = jdbc.sql("select count(*) from notification where link = :l and account_id = :a")
                .param("l", "/disclosures/" + id).param("a", OrganisationFixture.of(context).accountId(OFFICER))
                .query(Long.class).single();
        assertThat(notices).as("escalated once").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where link = :l and account_id = :a")
                .param("l", "/disclosures/" + id).param("a", OrganisationFixture.of(context).accountId("noivu"))
                .query(Long.class).single()).as("Home Affairs in copy").isEqualTo(1);

        long unit = unit("ABINH");
        BigDecimal overdueBefore = figure(unit, DisclosureIndicators.OVERDUE);

        LocalDate from = today().minusDays(1);
        mvc.perform(multipart("/disclosures/" + id + "/disclose").file(new MockMultipartFile("files", "bang-tin.pdf",
                                "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()))
                        .with(SignedIn.as(context, OFFICER)).with(csrf())
                        .param("channels", "NOTICE_BOARD", "HAMLET_HOUSE").param("version", "0")
                        .param("publicFrom", from.format(DanVanTime.DATE))
                        .param("publicTo", from.plusDays(29).format(DanVanTime.DATE))
                        .param("summary", "Niêm yết kế hoạch và bản đồ khu đất thu hồi."))
                .andExpect(status().is3xxRedirection());
        assertThat(column(id, "public_from")).isEqualTo(from.toString());
        assertThat(column(id, "forms")).isEqualTo("NOTICE_BOARD,HAMLET_HOUSE");
        mvc.perform(get("/disclosures/" + id).with(SignedIn.as(context, OFFICER)))
                .andExpect(content().string(containsString("Đã công khai trễ hạn")))
                .andExpect(content().string(containsString("bang-tin.pdf")));
        assertThat(figure(unit, DisclosureIndicators.OVERDUE)).isEqualTo(overdueBefore.subtract(BigDecimal.ONE));

        // recorded once: what was posted stays as posted
        mvc.perform(post("/disclosures/" + id + "/disclose").with(SignedIn.as(context, OFFICER)).with(csrf())
                        .param("channels", "PORTAL").param("version", "1")
                        .param("publicFrom", today().format(DanVanTime.DATE))
                        .param("publicTo", today().plusDays(40).format(DanVanTime.DATE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nội dung này đã được ghi nhận công khai.")));
        assertThat(column(id, "forms")).isEqualTo("NOTICE_BOARD,HAMLET_HOUSE");

        // a resident's comment and its answer; none of it on the portal
        mvc.perform(post("/disclosures/" + id + "/comments").with(SignedIn.as(context, OFFICER)).with(csrf())
                        .param("receivedOn", today().format(DanVanTime.DATE))
                        .param("content", "Đề nghị công bố giá bồi thường cụ thể."))
                .andExpect(status().is3xxRedirection());
        long comment = jdbc.sql("select id from disclosure_comment where disclosure_id = :d").param("d", id)
                .query(Long.class).single();
        mvc.perform(post("/disclosures/" + id + "/comments/" + comment + "/answer").with(SignedIn.as(context, OFFICER))
                        .with(csrf()).param("answer", "Giá bồi thường sẽ niêm yết cùng phương án.").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/disclosures/" + id).with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đề nghị công bố giá bồi thường cụ thể.")))
                .andExpect(content().string(containsString("Giá bồi thường sẽ niêm yết cùng phương án.")));
        mvc.perform(get("/portal/disclosures").param("unitId", String.valueOf(unit)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Niêm yết tại nhà văn hóa thôn, tổ dân phố")))
                .andExpect(content().string(not(containsString(OFFICER))))
                .andExpect(content().string(not(containsString("Đề nghị công bố giá bồi thường"))))
                .andExpect(content().string(not(containsString("bang-tin.pdf"))));
    }

    private BigDecimal figure(long unit, String code) {
        LocalDate today = today();
        List<IndicatorValue> values = indicators.values(Set.of(unit), today.withDayOfYear(1), today.withMonth(12)
                .withDayOfMonth(31)).get(unit);
        return values.stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow().value();
    }

    @Test
    void badInputIsRefusedInVietnameseWithNothingSaved() throws Exception {
        mvc.perform(post("/disclosures").with(SignedIn.as(context, OFFICER)).with(csrf())
                        .param("unitId", String.valueOf(unit("ABINH"))).param("itemId", "")
                        .param("title", " ").param("basisDate", "31/02/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy chọn nội dung phải công khai.")))
                .andExpect(content().string(containsString("Hãy nhập nội dung cụ thể.")))
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")));

        String title = "Dự toán bổ sung " + UUID.randomUUID();
        long id = add(title, "CK03", today().minusDays(1));
        LocalDate from = today();
        // too short a period, a form the item does not allow, and a file that is not what it says
        mvc.perform(post("/disclosures/" + id + "/disclose").with(SignedIn.as(context, OFFICER)).with(csrf())
                        .param("channels", "LOUDSPEAKER").param("version", "0")
                        .param("publicFrom", from.format(DanVanTime.DATE))
                        .param("publicTo", from.plusDays(9).format(DanVanTime.DATE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hình thức đã chọn không thuộc các hình thức danh mục quy định")))
                .andExpect(content().string(containsString("phải công khai ít nhất 30 ngày, tức là đến ngày "
                        + from.plusDays(29).format(DanVanTime.DATE))));
        mvc.perform(multipart("/disclosures/" + id + "/disclose").file(new MockMultipartFile("files", "anh.jpg",
                                "image/jpeg", "this is not a picture".getBytes()))
                        .with(SignedIn.as(context, OFFICER)).with(csrf())
                        .param("channels", "NOTICE_BOARD").param("version", "0")
                        .param("publicFrom", from.format(DanVanTime.DATE))
                        .param("publicTo", from.plusDays(30).format(DanVanTime.DATE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"files-error\"")));
        assertThat(column(id, "public_from")).as("nothing saved").isNull();
        assertThat(jdbc.sql("select count(*) from attachment where owner_type = 'disclosure' and owner_id = :id")
                .param("id", id).query(Long.class).single()).isZero();
        mvc.perform(post("/disclosures/" + id + "/comments").with(SignedIn.as(context, OFFICER)).with(csrf())
                        .param("receivedOn", from.format(DanVanTime.DATE)).param("content", "Ý kiến"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ ghi nhận ý kiến về nội dung đã công khai.")));
    }

    @Test
    void aCommuneKeepsItsOwnRegisterOthersSeeWhatTheyMay() throws Exception {
        String title = "Kết quả tuyển dụng " + UUID.randomUUID();
        long id = add(title, "CK13", today());
        String outsider = OrganisationFixture.of(context).staff().in("ALINH").role(Role.OFFICER)
                .named("Đỗ Văn Ngoài").create().username();
        mvc.perform(get("/disclosures/" + id).with(SignedIn.as(context, outsider))).andExpect(status().isForbidden());
        mvc.perform(get("/disclosures").param("unitId", String.valueOf(unit("ABINH")))
                .with(SignedIn.as(context, outsider))).andExpect(status().isForbidden());
        mvc.perform(post("/disclosures/" + id + "/disclose").with(SignedIn.as(context, outsider)).with(csrf())
                        .param("channels", "NOTICE_BOARD").param("version", "0")
                        .param("publicFrom", today().format(DanVanTime.DATE))
                        .param("publicTo", today().plusDays(40).format(DanVanTime.DATE)))
                .andExpect(status().isForbidden());
        // Home Affairs and the leaders see every register, and do not write in a commune's
        mvc.perform(get("/disclosures").param("unitId", String.valueOf(unit("ABINH"))).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)))
                .andExpect(content().string(not(containsString("id=\"disclosure-new\""))));
        mvc.perform(get("/disclosures/" + id).with(SignedIn.as(context, "chutich"))).andExpect(status().isOk());
        mvc.perform(post("/disclosures/" + id + "/disclose").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("channels", "NOTICE_BOARD").param("version", "0")
                        .param("publicFrom", today().format(DanVanTime.DATE))
                        .param("publicTo", today().plusDays(40).format(DanVanTime.DATE)))
                .andExpect(status().isForbidden());
        // the Front sees the published register only, of every commune
        mvc.perform(get("/disclosures").with(SignedIn.as(context, "mttq"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ủy ban nhân dân xã An Bình")));
        mvc.perform(get("/disclosures/" + id).with(SignedIn.as(context, "mttq"))).andExpect(status().isNotFound());
        mvc.perform(get("/disclosures").param("unitId", String.valueOf(unit("ABINH"))).with(SignedIn.as(context, "mttq")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(title))));
        assertThat(column(id, "public_from")).isNull();
    }

    @Test
    void homeAffairsKeepsTheCatalogueAndTheCommuneAddsItsPeriodicContentsOnce() throws Exception {
        mvc.perform(get("/disclosures/catalogue").with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Luật 10/2022/QH15, Điều 11")))
                .andExpect(content().string(not(containsString("id=\"item-new\""))));
        mvc.perform(post("/disclosures/catalogue").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("code", "X1")).andExpect(status().isForbidden());
        mvc.perform(post("/disclosures/catalogue").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("code", "CK03").param("title", "Trùng mã").param("legalBasis", "Luật 10/2022/QH15")
                        .param("channels", "PORTAL").param("cadence", "YEARLY").param("discloseWithinDays", "abc")
                        .param("keepPublicDays", "30").param("unitKinds", "COMMUNE_COMMITTEE").param("active", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập một số nguyên.")));
        String code = "T" + (System.nanoTime() % 100_000);
        mvc.perform(post("/disclosures/catalogue").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("code", "ck03").param("title", "Trùng mã").param("legalBasis", "Luật 10/2022/QH15")
                        .param("channels", "PORTAL").param("cadence", "YEARLY").param("discloseWithinDays", "5")
                        .param("keepPublicDays", "30").param("unitKinds", "COMMUNE_COMMITTEE").param("active", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã này đã có trong danh mục.")));
        mvc.perform(post("/disclosures/catalogue").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("code", code).param("title", "Báo cáo tình hình an ninh trật tự hằng quý")
                        .param("legalBasis", "Nghị định 59/2023/NĐ-CP").param("channels", "LOUDSPEAKER")
                        .param("cadence", "QUARTERLY").param("discloseWithinDays", "5").param("keepPublicDays", "15")
                        .param("unitKinds", "SPECIALISED_OFFICE").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        long created = item(code);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'disclosure_item' and entity_id = :id")
                .param("id", String.valueOf(created)).query(Long.class).single()).isEqualTo(1);

        int year = today().getYear() + 1;
        long unit = unit("ABINH");
        mvc.perform(post("/disclosures/periodic").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("unitId", String.valueOf(unit)).param("year", String.valueOf(year)))
                .andExpect(status().is3xxRedirection());
        long periodic = jdbc.sql("""
                select count(*) from disclosure d join disclosure_item i on i.id = d.item_id
                 where d.unit_id = :u and d.basis_date >= :from and d.basis_date <= :to""")
                .param("u", unit).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(Long.class).single();
        long expected = jdbc.sql("""
                select sum(case when cadence = 'YEARLY' then 1 when cadence = 'QUARTERLY' then 4 else 0 end)
                  from disclosure_item where active = true and unit_kinds like '%COMMUNE_COMMITTEE%'""")
                .query(Long.class).single();
        assertThat(periodic).as("the office's item is not a commune's").isEqualTo(expected);
        mvc.perform(post("/disclosures/periodic").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("unitId", String.valueOf(unit)).param("year", String.valueOf(year)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from disclosure where unit_id = :u and basis_date >= :from")
                .param("u", unit).param("from", LocalDate.of(year, 1, 1)).query(Long.class).single())
                .as("added once").isEqualTo(expected);
    }
}
