package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.jayway.jsonpath.JsonPath;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.shared.DanVanTime;

/**
 * Open311 GeoReport v2: client applications list the categories, submit petitions with a key an
 * administrator issued, and follow them, without ever seeing the petitioner's personal data.
 */
@DanVanIntegrationTest
class Open311IT {

    private static final Pattern SECRET = Pattern.compile("id=\"open311-secret\"[^>]*>(o311_[A-Za-z0-9_-]+)<");
    private static final String JSON = "application/json;charset=UTF-8";
    private static final String XML = "text/xml;charset=UTF-8";
    private static final String NAME = "Hoàng Thị Mười Một";
    private static final String PHONE = "0903110311";
    private static final String EMAIL = "muoimot.open311@example.vn";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    /** Every answer of the API in this test, checked for personal data at the end. */
    private final List<String> answers = new ArrayList<>();

    @AfterEach
    void noAnswerHoldsThePetitionersData() {
        assertThat(answers).allSatisfy(a -> assertThat(a).doesNotContain(NAME, "Hoàng", PHONE, EMAIL));
    }

    private ResultActions api(MockHttpServletRequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(request);
        answers.add(result.andReturn().getResponse().getContentAsString());
        return result;
    }

    private String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private static Document xml(ResultActions result) throws Exception {
        byte[] bytes = result.andReturn().getResponse().getContentAsByteArray();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String text(Document doc, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, doc);
    }

    private static int count(Document doc, String path) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(path, doc, XPathConstants.NODESET))
                .getLength();
    }

    /** An administrator issues a key on the admin screen; returns the secret shown once. */
    private String issueKey(String name) throws Exception {
        String page = mvc.perform(post("/admin/open311").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("name", name))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("the secret is on the page").isTrue();
        return m.group(1);
    }

    private MockHttpServletRequestBuilder submission(String format, String key, String serviceCode,
            String description) {
        var request = post("/open311/v2/requests." + format)
                .contentType("application/x-www-form-urlencoded")
                .param("service_code", serviceCode)
                .param("lat", "10.762622").param("long", "106.660172")
                .param("address_string", "Ấp 5, xã An Bình")
                .param("first_name", "Hoàng Thị").param("last_name", "Mười Một")
                .param("phone", PHONE).param("email", EMAIL)
                .param("attribute[WHISPERS]", "ignored").param("jurisdiction_id", "danvan.vn");
        if (description != null) {
            request = request.param("description", description);
        }
        return key == null ? request : request.param("api_key", key);
    }

    /** Submits a petition and returns its tracking code. */
    private String submit(String key, String serviceCode, String description) throws Exception {
        String body = body(api(submission("json", key, serviceCode, description))
                .andExpect(status().isOk()).andExpect(content().contentType(JSON))
                .andExpect(jsonPath("$", hasSize(1))));
        assertThat(body).contains("\"account_id\":null");
        return JsonPath.read(body, "$[0].service_request_id");
    }

    @Test
    void discoveryListsTheEndpointInBothFormats() throws Exception {
        api(get("/open311/v2/discovery.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(JSON))
                .andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"))
                .andExpect(jsonPath("$.endpoints[0].type").value("production"))
                .andExpect(jsonPath("$.endpoints[0].url").value("http://localhost/open311/v2/"))
                .andExpect(jsonPath("$.endpoints[0].formats", hasItem("application/json")))
                .andExpect(jsonPath("$.changeset").isNotEmpty())
                .andExpect(jsonPath("$.key_service").isNotEmpty());

        Document doc = xml(api(get("/open311/v2/discovery.xml"))
                .andExpect(status().isOk()).andExpect(content().contentType(XML)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("discovery");
        assertThat(text(doc, "/discovery/endpoints/endpoint/specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(count(doc, "/discovery/endpoints/endpoint/formats/format")).isEqualTo(2);
        assertThat(text(doc, "/discovery/contact")).isNotBlank();
    }

    @Test
    void servicesAreTheActiveCategories() throws Exception {
        api(get("/open311/v2/services.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(JSON))
                .andExpect(jsonPath("$[?(@.service_code == 'DAT_DAI')].service_name").value(hasItem("Đất đai")))
                .andExpect(jsonPath("$[?(@.service_code == 'DAT_DAI')].metadata").value(hasItem(false)))
                .andExpect(jsonPath("$[?(@.service_code == 'DAT_DAI')].type").value(hasItem("realtime")))
                .andExpect(jsonPath("$[?(@.service_code == 'DAT_DAI')].group").value(hasItem("Phản ánh, kiến nghị")));
        long active = jdbc.sql("select count(*) from petition_category where active").query(Long.class).single();

        Document doc = xml(api(get("/open311/v2/services.xml")).andExpect(status().isOk())
                .andExpect(content().contentType(XML)));
        assertThat(count(doc, "/services/service")).isEqualTo((int) active);
        assertThat(text(doc, "/services/service[service_code='GIAO_THONG']/service_name")).isEqualTo("Giao thông");
        assertThat(text(doc, "/services/service[service_code='GIAO_THONG']/metadata")).isEqualTo("false");
        assertThat(text(doc, "/services/service[service_code='GIAO_THONG']/keywords")).contains("giao thong");
    }

    @Test
    void aServiceDefinitionHasNoAttributesAndAnUnknownServiceIsNotFound() throws Exception {
        api(get("/open311/v2/services/MOI_TRUONG.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service_code").value("MOI_TRUONG"))
                .andExpect(jsonPath("$.attributes", hasSize(0)));
        Document doc = xml(api(get("/open311/v2/services/MOI_TRUONG.xml")).andExpect(status().isOk()));
        assertThat(text(doc, "/service_definition/service_code")).isEqualTo("MOI_TRUONG");
        assertThat(count(doc, "/service_definition/attributes")).isEqualTo(1);
        assertThat(count(doc, "/service_definition/attributes/attribute")).isZero();

        api(get("/open311/v2/services/NO_SUCH.json"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404))
                .andExpect(jsonPath("$[0].description").value("Service not found: NO_SUCH"));
        Document error = xml(api(get("/open311/v2/services/NO_SUCH.xml")).andExpect(status().isNotFound())
                .andExpect(content().contentType(XML)));
        assertThat(text(error, "/errors/error/code")).isEqualTo("404");
    }

    @Test
    void submittingWithoutAValidKeyIsForbidden() throws Exception {
        api(submission("json", null, "GIAO_THONG", "Đèn đường hỏng"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(JSON))
                .andExpect(jsonPath("$[0].code").value(403))
                .andExpect(jsonPath("$[0].description").value("A valid api_key is required"));
        Document doc = xml(api(submission("xml", "o311_not-a-key", "GIAO_THONG", "Đèn đường hỏng"))
                .andExpect(status().isForbidden()).andExpect(content().contentType(XML)));
        assertThat(text(doc, "/errors/error/code")).isEqualTo("403");
        assertThat(text(doc, "/errors/error/description")).isEqualTo("A valid api_key is required");
        assertThat(jdbc.sql("select count(*) from petition where title = 'Đèn đường hỏng'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aPetitionSubmittedWithAKeyIsReceivedLikeOneFromThePortal() throws Exception {
        String key = issueKey("Đô thị thông minh " + UUID.randomUUID());
        String description = "Cây xanh đổ chắn ngang đường liên ấp 5, xe máy không qua được; đề nghị xã cho dọn "
                + "gấp vì sắp đến giờ học sinh tan trường.";
        String code = submit(key, "MOI_TRUONG", description);

        var row = jdbc.sql("""
                select p.channel, p.kind, p.unit_id, p.title, p.content, p.place, p.latitude, p.longitude,
                       c.code as category, r.full_name, r.phone, r.email
                from petition p join petition_category c on c.id = p.category_id
                join petitioner r on r.petition_id = p.id where p.code = :c""")
                .param("c", code).query().singleRow();
        assertThat(row.get("channel")).isEqualTo("OPEN311");
        assertThat(row.get("kind")).isEqualTo("FEEDBACK");
        assertThat(row.get("unit_id")).isNull();
        assertThat(row.get("category")).isEqualTo("MOI_TRUONG");
        assertThat(row.get("title")).isEqualTo(description.substring(0, 100).strip());
        assertThat(row.get("content")).isEqualTo(description);
        // the address as typed; lat and long in the petition's own columns (V47), as the portal's map places it
        assertThat(row.get("place")).isEqualTo("Ấp 5, xã An Bình");
        assertThat((java.math.BigDecimal) row.get("latitude")).isEqualByComparingTo("10.762622");
        assertThat((java.math.BigDecimal) row.get("longitude")).isEqualByComparingTo("106.660172");
        assertThat(row.get("full_name")).isEqualTo(NAME);
        assertThat(row.get("phone")).isEqualTo(PHONE);
        assertThat(row.get("email")).isEqualTo(EMAIL);

        api(get("/open311/v2/requests/{id}.json", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].service_request_id").value(code))
                .andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].status_notes").value("Đã tiếp nhận"))
                .andExpect(jsonPath("$[0].service_code").value("MOI_TRUONG"))
                .andExpect(jsonPath("$[0].service_name").value("Môi trường"))
                .andExpect(jsonPath("$[0].description").value(description.substring(0, 100).strip()))
                .andExpect(jsonPath("$[0].agency_responsible").value("Phòng Nội vụ (đang chuyển)"))
                .andExpect(jsonPath("$[0].address").value("Ấp 5, xã An Bình"))
                .andExpect(jsonPath("$[0].expected_datetime").value(endsWith("T17:00:00+07:00")))
                .andExpect(jsonPath("$[0].lat").value(10.762622))
                .andExpect(jsonPath("$[0].long").value(106.660172))
                .andExpect(jsonPath("$[0].media_url").doesNotExist());

        Document doc = xml(api(get("/open311/v2/requests/{id}.xml", code)).andExpect(status().isOk()));
        assertThat(text(doc, "/service_requests/request/service_request_id")).isEqualTo(code);
        assertThat(text(doc, "/service_requests/request/status")).isEqualTo("open");
        assertThat(text(doc, "/service_requests/request/lat")).isEqualTo("10.762622");
        assertThat(text(doc, "/service_requests/request/long")).isEqualTo("106.660172");
        OffsetDateTime requested = OffsetDateTime.parse(text(doc, "/service_requests/request/requested_datetime"));
        assertThat(requested).isBetween(OffsetDateTime.now().minusMinutes(5), OffsetDateTime.now().plusMinutes(1));
        assertThat(jdbc.sql("select actor from petition_step where petition_id = (select id from petition where code = :c)")
                .param("c", code).query(String.class).single()).startsWith("open311:Đô thị thông minh");
        assertThat(jdbc.sql("""
                        select actor from audit_entry
                         where entity_type = 'Petition' and entity_id = (select cast(id as varchar(20)) from petition where code = :c)""")
                .param("c", code).query(String.class).single()).as("the audit names the client application")
                .startsWith("open311:Đô thị thông minh");
    }

    @Test
    void aKeysLastUseIsWrittenOnceAMinuteNotOnEveryRequest() throws Exception {
        String name = "Tổng đài 1022 " + UUID.randomUUID();
        String key = issueKey(name);
        submit(key, "MOI_TRUONG", "Rác thải chất đống ở đầu hẻm 12, đề nghị thu gom.");
        var first = lastUsed(name);
        assertThat(first).as("the first use is written").isNotNull();
        // what the row holds is left alone by the next requests of the same minute, wherever it came from
        var marked = first.minusHours(3);
        jdbc.sql("update open311_key set last_used_at = :t where name = :n").param("t", marked).param("n", name).update();
        submit(key, "MOI_TRUONG", "Đèn đường hẻm 12 không sáng.");
        submit(key, "GIAO_THONG", "Ổ gà lớn trước số nhà 40.");
        assertThat(lastUsed(name)).as("not written again within the minute").isEqualTo(marked);
    }

    @Test
    void anAnonymousRequestKeepsNoPetitionerRowAndOneWithAContactKeepsIt() throws Exception {
        String key = issueKey("Ẩn danh " + UUID.randomUUID());
        String anonymous = JsonPath.read(body(api(post("/open311/v2/requests.json")
                .contentType("application/x-www-form-urlencoded").param("api_key", key)
                .param("service_code", "GIAO_THONG").param("description", "Biển báo bị đổ ở ngã tư")
                .param("address_string", "Ngã tư Ấp 3")).andExpect(status().isOk())), "$[0].service_request_id");
        String named = submit(key, "GIAO_THONG", "Biển báo bị che khuất bởi cây xanh");
        assertThat(petitionerRows(anonymous)).isZero();
        assertThat(petitionerRows(named)).isEqualTo(1);
    }

    private long petitionerRows(String code) {
        return jdbc.sql("select count(*) from petitioner r join petition p on p.id = r.petition_id where p.code = :c")
                .param("c", code).query(Long.class).single();
    }

    private OffsetDateTime lastUsed(String name) {
        return jdbc.sql("select last_used_at from open311_key where name = :n").param("n", name)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single();
    }

    @Test
    void theXmlAnswerToASubmissionFollowsTheSpecification() throws Exception {
        String key = issueKey("Chatbot " + UUID.randomUUID());
        Document doc = xml(api(submission("xml", key, "GIAO_THONG", "Ổ gà lớn trước cổng trường <tiểu học> & chợ"))
                .andExpect(status().isOk()).andExpect(content().contentType(XML)));
        String code = text(doc, "/service_requests/request/service_request_id");
        assertThat(code).matches("PA-[0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(text(doc, "/service_requests/request/service_notice")).startsWith("Hạn trả lời: ngày ");
        assertThat(count(doc, "/service_requests/request/account_id")).isEqualTo(1);
        assertThat(jdbc.sql("select title from petition where code = :c").param("c", code).query(String.class)
                .single()).isEqualTo("Ổ gà lớn trước cổng trường <tiểu học> & chợ");
    }

    @Test
    void aMissingFieldOrAnUnknownServiceIsABadRequest() throws Exception {
        String key = issueKey("Kiểm tra lỗi " + UUID.randomUUID());
        api(submission("json", key, "GIAO_THONG", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").value("description is required"));
        api(submission("json", key, "NO_SUCH", "Đèn tín hiệu hỏng"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value("Unknown service_code: NO_SUCH"));
        Document doc = xml(api(submission("xml", key, "", "Đèn tín hiệu hỏng")).andExpect(status().isBadRequest()));
        assertThat(text(doc, "/errors/error/code")).isEqualTo("400");
        assertThat(text(doc, "/errors/error/description")).isEqualTo("service_code is required");
        api(submission("json", key, "GIAO_THONG", "Đèn tín hiệu hỏng").param("lat", "north"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(startsWith("lat must be")));
        api(submission("json", key, "GIAO_THONG", "Đèn tín hiệu hỏng").param("email", "not an address"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value("Invalid or too long: email"));
        api(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "GIAO_THONG")
                        .param("description", "Không có địa điểm"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(startsWith("A location is required")));
        // lat and long go together and stay within their ranges
        api(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "GIAO_THONG")
                        .param("description", "Không có địa điểm").param("lat", "10.5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value("long must be a decimal degree between -180 and 180"));
        api(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "GIAO_THONG")
                        .param("description", "Không có địa điểm").param("lat", "90.5").param("long", "106.7"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value("lat must be a decimal degree between -90 and 90"));
        assertThat(jdbc.sql("select count(*) from petition where title in ('Đèn tín hiệu hỏng', 'Không có địa điểm')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void requestsAreFilteredByIdServiceStatusAndDates() throws Exception {
        String key = issueKey("Lọc " + UUID.randomUUID());
        String traffic = submit(key, "GIAO_THONG", "Biển báo giao thông bị che khuất " + UUID.randomUUID());
        String land = submit(key, "DAT_DAI", "Lấn chiếm đất công " + UUID.randomUUID());

        api(get("/open311/v2/requests.json").param("service_request_id", traffic + "," + land))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].service_request_id").value(land));
        api(get("/open311/v2/requests.json").param("service_code", "DAT_DAI"))
                .andExpect(jsonPath("$[*].service_request_id", hasItem(land)))
                .andExpect(jsonPath("$[*].service_request_id", not(hasItem(traffic))))
                .andExpect(jsonPath("$[*].service_code", not(hasItem("GIAO_THONG"))));
        api(get("/open311/v2/requests.json").param("status", "open"))
                .andExpect(jsonPath("$[*].service_request_id", hasItem(traffic)));
        api(get("/open311/v2/requests.json").param("status", "closed"))
                .andExpect(jsonPath("$[*].service_request_id", not(hasItem(traffic))))
                .andExpect(jsonPath("$[*].status", not(hasItem("open"))));
        api(get("/open311/v2/requests.json").param("status", "pending"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400));

        var today = LocalDate.now(DanVanTime.ZONE);
        api(get("/open311/v2/requests.json").param("start_date", today.minusDays(1) + "T00:00:00+07:00")
                        .param("end_date", today.plusDays(1) + "T00:00:00Z"))
                .andExpect(jsonPath("$[*].service_request_id", hasItem(traffic)));
        api(get("/open311/v2/requests.json").param("start_date", today.plusDays(1) + "T00:00:00+07:00")
                        .param("end_date", today.plusDays(2) + "T00:00:00+07:00"))
                .andExpect(jsonPath("$", hasSize(0)));
        api(get("/open311/v2/requests.json").param("end_date", today.minusDays(1) + "T00:00:00+07:00"))
                .andExpect(jsonPath("$[*].service_request_id", not(hasItem(traffic))));
        api(get("/open311/v2/requests.json").param("start_date", "last tuesday"))
                .andExpect(status().isBadRequest());

        Document doc = xml(api(get("/open311/v2/requests.xml").param("service_code", "GIAO_THONG"))
                .andExpect(status().isOk()));
        assertThat(count(doc, "/service_requests/request[service_request_id='" + traffic + "']")).isEqualTo(1);
    }

    @Test
    void anUnknownFormatIsNotFoundWhetherSentOrAskedFor() throws Exception {
        String key = issueKey("Định dạng " + UUID.randomUUID());
        api(submission("csv", key, "MOI_TRUONG", "Cây đổ chắn đường."))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].description").value("Unknown format: csv (use .json or .xml)"));
        api(get("/open311/v2/requests.csv")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].description").value("Unknown format: csv (use .json or .xml)"));
        assertThat(jdbc.sql("select count(*) from petition where content = 'Cây đổ chắn đường.'").query(Long.class)
                .single()).as("nothing stored").isZero();
        // the two formats answer through their fixed paths
        api(get("/open311/v2/requests.xml")).andExpect(status().isOk());
        api(get("/open311/v2/requests.json")).andExpect(status().isOk()).andExpect(content().contentType(JSON));
    }

    @Test
    void anUnknownRequestIsNotFound() throws Exception {
        api(get("/open311/v2/requests/PA-00000-00000.json"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404))
                .andExpect(jsonPath("$[0].description").value("Service request not found: PA-00000-00000"));
        Document doc = xml(api(get("/open311/v2/requests/PA-00000-00000.xml")).andExpect(status().isNotFound()));
        assertThat(text(doc, "/errors/error/code")).isEqualTo("404");
    }

    @Test
    void aRevokedKeyIsRefusedAndBothChangesAreAudited() throws Exception {
        String name = "Thu hồi " + UUID.randomUUID();
        String key = issueKey(name);
        long id = jdbc.sql("select id from open311_key where name = :n").param("n", name).query(Long.class).single();
        mvc.perform(get("/admin/open311").with(SignedIn.as(context, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString(key))));
        assertThat(jdbc.sql("select count(*) from open311_key where key_hash = :k").param("k", key)
                .query(Long.class).single()).as("the secret itself is not stored").isZero();

        mvc.perform(post("/admin/open311/{id}/revoke", id).with(SignedIn.as(context, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        api(submission("json", key, "GIAO_THONG", "Sau khi thu hồi khóa"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$[0].code").value(403));
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'Open311Key' and entity_id = :id
                  and actor = 'admin' and action in ('CREATE', 'RETIRE')""")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void onlyAnAdministratorManagesKeys() throws Exception {
        mvc.perform(get("/admin/open311").with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/open311").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("name", "Không được phép")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from open311_key where name = 'Không được phép'").query(Long.class)
                .single()).isZero();
    }
}
