package vn.danvan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorValue;
import vn.danvan.organisation.OrganisationFixture;

/**
 * Models of An Bình through the screens: registration with a photo and a file, submission,
 * evaluation by Home Affairs, recognition, replication and the portal; refusals in Vietnamese with
 * nothing saved; who sees what.
 */
@DanVanIntegrationTest
class ModelIT {

    private static final String OFFICER = "anbinh.canbo";
    private static final String HOME_AFFAIRS = "noivu";

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ModelIndicators indicators;

    @Autowired
    ModelIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, Clock clock, ModelIndicators indicators) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.clock = clock;
        this.indicators = indicators;
    }

    // ------------------------------------------------------------------ fixtures

    private long anBinh() {
        return OrganisationFixture.of(context).unit("ABINH");
    }

    private int year() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();
    }

    static byte[] png() throws Exception {
        var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private MockMultipartHttpServletRequestBuilder modelForm(String name) {
        return modelForm(name, Integer.toString(year()));
    }

    private MockMultipartHttpServletRequestBuilder modelForm(String name, String year) {
        return multipart("/models").param("kind", "MODEL").param("name", name).param("field", "ECONOMY")
                .param("year", year).param("description", "Vận động Nhân dân hiến đất làm đường")
                .param("results", "Đường bê tông hoàn thành").param("resultLines", "Số hộ hiến đất; 86; hộ\nChiều dài; 3,2; km")
                .param("peopleInvolved", "Ban nhân dân ấp");
    }

    private long register(String name) throws Exception {
        String location = mvc.perform(modelForm(name).with(SignedIn.as(context, OFFICER)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/models/\\d+");
        return Long.parseLong(location.substring("/models/".length()));
    }

    private long version(long id) {
        return jdbc.sql("select version from model_entry where id = :id").param("id", id).query(Long.class).single();
    }

    private String stateOf(long id) {
        return jdbc.sql("select status from model_entry where id = :id").param("id", id).query(String.class).single();
    }

    private long submitted(String name) throws Exception {
        long id = register(name);
        mvc.perform(post("/models/{id}/submit", id).param("version", Long.toString(version(id)))
                .with(SignedIn.as(context, OFFICER)).with(csrf())).andExpect(status().is3xxRedirection());
        return id;
    }

    private MockHttpServletRequestBuilder evaluation(long id, String... firstScores) {
        return evaluation(id, version(id), firstScores);
    }

    private MockHttpServletRequestBuilder evaluation(long id, long version, String... firstScores) {
        var request = post("/models/{id}/evaluation", id).param("version", Long.toString(version));
        List<Long> criteria = jdbc.sql("select id from model_criterion where active = true order by position, id")
                .query(Long.class).list();
        String[] defaults = {"27", "22", "20", "15", "10", "10", "10"};
        for (int i = 0; i < criteria.size(); i++) {
            request.param("scores[" + criteria.get(i) + "]", i < firstScores.length ? firstScores[i] : defaults[i]);
        }
        return request;
    }

    private long recognised(String name) throws Exception {
        long id = submitted(name);
        mvc.perform(evaluation(id).param("result", "RECOGNISED").param("recognitionYear", Integer.toString(year()))
                .with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(stateOf(id)).isEqualTo("RECOGNISED");
        return id;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The page's field holds the value (the page writes accented letters as HTML entities). */
    private static org.springframework.test.web.servlet.ResultMatcher field(String id, String value) {
        return result -> assertThat(org.jsoup.Jsoup.parse(result.getResponse().getContentAsString(
                StandardCharsets.UTF_8)).getElementById(id).val()).as(id).isEqualTo(value);
    }

    // ------------------------------------------------------------------ the whole way

    @Test
    void aModelIsRegisteredWithPhotoAndFileSubmittedRecognisedReplicatedAndPublished() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        var before = indicators.values(anBinh(), today, today);
        String name = unique("Mô hình hiến đất làm đường");
        String location = mvc.perform(modelForm(name)
                .file(new MockMultipartFile("photos", "duong-moi.png", "image/png", png()))
                .file(new MockMultipartFile("files", "bao-cao.pdf", "application/pdf", pdf()))
                .with(SignedIn.as(context, OFFICER)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/models/".length()));
        assertThat(stateOf(id)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select unit_id from model_entry where id = :id").param("id", id).query(Long.class)
                .single()).isEqualTo(anBinh());
        assertThat(jdbc.sql("select amount from model_result_line where entry_id = :id order by position")
                .param("id", id).query(BigDecimal.class).list())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("86"), new BigDecimal("3.2"));
        mvc.perform(get("/models/{id}", id).with(SignedIn.as(context, OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("duong-moi.png")))
                .andExpect(content().string(containsString("bao-cao.pdf")))
                .andExpect(content().string(containsString("Dự thảo")));

        // Home Affairs cannot evaluate a draft; the unit submits it
        mvc.perform(post("/models/{id}/submit", id).param("version", Long.toString(version(id)))
                .with(SignedIn.as(context, OFFICER)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(stateOf(id)).isEqualTo("SUBMITTED");

        mvc.perform(evaluation(id, "28", "23", "21", "16").param("result", "RECOGNISED")
                .param("recognitionYear", Integer.toString(year())).param("comment", "Cách làm hay, dễ nhân rộng")
                .with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(stateOf(id)).isEqualTo("RECOGNISED");
        assertThat(jdbc.sql("select total_score from model_entry where id = :id").param("id", id).query(Integer.class)
                .single()).isEqualTo(88);
        assertThat(jdbc.sql("select count(*) from model_score where entry_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'model' and entity_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isGreaterThanOrEqualTo(3);

        long phuocVinh = OrganisationFixture.of(context).unit("PVINH");
        mvc.perform(post("/models/{id}/replications", id).param("unitId", Long.toString(phuocVinh))
                .param("takenUpOn", today.format(DanVanTime.DATE)).param("outcome", "Khu phố 3 làm theo, 30 hộ tham gia")
                .with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/models/{id}", id).with(SignedIn.as(context, OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Khu phố 3 làm theo, 30 hộ tham gia")))
                .andExpect(content().string(containsString("Được công nhận")));

        mvc.perform(get("/portal/models")).andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        String page = mvc.perform(get("/portal/models/{id}", id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Khu phố 3 làm theo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long photo = jdbc.sql("select id from attachment where owner_type = 'model' and owner_id = :id and content_type = 'image/png'")
                .param("id", id).query(Long.class).single();
        long file = jdbc.sql("select id from attachment where owner_type = 'model' and owner_id = :id and content_type = 'application/pdf'")
                .param("id", id).query(Long.class).single();
        assertThat(page).contains("/portal/models/" + id + "/photos/" + photo).doesNotContain("bao-cao.pdf");
        mvc.perform(get("/portal/models/{id}/photos/{f}", id, photo)).andExpect(status().isOk());
        mvc.perform(get("/portal/models/{id}/photos/{f}", id, file)).andExpect(status().isNotFound());

        var after = indicators.values(anBinh(), today, today);
        assertThat(value(after, ModelIndicators.REGISTERED) - value(before, ModelIndicators.REGISTERED)).isEqualTo(1);
        assertThat(value(after, ModelIndicators.RECOGNISED) - value(before, ModelIndicators.RECOGNISED)).isEqualTo(1);
    }

    private static long value(List<IndicatorValue> values, String code) {
        return values.stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow().value().longValue();
    }

    @Test
    void anExemplaryPersonIsRecognisedAndCountedWithoutContactData() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        var before = indicators.values(anBinh(), today, today);
        String name = unique("Nguyễn Văn Gương");
        String location = mvc.perform(multipart("/models").param("kind", "PERSON").param("name", name)
                .param("year", Integer.toString(year())).param("description", "Hiến 300 m² đất làm đường")
                .param("positionRole", "Trưởng ấp").param("area", "Ấp Bình Hòa")
                .with(SignedIn.as(context, OFFICER)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/models/".length()));
        mvc.perform(post("/models/{id}/submit", id).param("version", Long.toString(version(id)))
                .with(SignedIn.as(context, OFFICER)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(evaluation(id).param("result", "RECOGNISED").param("recognitionYear", Integer.toString(year()))
                .with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/models")).andExpect(content().string(containsString(name)));
        mvc.perform(get("/portal/models/{id}", id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hiến 300 m² đất làm đường")))
                .andExpect(content().string(containsString("Trưởng ấp")));
        var after = indicators.values(anBinh(), today, today);
        assertThat(value(after, ModelIndicators.PEOPLE_RECOGNISED) - value(before, ModelIndicators.PEOPLE_RECOGNISED))
                .isEqualTo(1);
        assertThat(value(after, ModelIndicators.REGISTERED) - value(before, ModelIndicators.REGISTERED)).isZero();
    }

    @Test
    void notRecognisedNeedsAReason() throws Exception {
        long id = submitted(unique("Mô hình chưa đạt"));
        mvc.perform(evaluation(id).param("result", "NOT_RECOGNISED").with(SignedIn.as(context, HOME_AFFAIRS))
                .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nêu lý do không công nhận.")));
        assertThat(stateOf(id)).isEqualTo("SUBMITTED");
        mvc.perform(evaluation(id).param("result", "NOT_RECOGNISED").param("reason", "Chưa có kết quả cụ thể")
                .with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(stateOf(id)).isEqualTo("NOT_RECOGNISED");
        mvc.perform(get("/portal/models/{id}", id)).andExpect(status().isNotFound());
        // evaluated once only
        mvc.perform(evaluation(id).param("result", "RECOGNISED").param("recognitionYear", Integer.toString(year()))
                .with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Chỉ đánh giá được mô hình đã gửi và chưa đánh giá.")))
                .andExpect(content().string(containsString("đang ở trạng thái &quot;Không được công nhận&quot;")));
        assertThat(stateOf(id)).isEqualTo("NOT_RECOGNISED");
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void aScoreAboveItsMaximumIsRefusedInVietnameseAndNothingIsSaved() throws Exception {
        long id = submitted(unique("Mô hình chấm quá điểm"));
        long versionBefore = version(id);
        mvc.perform(evaluation(id, "31").param("result", "RECOGNISED").param("recognitionYear", Integer.toString(year()))
                .param("comment", "Nhận xét giữ lại").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vượt quá điểm tối đa 30")))
                .andExpect(content().string(containsString("value=\"31\"")))
                .andExpect(field("comment", "Nhận xét giữ lại"));
        assertThat(stateOf(id)).isEqualTo("SUBMITTED");
        assertThat(version(id)).isEqualTo(versionBefore);
        assertThat(jdbc.sql("select count(*) from model_score where entry_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aStaleVersionIsRefused() throws Exception {
        long id = submitted(unique("Mô hình sửa đồng thời"));
        mvc.perform(evaluation(id, version(id) - 1).param("result", "RECOGNISED")
                .param("recognitionYear", Integer.toString(year()))
                .with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())).andExpect(status().isConflict());
        assertThat(stateOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void aRegistrationWithMissingFieldsIsRefusedInVietnameseKeepingWhatWasTyped() throws Exception {
        long count = jdbc.sql("select count(*) from model_entry").query(Long.class).single();
        mvc.perform(multipart("/models").param("kind", "MODEL").param("name", "Mô hình thiếu lĩnh vực")
                .param("year", "1990").param("resultLines", "Số hộ; nhiều; hộ")
                .with(SignedIn.as(context, OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn lĩnh vực.")))
                .andExpect(content().string(containsString("Năm phải từ 2000 đến " + year() + ".")))
                .andExpect(content().string(containsString("Vui lòng nhập nội dung, cách làm của mô hình.")))
                .andExpect(content().string(containsString("Dòng 1 của kết quả bằng số liệu")))
                .andExpect(content().string(containsString("thiếu lĩnh vực\"")));
        assertThat(jdbc.sql("select count(*) from model_entry").query(Long.class).single()).isEqualTo(count);
    }

    @Test
    void aPdfGivenAsAPhotoRefusesTheWholeRegistration() throws Exception {
        long entries = jdbc.sql("select count(*) from model_entry").query(Long.class).single();
        long files = jdbc.sql("select count(*) from attachment where owner_type = 'model'").query(Long.class).single();
        mvc.perform(modelForm(unique("Mô hình ảnh sai"))
                .file(new MockMultipartFile("photos", "anh.pdf", "image/png", pdf()))
                .with(SignedIn.as(context, OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải ảnh JPEG hoặc PNG")));
        mvc.perform(modelForm(unique("Mô hình tệp sai"))
                .file(new MockMultipartFile("files", "tai-lieu.png", "application/pdf", png()))
                .with(SignedIn.as(context, OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải tệp PDF")));
        assertThat(jdbc.sql("select count(*) from model_entry").query(Long.class).single()).isEqualTo(entries);
        assertThat(jdbc.sql("select count(*) from attachment where owner_type = 'model'").query(Long.class).single())
                .isEqualTo(files);
    }

    @Test
    void aReplicationNeedsUnitDateAndOutcome() throws Exception {
        long id = recognised(unique("Mô hình nhân rộng"));
        mvc.perform(post("/models/{id}/replications", id).param("takenUpOn", " ")
                .with(SignedIn.as(context, OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn đơn vị áp dụng.")))
                .andExpect(content().string(containsString("Vui lòng nhập ngày theo dạng dd/mm/yyyy.")))
                .andExpect(content().string(containsString("Vui lòng nhập kết quả áp dụng.")));
        // a day that does not exist, a unit that is no number: the form again with what was typed
        mvc.perform(post("/models/{id}/replications", id).param("unitId", "abc").param("takenUpOn", "31/02/2026")
                .param("outcome", "Kết quả giữ lại").with(SignedIn.as(context, OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ.")))
                .andExpect(field("takenUpOn", "31/02/2026"))
                .andExpect(field("outcome", "Kết quả giữ lại"));
        long unit = OrganisationFixture.of(context).unit("PVINH");
        mvc.perform(post("/models/{id}/replications", id).param("unitId", Long.toString(unit))
                .param("takenUpOn", "01/01/2025").param("outcome", "x".repeat(4001))
                .with(SignedIn.as(context, OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 4000 ký tự.")));
        assertThat(jdbc.sql("select count(*) from model_replication where entry_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void wrongTypedOrOverLongInputComesBackAsTheFormWithNothingSaved() throws Exception {
        long count = jdbc.sql("select count(*) from model_entry").query(Long.class).single();
        mvc.perform(modelForm("Mô hình năm chữ", "abc").with(SignedIn.as(context, OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập một số nguyên.")))
                .andExpect(field("year", "abc"))
                .andExpect(field("name", "Mô hình năm chữ"));
        mvc.perform(modelForm("x".repeat(301)).with(SignedIn.as(context, OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 300 ký tự.")));
        // a choice that is not offered is the form again; a tampered hidden kind is a 400
        mvc.perform(multipart("/models").param("kind", "MODEL").param("name", "Mô hình lĩnh vực lạ")
                .param("field", "XSS").param("year", Integer.toString(year())).param("description", "Cách làm")
                .with(SignedIn.as(context, OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị này không hợp lệ; hãy chọn hoặc nhập lại.")));
        mvc.perform(multipart("/models").param("kind", "XSS").param("name", "Mô hình loại lạ")
                .param("field", "ECONOMY").param("year", Integer.toString(year())).param("description", "Cách làm")
                .with(SignedIn.as(context, OFFICER)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Biểu mẫu gửi lên có lựa chọn không hợp lệ")));
        assertThat(jdbc.sql("select count(*) from model_entry").query(Long.class).single()).isEqualTo(count);

        // the evaluation: a score that is no number, a year that is no number, a comment over the column
        long id = submitted(unique("Mô hình chấm chữ"));
        long versionBefore = version(id);
        mvc.perform(evaluation(id, "hai mươi").param("result", "RECOGNISED").param("recognitionYear", "abc")
                .param("comment", "Nhận xét giữ lại").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Điểm phải là số nguyên, từ 0 đến điểm tối đa của tiêu chí.")))
                .andExpect(content().string(containsString("Hãy nhập một số nguyên.")))
                .andExpect(field("comment", "Nhận xét giữ lại"));
        mvc.perform(evaluation(id).param("result", "RECOGNISED").param("recognitionYear", Integer.toString(year()))
                .param("comment", "c".repeat(4001)).with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 4000 ký tự.")));
        mvc.perform(evaluation(id).param("result", "XSS").param("recognitionYear", Integer.toString(year()))
                .with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị này không hợp lệ; hãy chọn hoặc nhập lại.")));
        assertThat(stateOf(id)).isEqualTo("SUBMITTED");
        assertThat(version(id)).isEqualTo(versionBefore);

        // a button whose version was tampered with: 400, nothing changes
        long draft = register(unique("Mô hình nút sai"));
        mvc.perform(post("/models/{id}/submit", draft).param("version", "abc")
                .with(SignedIn.as(context, OFFICER)).with(csrf())).andExpect(status().isBadRequest());
        assertThat(stateOf(draft)).isEqualTo("DRAFT");

        // a criterion: a maximum that is no number, a name over the column
        long criteria = jdbc.sql("select count(*) from model_criterion").query(Long.class).single();
        mvc.perform(post("/models/criteria").param("name", "Tiêu chí giữ lại").param("maxPoints", "mười")
                .param("position", "9").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập một số nguyên.")))
                .andExpect(field("new-max", "mười"))
                .andExpect(field("new-name", "Tiêu chí giữ lại"));
        mvc.perform(post("/models/criteria").param("name", "t".repeat(301)).param("maxPoints", "10")
                .param("position", "9").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 300 ký tự.")));
        assertThat(jdbc.sql("select count(*) from model_criterion").query(Long.class).single()).isEqualTo(criteria);
    }

    // ------------------------------------------------------------------ who sees what

    @Test
    void staffOfAnotherUnitAndFrontMembersAreRefusedAndInformationOfficersSeeRecognisedOnly() throws Exception {
        String submittedName = unique("Mô hình chờ đánh giá");
        long waiting = submitted(submittedName);
        String recognisedName = unique("Mô hình đã công nhận");
        long done = recognised(recognisedName);

        mvc.perform(get("/models").with(SignedIn.as(context, OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString(submittedName)));
        mvc.perform(get("/models").with(SignedIn.as(context, "anbinh.truong"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(submittedName)));

        mvc.perform(get("/models/{id}", waiting).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden()).andExpect(content().string(not(containsString(submittedName))));
        mvc.perform(get("/models/{id}", done).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/models").with(SignedIn.as(context, "tnmt.truong"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(submittedName))));
        mvc.perform(post("/models/{id}/submit", waiting).param("version", Long.toString(version(waiting)))
                .with(SignedIn.as(context, "tnmt.truong")).with(csrf())).andExpect(status().isForbidden());

        mvc.perform(get("/models").with(SignedIn.as(context, "vhtt"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(recognisedName)))
                .andExpect(content().string(not(containsString(submittedName))));
        mvc.perform(get("/models/{id}", done).with(SignedIn.as(context, "vhtt"))).andExpect(status().isOk());
        mvc.perform(get("/models/{id}", waiting).with(SignedIn.as(context, "vhtt"))).andExpect(status().isForbidden());

        mvc.perform(get("/models").with(SignedIn.as(context, "mttq"))).andExpect(status().isForbidden());
        mvc.perform(get("/models/{id}", done).with(SignedIn.as(context, "mttq"))).andExpect(status().isForbidden());

        mvc.perform(get("/models").with(SignedIn.as(context, "chutich"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(submittedName)));
        // only Home Affairs evaluates
        mvc.perform(evaluation(waiting).param("result", "RECOGNISED").param("recognitionYear", Integer.toString(year()))
                .with(SignedIn.as(context, "chutich")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(evaluation(waiting).param("result", "RECOGNISED").param("recognitionYear", Integer.toString(year()))
                .with(SignedIn.as(context, OFFICER)).with(csrf())).andExpect(status().isForbidden());
        assertThat(stateOf(waiting)).isEqualTo("SUBMITTED");
        // registration is for a unit's own staff
        mvc.perform(get("/models/new").with(SignedIn.as(context, "vhtt"))).andExpect(status().isForbidden());
    }

    @Test
    void thePortalShowsRecognisedEntriesOnly() throws Exception {
        String waitingName = unique("Mô hình chưa công nhận");
        long waiting = submitted(waitingName);
        String draftName = unique("Mô hình dự thảo");
        long draft = register(draftName);
        String doneName = unique("Mô hình được công nhận");
        recognised(doneName);
        mvc.perform(get("/portal/models")).andExpect(status().isOk())
                .andExpect(content().string(containsString(doneName)))
                .andExpect(content().string(not(containsString(waitingName))))
                .andExpect(content().string(not(containsString(draftName))));
        mvc.perform(get("/portal/models/{id}", waiting)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/models/{id}", draft)).andExpect(status().isNotFound());
    }

    @Test
    void homeAffairsEditsTheCriteriaAndOthersMayNot() throws Exception {
        String name = unique("Tiêu chí thử");
        mvc.perform(post("/models/criteria").param("name", name).param("maxPoints", "0").param("position", "9")
                .with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Điểm tối đa phải là số nguyên từ 1 đến 1000.")));
        assertThat(jdbc.sql("select count(*) from model_criterion where name = :n").param("n", name)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/models/criteria").param("name", name).param("maxPoints", "10").param("position", "99")
                .with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from model_criterion where name = :n").param("n", name).query(Long.class).single();
        // retire it again so other tests keep the four default criteria
        mvc.perform(post("/models/criteria/{id}", id).param("name", name).param("maxPoints", "10")
                .param("position", "99").param("version", "0").with(SignedIn.as(context, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select active from model_criterion where id = :id").param("id", id)
                .query(Boolean.class).single()).isFalse();
        mvc.perform(get("/models/criteria").with(SignedIn.as(context, OFFICER))).andExpect(status().isForbidden());
        mvc.perform(post("/models/criteria").param("name", "x").param("maxPoints", "5").param("position", "1")
                .with(SignedIn.as(context, OFFICER)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theListExportsAsXlsx() throws Exception {
        register(unique("Mô hình xuất Excel"));
        mvc.perform(get("/models").param("format", "xlsx").with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", containsString("spreadsheetml")));
    }

    // ------------------------------------------------------------------ editing a draft

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(long id, String user,
            long version, String name, String description, String resultLines) {
        return edit("MODEL", id, user, version, name, description, resultLines);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(String kind, long id,
            String user, long version, String name, String description, String resultLines) {
        return post("/models/{id}", id).with(SignedIn.as(context, user)).with(csrf())
                .param("kind", kind)
                .param("name", name).param("field", "CULTURE_SOCIETY").param("year", Integer.toString(year()))
                .param("description", description).param("results", "Đường thông, sạch đẹp")
                .param("resultLines", resultLines).param("peopleInvolved", "Chi hội phụ nữ ấp")
                .param("version", Long.toString(version));
    }

    @Test
    void aDraftIsEditedWithItsFiguresAuditedAndAStaleOrSubmittedOneIsNot() throws Exception {
        long id = register(unique("Mô hình có lỗi chính tả"));
        String page = mvc.perform(get("/models/{id}/edit", id).with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Sửa mô hình (bản nháp)", "Số hộ hiến đất; 86; hộ", "; 3,2; km");
        long before = version(id);
        String name = unique("Mô hình đã sửa");
        mvc.perform(edit(id, OFFICER, before, name, "Vận động Nhân dân hiến đất, góp công làm đường",
                "Số hộ hiến đất; 90; hộ")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select name || '|' || kind || '|' || field from model_entry where id = :id")
                .param("id", id).query(String.class).single()).isEqualTo(name + "|MODEL|CULTURE_SOCIETY");
        assertThat(jdbc.sql("select label || '=' || amount from model_result_line where entry_id = :id")
                .param("id", id).query(String.class).list()).hasSize(1).first().asString()
                .startsWith("Số hộ hiến đất=90");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'model' and entity_id = :id "
                + "and action = 'UPDATE'").param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);

        // the form of the old version: refused with the typed text kept, nothing changed
        String stale = mvc.perform(edit(id, OFFICER, before, "Tên từ trang cũ", "Nội dung từ trang cũ", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu đã được người khác thay đổi")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(stale).getElementById("name").val()).isEqualTo("Tên từ trang cũ");
        assertThat(jdbc.sql("select name from model_entry where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo(name);

        // bad input: Vietnamese messages next to the fields, nothing changed
        mvc.perform(edit(id, OFFICER, version(id), "", "", "Số hộ; nhiều; hộ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập tên mô hình.")))
                .andExpect(content().string(containsString("Dòng 1 của kết quả bằng số liệu")));
        assertThat(jdbc.sql("select count(*) from model_result_line where entry_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);

        // a choice the form does not offer: the form again, with a message next to the field
        mvc.perform(post("/models/{id}", id).with(SignedIn.as(context, OFFICER)).with(csrf()).param("kind", "MODEL")
                .param("name", name).param("field", "NO_SUCH_FIELD").param("year", Integer.toString(year()))
                .param("description", "Nội dung").param("version", Long.toString(version(id))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị này không hợp lệ; hãy chọn hoặc nhập lại.")));
        // a tampered version: 400
        mvc.perform(post("/models/{id}", id).with(SignedIn.as(context, OFFICER)).with(csrf()).param("kind", "MODEL")
                .param("name", name).param("field", "ECONOMY").param("year", Integer.toString(year()))
                .param("description", "Nội dung").param("version", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Biểu mẫu gửi lên có lựa chọn không hợp lệ")));
        // a draft keeps its kind
        mvc.perform(edit("PERSON", id, OFFICER, version(id), name, "Nội dung", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Không thể đổi loại của bản đăng ký")));

        // another unit's staff, and anyone once it is submitted: 403
        mvc.perform(get("/models/{id}/edit", id).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden());
        mvc.perform(edit(id, "tnmt.truong", version(id), "Tên lạ", "Nội dung lạ", ""))
                .andExpect(status().isForbidden());
        mvc.perform(post("/models/{id}/submit", id).param("version", Long.toString(version(id)))
                .with(SignedIn.as(context, OFFICER)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/models/{id}/edit", id).with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(edit(id, OFFICER, version(id), "Sửa sau khi gửi", "Nội dung", ""))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select name from model_entry where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo(name);
    }
}
