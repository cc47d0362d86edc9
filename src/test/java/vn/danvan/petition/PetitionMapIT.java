package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.attachment.PendingAttachments;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.intake.CitizenKeys;

/**
 * The petition's place on the map (issue 18 point 6): typed or clicked on the citizen's form, checked with Vietnamese
 * messages, shown to the officers, and the published answers that have one as markers of the portal's map with
 * nothing personal; and the files a citizen chose, kept when the form comes back with errors.
 */
@DanVanIntegrationTest
class PetitionMapIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern CODE = Pattern.compile("PA-[0-9A-Z]{5}-[0-9A-Z]{5}");
    private static final Pattern HELD = Pattern.compile("name=\"heldFiles\" value=\"([A-Za-z0-9_-]+)\"");
    private static final String NAME = "Đinh Thị Bản Đồ";
    private static final String PHONE = "0977000111";
    private static final String EMAIL = "bando@example.vn";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    PetitionFixture fixture;
    PendingAttachments pending;

    @BeforeEach
    void fixture() {
        fixture = PetitionFixture.of(context);
        pending = context.getBean(PendingAttachments.class);
    }

    /** The citizen's form filled in, with the coordinates given ({@code null}: the field not sent). */
    private MockMultipartHttpServletRequestBuilder submission(String key, String title, String latitude,
            String longitude, MockMultipartFile... files) {
        var request = multipart("/portal/petitions");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.with(csrf()).param("kind", "FEEDBACK")
                .param("categoryId", String.valueOf(fixture.category("GIAO_THONG")))
                .param("unitId", String.valueOf(fixture.unitId("ABINH")))
                .param("title", title).param("content", "Cột đèn đường bị nghiêng, có nguy cơ đổ.")
                .param("fullName", NAME).param("phone", PHONE).param("email", EMAIL)
                .param("consent", "true").param("submissionKey", key);
        if (latitude != null) {
            request.param("latitude", latitude);
        }
        if (longitude != null) {
            request.param("longitude", longitude);
        }
        return request;
    }

    private String page(MockMultipartHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long petitionsWithKey(String key) {
        return jdbc.sql("select count(*) from petition where submission_key = :k")
                .param("k", CitizenKeys.submissionHash(key)).query(Long.class).single();
    }

    private static String code(String page) {
        Matcher m = CODE.matcher(page);
        assertThat(m.find()).as("a tracking code on the page").isTrue();
        return m.group();
    }

    private Petition petition(String code) {
        return context.getBean(PetitionRepository.class).find(fixture.idOf(code)).orElseThrow();
    }

    private static String heldToken(String page) {
        Matcher m = HELD.matcher(page);
        assertThat(m.find()).as("the token of the files kept, in a hidden field").isTrue();
        return m.group(1);
    }

    private static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("files", name, "application/pdf", PDF);
    }

    @Test
    void theCoordinatesOfTheMapAreStoredWithThePetitionAndShownToTheOfficers() throws Exception {
        String key = UUID.randomUUID().toString();
        // as the map writes them, and as a person in Vietnam may type them (a decimal comma)
        String code = code(page(submission(key, "Cột đèn nghiêng " + key, "11,123456", "106.7654321")));
        Petition p = petition(code);
        assertThat(p.location().latitude()).isEqualByComparingTo("11.123456");
        assertThat(p.location().longitude()).isEqualByComparingTo("106.765432");

        mvc.perform(get("/petitions/{id}", p.id()).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"petition-coordinates\">11.123456, 106.765432<")))
                .andExpect(content().string(containsString("data-map=\"show\"")))
                .andExpect(content().string(containsString("data-point-lat=\"11.123456\"")))
                .andExpect(content().string(containsString("/webjars/leaflet/1.9.4/dist/leaflet-")));
    }

    @Test
    void wrongCoordinatesAreRefusedInVietnameseAndNothingIsSaved() throws Exception {
        String key = UUID.randomUUID().toString();
        String page = page(submission(key, "Vĩ độ sai", "95", "106.7"));
        assertThat(page).contains("Vĩ độ phải là số từ -90 đến 90.");
        // the summary at the top names the field, linked to it
        assertThat(page).containsPattern("<a href=\"#[^\"]*latitude[^\"]*\"\\s+class=\"alert-link\">Vĩ độ</a>");
        assertThat(page).contains("value=\"95\"");

        page = page(submission(key, "Kinh độ sai", "10.5", "181"));
        assertThat(page).contains("Kinh độ phải là số từ -180 đến 180.");

        page = page(submission(key, "Chỉ có vĩ độ", "10.5", null));
        assertThat(page).contains("Hãy nhập cả vĩ độ và kinh độ, hoặc để trống cả hai.")
                .containsPattern("class=\"alert-link\">Kinh độ</a>");

        page = page(submission(key, "Chữ thay số", "mười", "106.7"));
        assertThat(page).contains("Vĩ độ phải là số thập phân, ví dụ 11.123456.").contains("value=\"mười\"");

        assertThat(petitionsWithKey(key)).isZero();
    }

    @Test
    void aPetitionWithoutCoordinatesHasNone() throws Exception {
        String key = UUID.randomUUID().toString();
        Petition p = petition(code(page(submission(key, "Không có tọa độ", "", " "))));
        assertThat(p.location()).isNull();
    }

    @Test
    void theFormCarriesTheMapWithTheTileSettingAndTheAttribution() throws Exception {
        mvc.perform(get("/portal/petitions/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-map=\"pick\"")))
                .andExpect(content().string(containsString("data-tiles=\"/static/test-map/tile.png\"")))
                .andExpect(content().string(containsString("data-attribution=\"Bản đồ thử nghiệm\"")))
                .andExpect(content().string(containsString("/static/js/petition-map-")))
                // the tiles come from the application itself: the policy adds no other image source
                .andExpect(header().string("Content-Security-Policy", containsString("img-src 'self' data:;")));
        mvc.perform(get("/static/test-map/tile.png")).andExpect(status().isOk());
    }

    @Test
    void theAnswersMapHasOnlyPublishedAnswersWithAPlaceAndNothingPersonal() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Petition published = answered("Đèn tắt cả tuần " + suffix, "10.9", "106.8", true);
        Petition unpublished = answered("Đèn chớp tắt " + suffix, "10.8", "106.7", false);
        Petition unplaced = answered("Đèn không vị trí " + suffix, null, null, true);
        Petition open = petition(code(page(submission(UUID.randomUUID().toString(),
                "Chưa trả lời " + suffix, "10.7", "106.6"))));

        String json = mvc.perform(get("/portal/answers/map"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/json")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> markers = JsonPath.read(json, "$[?(@.code == '" + published.code() + "')]");
        assertThat(markers).hasSize(1);
        assertThat(markers.get(0)).containsOnlyKeys("code", "title", "latitude", "longitude", "url");
        assertThat(markers.get(0).get("title")).isEqualTo(published.title());
        assertThat(new BigDecimal(markers.get(0).get("latitude").toString())).isEqualByComparingTo("10.9");
        assertThat(markers.get(0).get("url")).isEqualTo("/portal/answers/" + published.code());
        assertThat(json).doesNotContain(unpublished.code(), unplaced.code(), open.code())
                .doesNotContain(NAME, PHONE, EMAIL, "Câu trả lời riêng");
        List<String> codes = JsonPath.read(json, "$[*].code");
        long notPublished = codes.isEmpty() ? 0 : jdbc.sql("""
                        select count(*) from petition where code in (:codes)
                        and not (published and latitude is not null and status in ('ANSWERED', 'CLOSED'))""")
                .param("codes", codes).query(Long.class).single();
        assertThat(notPublished).as("markers of answers not published or without a place").isZero();

        // the same filter as the list's
        String other = mvc.perform(get("/portal/answers/map").param("categoryId",
                        String.valueOf(fixture.category("DAT_DAI"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(other).doesNotContain(published.code());
        mvc.perform(get("/portal/answers"))
                .andExpect(content().string(containsString("data-map=\"points\"")))
                .andExpect(content().string(containsString("data-points=\"/portal/answers/map")));
    }

    /** Sent with a place (or none) on the citizen's form, accepted, answered and approved. */
    private Petition answered(String title, String latitude, String longitude, boolean publish) throws Exception {
        Petition p = petition(code(page(submission(UUID.randomUUID().toString(), title, latitude, longitude))));
        long officer = fixture.accountId("anbinh.canbo");
        return fixture.after(p, x -> {
            x.accept();
            x.assign(officer, null);
            x.draftAnswer("Câu trả lời riêng cho bà " + NAME);
            x.approveAnswer(publish, publish ? "Đã sửa đèn đường." : null, OffsetDateTime.now());
        });
    }

    @Test
    void filesChosenOnAFormThatComesBackAreKeptAndAttachedWhenItSucceeds() throws Exception {
        String key = UUID.randomUUID().toString();
        // the title forgotten: the form comes back, the two files listed, kept under a token
        String page = page(submission(key, "", null, null, pdf("bien-ban.pdf"), pdf("ban-ve.pdf")));
        assertThat(page).contains("Trường này là bắt buộc.").contains("bien-ban.pdf").contains("ban-ve.pdf")
                .contains("Các tệp đã chọn ở lần gửi trước được giữ lại");
        String token = heldToken(page);
        List<Long> kept = pending.held(token).files().stream().map(f -> f.id()).toList();
        assertThat(kept).hasSize(2);
        long drawing = pending.held(token).files().stream().filter(f -> f.fileName().equals("ban-ve.pdf"))
                .findFirst().orElseThrow().id();

        // another error, one more file chosen and one kept file ticked "remove": still listed, under the same token
        page = page(submission(key, "", "10.5", null, pdf("anh-chup.pdf")).param("heldFiles", token)
                .param("dropFile", String.valueOf(drawing)));
        assertThat(heldToken(page)).isEqualTo(token);
        assertThat(page).contains("bien-ban.pdf").contains("anh-chup.pdf").doesNotContain("ban-ve.pdf");
        assertThat(petitionsWithKey(key)).isZero();

        // corrected: the petition is saved with the files kept, and the token is spent
        String code = code(page(submission(key, "Biên bản hiện trường", null, null).param("heldFiles", token)));
        long id = fixture.idOf(code);
        assertThat(jdbc.sql("select file_name from attachment where owner_type = 'Petition' and owner_id = :id order by file_name")
                .param("id", id).query(String.class).list()).containsExactly("anh-chup.pdf", "bien-ban.pdf");
        assertThat(pending.held(token).files()).isEmpty();
        mvc.perform(get("/petitions/{id}", id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString("bien-ban.pdf")))
                .andExpect(content().string(not(containsString("ban-ve.pdf"))));
    }

    @Test
    void aTokenThatIsNotAFormsHoldsNothingAndOldBatchesAreRemoved() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = heldToken(page(submission(key, "", null, null, pdf("cu.pdf"))));
        assertThat(pending.held(token).files()).hasSize(1);
        assertThat(pending.held("not-a-token").files()).isEmpty();
        assertThat(pending.held(token.substring(1) + "A").files()).isEmpty();

        // a day later the batch is gone, files and all
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.US_ASCII)));
        assertThat(jdbc.sql("update attachment_pending set created_at = :old where token_hash = :hash")
                .param("old", OffsetDateTime.now().minus(PendingAttachments.KEEP).minusMinutes(1))
                .param("hash", hash).update()).as("the batch, found by the hash of its token").isOne();
        assertThat(pending.removeExpired(100)).isPositive();
        assertThat(pending.held(token).files()).isEmpty();
        assertThat(jdbc.sql("select count(*) from attachment where owner_type = 'PendingUpload' and file_name = 'cu.pdf'"
                        + " and created_at > :since").param("since", OffsetDateTime.now().minusMinutes(10))
                .query(Long.class).single()).isZero();
    }
}
