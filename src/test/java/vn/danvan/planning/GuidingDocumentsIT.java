package vn.danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;

/**
 * The register of guiding documents: the demo holds the directive, every account reads and searches
 * it without accents, Home Affairs keeps it with files, nothing is deleted.
 */
@DanVanIntegrationTest
class GuidingDocumentsIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHoldsTheDirectiveAndAnyAccountFindsItWithoutAccents() throws Exception {
        mvc.perform(get("/planning/guides").param("q", "cong tac dan van phu giao").with(SignedIn.as(context, "mttq")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("02/CT-UBND")))
                .andExpect(content().string(containsString("05/04/2018")))
                .andExpect(content().string(containsString("UBND huyện Phú Giáo")))
                .andExpect(content().string(not(containsString("290-QĐ/TW"))))
                .andExpect(content().string(not(containsString("id=\"new-guide\""))));
        mvc.perform(get("/planning/guides").param("year", "2013").with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString("25-NQ/TW")))
                .andExpect(content().string(containsString("03/06/2013")))
                .andExpect(content().string(not(containsString("05/04/2018"))));
        byte[] xlsx = mvc.perform(get("/planning/guides/export").param("format", "xlsx")
                        .param("q", "02/CT-UBND").with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số, ký hiệu");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("02/CT-UBND");
        }
    }

    @Test
    void homeAffairsAddsADocumentWithItsFileAndRetiresItWithAReason() throws Exception {
        String number = "15-KH/TU-" + System.nanoTime() % 100000;
        mvc.perform(multipart("/planning/guides").file(new MockMultipartFile("files", "ke-hoach.pdf",
                                "application/pdf", PDF)).with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("numberSymbol", number).param("issuedOn", "12/03/2019")
                        .param("issuer", "Tỉnh ủy Bình Dương").param("summary", "Thực hiện Quy chế dân chủ ở cơ sở")
                        .param("version", "0"))
                .andExpect(redirectedUrlPattern("/planning/guides/*"));
        long id = jdbc.sql("select id from guiding_document where number_symbol = :n").param("n", number)
                .query(Long.class).single();
        mvc.perform(get("/planning/guides/{id}", id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString("ke-hoach.pdf")))
                .andExpect(content().string(containsString("Tỉnh ủy Bình Dương")));
        long file = jdbc.sql("select id from attachment where owner_type = 'GuidingDocument' and owner_id = :id")
                .param("id", id).query(Long.class).single();
        mvc.perform(get("/planning/guides/{id}/files/{f}", id, file).with(SignedIn.as(context, "vhtt")))
                .andExpect(status().isOk());

        // a reason is required: the page comes back with the message beside the field
        mvc.perform(post("/planning/guides/{id}/retire", id).with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("version", "0").param("note", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"retire-note-error\"")))
                .andExpect(content().string(containsString("Vui lòng nêu lý do.")));
        assertThat(active(id)).isTrue();
        mvc.perform(post("/planning/guides/{id}/retire", id).with(SignedIn.as(context, "noivu")).with(csrf())
                .param("version", "0").param("note", "Đã có kế hoạch thay thế")).andExpect(status().is3xxRedirection());
        assertThat(active(id)).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'GuidingDocument' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void overLongAndWrongTypedValuesComeBackAsTypedAndChangeNothing() throws Exception {
        int before = jdbc.sql("select count(*) from guiding_document").query(Integer.class).single();
        mvc.perform(multipart("/planning/guides").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("numberSymbol", "X".repeat(101)).param("issuedOn", "12/03/2019")
                        .param("issuer", "Tỉnh ủy Bình Dương").param("summary", "Trích yếu giữ nguyên").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"numberSymbol-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 100 ký tự.")))
                .andExpect(content().string(containsString("value=\"12/03/2019\"")))
                .andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .contains("Trích yếu giữ nguyên"));
        assertThat(jdbc.sql("select count(*) from guiding_document").query(Integer.class).single()).isEqualTo(before);

        long id = jdbc.sql("select id from guiding_document where number_symbol = '16/CT-TTg'").query(Long.class).single();
        long version = jdbc.sql("select version from guiding_document where id = :id").param("id", id)
                .query(Long.class).single();
        mvc.perform(post("/planning/guides/{id}/retire", id).with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("version", String.valueOf(version)).param("note", "x".repeat(1001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"retire-note-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 1000 ký tự.")));
        mvc.perform(post("/planning/guides/{id}/reactivate", id).with(SignedIn.as(context, "noivu")).with(csrf())
                .param("version", "abc")).andExpect(status().isBadRequest());
        mvc.perform(post("/planning/guides/{id}/retire", id).with(SignedIn.as(context, "vhtt")).with(csrf())
                .param("version", "abc").param("note", "x".repeat(1001))).andExpect(status().isForbidden());
        assertThat(active(id)).isTrue();
        assertThat(jdbc.sql("select version from guiding_document where id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(version);
    }

    private boolean active(long id) {
        return jdbc.sql("select active from guiding_document where id = :id").param("id", id).query(Boolean.class)
                .single();
    }

    @Test
    void onlyHomeAffairsAndAdministratorsKeepTheRegisterAndBadInputIsShownOnItsField() throws Exception {
        mvc.perform(get("/planning/guides/new").with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/planning/guides").with(SignedIn.as(context, "anbinh.truong")).with(csrf())
                .param("numberSymbol", "01/KH-X").param("issuedOn", "01/01/2019").param("issuer", "X")
                .param("summary", "Y").param("version", "0")).andExpect(status().isForbidden());
        int before = jdbc.sql("select count(*) from guiding_document").query(Integer.class).single();
        // a date that does not exist comes back as typed (a value that does not convert stops the other checks)
        mvc.perform(post("/planning/guides").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("numberSymbol", "01/KH-UBND").param("issuedOn", "31/02/2019").param("issuer", "UBND huyện")
                        .param("summary", "Trích yếu").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"issuedOn-error\"")))
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("value=\"31/02/2019\"")));
        mvc.perform(post("/planning/guides").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("numberSymbol", "01/KH-UBND").param("issuedOn", "").param("issuer", "UBND huyện")
                        .param("summary", "").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"issuedOn-error\"")))
                .andExpect(content().string(containsString("id=\"summary-error\"")))
                .andExpect(content().string(containsString("Trường này là bắt buộc.")));
        assertThat(jdbc.sql("select count(*) from guiding_document").query(Integer.class).single()).isEqualTo(before);
    }
}
