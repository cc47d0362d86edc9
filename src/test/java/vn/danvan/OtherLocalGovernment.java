package vn.danvan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Another local government for a test: the demo's Phú Giáo district replaced on the administrator's
 * page by a province-level city (its committee, Sở Nội vụ, its office and Front, created once as
 * units), "Thành ủy", "Thành phố Hồ Chí Minh" and another directive; {@link #close()} puts the
 * demo's back, as integration tests share one database.
 */
public final class OtherLocalGovernment implements AutoCloseable {

    public static final String COMMITTEE = "Ủy ban nhân dân Thành phố Hồ Chí Minh";
    public static final String HOME_AFFAIRS = "Sở Nội vụ";
    public static final String OFFICE = "Văn phòng Ủy ban nhân dân Thành phố";
    public static final String FRONT = "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh";
    public static final String PARTY = "Thành ủy";
    public static final String LOCALITY = "Thành phố Hồ Chí Minh";
    public static final String DIRECTIVE = "Chỉ thị số 01/CT-UBND ngày 02/01/2026 của Chủ tịch Ủy ban nhân dân Thành phố "
            + "Hồ Chí Minh về công tác dân vận chính quyền";
    /** What the district of 2018 printed and the city must not. */
    public static final List<String> DISTRICT_WORDS = List.of("huyện", "huyện ủy", "phòng nội vụ", "phú giáo");

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final Map<String, Object> before;
    public final long committeeId;
    public final long homeAffairsId;
    public final long officeId;

    private OtherLocalGovernment(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) throws Exception {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.before = jdbc.sql("select * from local_government where id = 1").query().singleRow();
        committeeId = unit("HCM-UBND", COMMITTEE, "PEOPLES_COMMITTEE", null);
        homeAffairsId = unit("HCM-SNV", HOME_AFFAIRS, "SPECIALISED_OFFICE", committeeId);
        officeId = unit("HCM-VP", OFFICE, "SPECIALISED_OFFICE", committeeId);
        long front = unit("HCM-MTTQ", FRONT, "FATHERLAND_FRONT", null);
        save(committeeId, homeAffairsId, front, PARTY, LOCALITY, DIRECTIVE, "");
    }

    /** Switches the local government to the city; close the result to switch back. */
    public static OtherLocalGovernment apply(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) throws Exception {
        return new OtherLocalGovernment(mvc, context, jdbc);
    }

    @Override
    public void close() throws Exception {
        save(((Number) before.get("committee_unit_id")).longValue(), ((Number) before.get("home_affairs_unit_id")).longValue(),
                before.get("front_unit_id") == null ? null : ((Number) before.get("front_unit_id")).longValue(),
                (String) before.get("party_committee"), (String) before.get("locality"),
                (String) before.get("directive_basis"), (String) before.get("report_recipients"));
    }

    /** The words of the district found in the text, ignoring case. */
    public static List<String> districtWordsIn(String text) {
        String lower = text.toLowerCase(Locale.forLanguageTag("vi"));
        return DISTRICT_WORDS.stream().filter(lower::contains).toList();
    }

    /**
     * The text of a DOCX: its paragraphs and the tables of its layout (issuer, signature, recipients),
     * without the data tables (those whose first cell is "STT"), which print what units and people recorded.
     */
    public static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    lines.add(p.getText());
                } else if (element instanceof XWPFTable t && !t.getRows().isEmpty()
                        && !t.getRow(0).getTableCells().isEmpty()
                        && !"STT".equals(t.getRow(0).getCell(0).getText().strip())) {
                    t.getRows().forEach(r -> r.getTableCells().forEach(c -> lines.add(c.getText())));
                }
            }
            return String.join("\n", lines);
        }
    }

    private long unit(String code, String name, String kind, Long parent) throws Exception {
        var existing = jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        MockHttpServletRequestBuilder request = post("/admin/units").with(SignedIn.as(context, "admin")).with(csrf())
                .param("code", code).param("name", name).param("kind", kind).param("version", "0");
        if (parent != null) {
            request.param("parentId", String.valueOf(parent));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
    }

    private void save(long committee, long homeAffairs, Long front, String party, String locality, String directive,
            String recipients) throws Exception {
        long version = jdbc.sql("select version from local_government where id = 1").query(Long.class).single();
        mvc.perform(post("/admin/local-government").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("committeeUnitId", String.valueOf(committee))
                        .param("homeAffairsUnitId", String.valueOf(homeAffairs))
                        .param("frontUnitId", front == null ? "" : String.valueOf(front))
                        .param("partyCommittee", party == null ? "" : party).param("locality", locality)
                        .param("directiveBasis", directive == null ? "" : directive)
                        .param("reportRecipients", recipients == null ? "" : recipients)
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
    }
}
