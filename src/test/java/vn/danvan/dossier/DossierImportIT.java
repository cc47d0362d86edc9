package vn.danvan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;

/**
 * Import of the province's dossier book: a good file creates every dossier with its code, dates, state and
 * history; a file with one wrong row saves nothing and lists every problem in Vietnamese; a procedure of
 * another unit is refused; the page is for officers and heads only.
 */
@DanVanIntegrationTest
class DossierImportIT {

    private static final String HEADER = "Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Trạng thái,Người nộp\n";

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;

    @Autowired
    DossierImportIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
    }

    private static String code() {
        return "000.00.12.H03-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static MockMultipartFile csv(String body) {
        return new MockMultipartFile("file", "so-theo-doi.csv", "text/csv", (HEADER + body).getBytes(StandardCharsets.UTF_8));
    }

    private long count() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single();
    }

    @Test
    void aGoodFileCreatesEveryDossierWithItsDatesAndState() throws Exception {
        String returned = code();
        String open = code();
        mvc.perform(multipart("/dossiers/import").file(csv(
                returned + ",HT-03,03/03/2025,06/03/2025,05/03/2025,Đã trả kết quả,Nguyễn Văn An\n"
                + open + ",CTR-01,10/03/2025,19/03/2025,,Đang giải quyết,Trần Thị Bình\n"))
                .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select state, due_date, returned_at, unit_id from dossier where code = :c").param("c", returned)
                .query().singleRow();
        assertThat(row.get("state")).isEqualTo("RETURNED");
        assertThat(row.get("returned_at")).isNotNull();
        assertThat(jdbc.sql("select due_date from dossier where code = :c").param("c", open)
                .query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2025, 3, 19));
        long id = jdbc.sql("select id from dossier where code = :c").param("c", open).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from dossier_step where dossier_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'dossier' and entity_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
        // the citizen finds it by the province's code
        mvc.perform(get("/portal/dossiers/lookup").param("code", open.toLowerCase())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng ký thường trú")))
                .andExpect(content().string(containsString("Quá hạn")));
        // the same file again: the codes are known
        long before = count();
        mvc.perform(multipart("/dossiers/import").file(csv(
                returned + ",HT-03,03/03/2025,06/03/2025,05/03/2025,Đã trả kết quả,Nguyễn Văn An\n"))
                .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã có trong DanVan")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void oneWrongRowSavesNothingAndEveryProblemIsListedInVietnamese() throws Exception {
        long before = count();
        String good = code();
        var rejected = mvc.perform(multipart("/dossiers/import").file(csv(
                good + ",HT-03,03/03/2025,06/03/2025,05/03/2025,Đã trả kết quả,Nguyễn Văn An\n"
                + code() + ",KHONG-CO,03/03/2025,01/03/2025,,Đang xem,\n"
                + code() + ",HT-01,31/02/2025,06/03/2025,,Đã trả kết quả,Lê Văn C\n"
                + good + ",HT-01,03/03/2025,06/03/2025,,Đã tiếp nhận,Lê Văn D\n"))
                .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có thủ tục mã “KHONG-CO” trong danh mục")))
                .andExpect(content().string(containsString("Ngày hẹn trả không được trước ngày tiếp nhận")))
                .andExpect(content().string(containsString("Không có trạng thái “Đang xem”")))
                .andExpect(content().string(containsString("Hồ sơ đã trả kết quả phải có ngày trả kết quả")))
                .andExpect(content().string(containsString("đã có ở dòng 2 của tệp")))
                .andExpect(content().string(containsString("Chưa có dòng nào được nhập"))).andReturn();
        assertThat(count()).isEqualTo(before);
        // the report of the rejected file downloads in the same session
        var session = rejected.getResponse().getCookie("SESSION");
        String report = mvc.perform(get("/dossiers/import/report").param("format", "csv").cookie(session)
                .with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("Không có thủ tục mã “KHONG-CO” trong danh mục");
    }

    @Test
    void aFileThatIsNotAFileComesBackAsTheFormWithNothingSaved() throws Exception {
        long before = count();
        mvc.perform(multipart("/dossiers/import").param("file", "31/02/2026")
                .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn tệp cần nhập")))
                .andExpect(content().string(containsString("id=\"import-form\"")));
        mvc.perform(multipart("/dossiers/import").with(SignedIn.as(context, "anbinh.canbo")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn tệp cần nhập")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aProcedureOfAnotherUnitIsRefusedAndOnlyOfficersImport() throws Exception {
        long before = count();
        mvc.perform(multipart("/dossiers/import").file(csv(
                code() + ",XD-01,03/03/2025,24/03/2025,,Đang giải quyết,Nguyễn Văn An\n"))
                .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không thuộc đơn vị của bạn")));
        assertThat(count()).isEqualTo(before);
        mvc.perform(get("/dossiers/import").with(SignedIn.as(context, "mttq"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/dossiers/import").file(csv(
                code() + ",HT-03,03/03/2025,06/03/2025,,Đang giải quyết,Nguyễn Văn An\n"))
                .with(SignedIn.as(context, "chutich")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }
}
