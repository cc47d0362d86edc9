package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.petition.deadlines.PetitionNotices;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.MergedPetitions;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionKind;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.intake.PetitionIntake;
import vn.danvan.petition.intake.Submission;

/** Similar open petitions are suggested to those who may see them; an officer merges one into another. */
@DanVanIntegrationTest
class PetitionDuplicatesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PetitionIntake intake;
    @Autowired
    PetitionRepository petitions;
    @Autowired
    MergedPetitions merged;
    @Autowired
    MessageSource messages;

    PetitionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = PetitionFixture.of(context);
    }

    private Petition received(String unit, String category, String title, String content, String place, String email) {
        Submission s = new Submission(PetitionKind.FEEDBACK, fixture.category(category), fixture.unitId(unit), title,
                content, place, null, null, "Lê Văn Hùng", "0901234567", email, null, true, Channel.COUNTER,
                UUID.randomUUID().toString(), java.util.List.of());
        return petitions.find(intake.receive(s, Channel.COUNTER, "test").id()).orElseThrow();
    }

    private String suggestions(String user, Petition p) throws Exception {
        return mvc.perform(get("/petitions/{id}/duplicates", p.id()).header("HX-Request", "true")
                        .with(SignedIn.as(context, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<String> subjectsTo(String email, Petition p) {
        return jdbc.sql("select subject from mail_outbox where reference = :code and recipient = :to order by id")
                .param("code", p.code()).param("to", email).query(String.class).list();
    }

    private static String email() {
        return "cong.dan." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }

    @Test
    void similarOpenPetitionsOfTheUnitAreSuggestedIgnoringAccents() throws Exception {
        Petition first = received("ABINH", "GIAO_THONG", "Đèn đường hỏng ấp 3",
                "Đèn đường ở ấp 3 bị hỏng, buổi tối đi lại nguy hiểm.", "Ấp 3, xã An Bình", null);
        Petition second = received("ABINH", "GIAO_THONG", "Den duong ap 3 khong sang",
                "Den duong ap 3 khong sang may toi nay, di lai nguy hiem.", null, null);
        Petition otherCategory = received("ABINH", "MOI_TRUONG", "Đèn đường hỏng ấp 3",
                "Đèn đường ở ấp 3 bị hỏng, buổi tối đi lại nguy hiểm.", "Ấp 3, xã An Bình", null);
        Petition unrelated = received("ABINH", "GIAO_THONG", "Ổ gà trên đường liên xã",
                "Mặt đường liên xã xuất hiện nhiều ổ gà lớn sau mùa mưa.", "Ấp 3, xã An Bình", null);

        String page = suggestions("anbinh.canbo", second);
        assertThat(page).contains("Phản ánh tương tự").contains(first.code()).contains("merge-into-" + first.id())
                .doesNotContain(otherCategory.code()).doesNotContain(unrelated.code())
                .doesNotContain("/petitions/" + second.id() + "\"");
        assertThat(suggestions("anbinh.canbo", unrelated)).doesNotContain(first.code())
                .doesNotContain("Phản ánh tương tự");

        // the detail page loads the card, and links to it as a page for a browser without JavaScript
        mvc.perform(get("/petitions/{id}", second.id()).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString("/petitions/" + second.id() + "/duplicates")))
                .andExpect(content().string(containsString("id=\"duplicates-link\"")));
        mvc.perform(get("/petitions/{id}/duplicates", second.id()).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phản ánh, kiến nghị tương tự với " + second.code())))
                .andExpect(content().string(containsString(first.code())))
                .andExpect(content().string(containsString("<footer")));
        mvc.perform(get("/petitions/{id}/duplicates", unrelated.id()).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString("id=\"no-duplicates\"")));
    }

    @Test
    void anOfficerOfAnotherUnitSeesNoSuggestionsOfAnBinh() throws Exception {
        Petition anBinh = received("ABINH", "MOI_TRUONG", "Cây xanh gãy đổ ấp 7",
                "Cây xanh ven đường ấp 7 gãy đổ chắn lối đi sau cơn giông.", "Ấp 7, xã An Bình", null);
        Petition district = received("TNMT", "MOI_TRUONG", "Cây xanh ấp 7 gãy đổ",
                "Cây xanh ấp 7 gãy đổ chắn lối đi, đề nghị thu dọn.", "Ấp 7, xã An Bình", null);

        assertThat(suggestions("tnmt.truong", district)).doesNotContain(anBinh.code());
        // the same place makes them similar for someone who sees both units
        assertThat(suggestions("noivu", district)).contains(anBinh.code());
        mvc.perform(get("/petitions/{id}/duplicates", anBinh.id()).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(anBinh.code()))));
    }

    @Test
    void aMergedPetitionFollowsTheOriginalAndBothPetitionersAreTold() throws Exception {
        String originalEmail = email();
        String duplicateEmail = email();
        Petition original = received("ABINH", "MOI_TRUONG", "Cống thoát nước ấp Tân Lập bị tắc",
                "Cống thoát nước ấp Tân Lập bị tắc, nước tràn vào nhà.", "Ấp Tân Lập, xã An Bình", originalEmail);
        Petition duplicate = received("ABINH", "MOI_TRUONG", "Cống ấp Tân Lập tắc nghẽn",
                "Cống thoát nước ấp Tân Lập tắc nghẽn, nước tràn ra đường.", "Ấp Tân Lập, xã An Bình", duplicateEmail);

        mvc.perform(post("/petitions/{id}/merge", duplicate.id()).param("originalId", String.valueOf(original.id()))
                        .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/petitions/" + duplicate.id()))
                .andExpect(flash().attribute("flash", "petition.duplicates.merged"));

        var row = jdbc.sql("select status, merged_into_id from petition where id = :id").param("id", duplicate.id())
                .query().singleRow();
        assertThat(row.get("status")).isEqualTo("MERGED");
        assertThat(((Number) row.get("merged_into_id")).longValue()).isEqualTo(original.id());
        assertThat(jdbc.sql("""
                select count(*) from petition_step where petition_id = :id and action = 'MERGE'
                  and to_status = 'MERGED' and note = :code and actor = 'anbinh.canbo'""")
                .param("id", duplicate.id()).param("code", original.code()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'Petition' and entity_id = :id
                  and action = 'UPDATE' and actor = 'anbinh.canbo'""")
                .param("id", String.valueOf(duplicate.id())).query(Long.class).single()).isEqualTo(1);
        assertThat(subjectsTo(duplicateEmail, duplicate))
                .contains("Phản ánh, kiến nghị " + duplicate.code() + " đã được gộp vào " + original.code());
        assertThat(subjectsTo(originalEmail, original)).contains("Phản ánh, kiến nghị " + duplicate.code()
                + " đã được gộp vào phản ánh " + original.code() + " của Ông/Bà");

        // the merged one follows the original
        Petition reloaded = petitions.find(duplicate.id()).orElseThrow();
        assertThat(merged.followed(reloaded).id()).isEqualTo(original.id());
        assertThat(merged.followed(original).id()).isEqualTo(original.id());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/portal/petitions/lookup").param("code", duplicate.code()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(original.code())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"petition-followed\"")));
        // a merged petition is no longer suggested
        assertThat(suggestions("anbinh.canbo", original)).doesNotContain(duplicate.code());

        // the original's answer reaches the merged one's petitioner too: the published text, not the private one
        act("anbinh.canbo", original, "accept");
        act("anbinh.canbo", original, "draft", "note", "Kính gửi ông Nguyễn Văn Tư: đã nạo vét cống ngày 20/11.");
        act("anbinh.truong", original, "approve", "publish", "true", "note", "Đã nạo vét cống ngày 20/11.");
        var mail = jdbc.sql("select subject, body from mail_outbox where reference = :code and recipient = :to "
                        + "and subject = :subject").param("code", duplicate.code()).param("to", duplicateEmail)
                .param("subject", "Trả lời phản ánh, kiến nghị " + duplicate.code()).query().singleRow();
        assertThat((String) mail.get("body")).contains("Đã nạo vét cống ngày 20/11.").contains(original.code())
                .doesNotContain("Nguyễn Văn Tư");
        assertThat(subjectsTo(originalEmail, original)).contains("Trả lời phản ánh, kiến nghị " + original.code());
    }

    private void act(String user, Petition p, String action, String... params) throws Exception {
        var request = post("/petitions/{id}/{action}", p.id(), action).with(SignedIn.as(context, user)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", org.hamcrest.Matchers.startsWith("petition.done.")));
    }

    @Test
    void mergingIntoItselfIsRefusedAndChangesNothing() throws Exception {
        Petition p = received("ABINH", "XAY_DUNG", "Xây dựng lấn chiếm hành lang kênh",
                "Hộ dân xây dựng lấn chiếm hành lang kênh thủy lợi.", "Ấp Bình Hòa, xã An Bình", null);

        mvc.perform(post("/petitions/{id}/merge", p.id()).param("originalId", String.valueOf(p.id()))
                        .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/petitions/" + p.id()))
                .andExpect(flash().attribute("actionError", "petition.error.mergeSelf"));
        assertThat(messages.getMessage("petition.error.mergeSelf", null, PetitionNotices.VIETNAMESE))
                .isEqualTo("Không thể gộp một phản ánh vào chính nó.");

        assertThat(jdbc.sql("select status from petition where id = :id").param("id", p.id()).query(String.class)
                .single()).isEqualTo("RECEIVED");
        assertThat(jdbc.sql("select merged_into_id from petition where id = :id").param("id", p.id())
                .query(Long.class).optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from petition_step where petition_id = :id and action = 'MERGE'")
                .param("id", p.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'Petition' and entity_id = :id
                  and action = 'UPDATE'""").param("id", String.valueOf(p.id())).query(Long.class).single()).isZero();
    }

    @Test
    void anOfficerOfAnotherUnitCannotMerge() throws Exception {
        Petition a = received("ABINH", "KHAC", "Tiếng ồn karaoke ấp 5", "Karaoke ấp 5 gây tiếng ồn đến khuya.",
                "Ấp 5, xã An Bình", null);
        Petition b = received("ABINH", "KHAC", "Karaoke ấp 5 ồn ào", "Karaoke ấp 5 ồn ào đến khuya.",
                "Ấp 5, xã An Bình", null);
        mvc.perform(post("/petitions/{id}/merge", b.id()).param("originalId", String.valueOf(a.id()))
                .with(SignedIn.as(context, "tnmt.truong")).with(csrf())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from petition where id = :id").param("id", b.id()).query(String.class)
                .single()).isEqualTo("RECEIVED");
    }
}
