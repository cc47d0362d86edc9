package vn.danvan.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.danvan.shared.indicator.IndicatorKind;

/**
 * Report templates with their sections and indicators. The default sections follow the tasks of
 * Directive 02/CT-UBND, the directive's words as guidance, and end with the proposals.
 */
@Repository
class ReportingTemplates {

    /** The section whose text the consolidation gathers as proposals (Đề xuất, kiến nghị). */
    static final String PROPOSALS = "KN";

    static final List<TemplateSection> DIRECTIVE_SECTIONS = List.of(
            section("1a", "Xây dựng kế hoạch và tổ chức thực hiện công tác dân vận gắn với nhiệm vụ chuyên môn",
                    "Xác định công tác dân vận là nhiệm vụ trọng tâm trong thực thi công vụ, chủ động xây dựng kế hoạch "
                            + "hàng năm và tổ chức thực hiện công tác dân vận gắn với việc thực hiện nhiệm vụ chuyên môn; "
                            + "đề cao vai trò, trách nhiệm của người đứng đầu."),
            section("1b", "Tuyên truyền, phong trào thi đua \u201cDân vận khéo\u201d, đối thoại với Nhân dân",
                    "Thường xuyên quán triệt, tuyên truyền chủ trương, đường lối, chính sách của Đảng, pháp luật của "
                            + "Nhà nước về công tác dân vận; thực hiện tốt phong trào thi đua \u201cDân vận khéo\u201d; "
                            + "tăng cường đối thoại trực tiếp với Nhân dân; giải quyết kịp thời, thỏa đáng nguyện vọng "
                            + "chính đáng của Nhân dân."),
            section("1c", "Thực hiện các văn bản của Đảng, Nhà nước về công tác dân vận",
                    "Phối hợp và tổ chức thực hiện nghiêm túc Quyết định số 290-QĐ/TW, Kết luận số 114-KL/TW, Nghị "
                            + "quyết số 25-NQ/TW, Chỉ thị số 16/CT-TTg và các văn bản chỉ đạo "
                            + "của cấp trên và của địa phương về công tác dân vận."),
            section("1d", "Dân chủ, công khai, minh bạch; đối thoại; giải quyết kiến nghị của Nhân dân",
                    "Đẩy mạnh dân chủ, công khai, minh bạch trong hoạt động quản lý, điều hành; tổ chức hội nghị đối "
                            + "thoại trực tiếp với Nhân dân; giải quyết kịp thời bức xúc, kiến nghị của Nhân dân; thực "
                            + "hiện phương châm \u201cDân biết, dân bàn, dân làm, dân kiểm tra\u201d."),
            section("1đ", "Cải cách hành chính, cơ chế một cửa, một cửa liên thông",
                    "Thực hiện thường xuyên, hiệu quả cải cách thủ tục hành chính và cơ chế một cửa, một cửa liên "
                            + "thông hiện đại; tăng cường trách nhiệm của người đứng đầu."),
            section("1e", "Kỷ luật, kỷ cương hành chính; kiểm tra công vụ",
                    "Tăng cường kỷ luật, kỷ cương hành chính, tinh thần trách nhiệm, ý thức phục vụ Nhân dân của đội "
                            + "ngũ cán bộ, công chức, viên chức; tăng cường công tác kiểm tra công vụ, xử lý nghiêm vi "
                            + "phạm."),
            section("1g", "Phối hợp với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội giám sát, phản biện",
                    "Chủ động phối hợp, tạo điều kiện để Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội "
                            + "cùng cấp tham gia giám sát, phản biện xã hội."),
            section("2", "Thông tin, tuyên truyền; nhân rộng gương điển hình, mô hình tốt",
                    "Thường xuyên thông tin tuyên truyền về công tác dân vận, dân chủ cơ sở; chú trọng tuyên truyền, "
                            + "nhân rộng các gương điển hình, mô hình tốt, hiệu quả."),
            section("3", "Tự đánh giá kết quả thực hiện công tác dân vận",
                    "Hằng năm, các đơn vị, địa phương tổ chức đánh giá kết quả thực hiện công tác dân vận và báo cáo "
                            + "gửi cơ quan tổng hợp trước ngày 15 tháng 10."),
            section(PROPOSALS, "Đề xuất, kiến nghị", "Những đề xuất, kiến nghị của đơn vị với Ủy ban nhân dân."));

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportingTemplates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static TemplateSection section(String code, String title, String guidance) {
        return new TemplateSection(0, code, title, guidance);
    }

    List<ReportingTemplate> list() {
        return jdbc.sql("select id from reporting_template order by id").query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    Optional<ReportingTemplate> find(long id) {
        return jdbc.sql("select id, name, version from reporting_template where id = :id").param("id", id)
                .query((rs, n) -> new ReportingTemplate(rs.getLong("id"), rs.getString("name"), sections(id),
                        indicators(id), rs.getLong("version")))
                .optional();
    }

    long create(String name) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into reporting_template (name, created_at, updated_at) values (:name, :now, :now)")
                .param("name", name).param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        DIRECTIVE_SECTIONS.forEach(s -> addSection(id, s.code(), s.title(), s.guidance()));
        return id;
    }

    void addSection(long templateId, String code, String title, String guidance) {
        jdbc.sql("""
                insert into reporting_template_section (template_id, position, code, title, guidance)
                values (:t, (select coalesce(max(position), 0) + 1 from reporting_template_section where template_id = :t),
                        :code, :title, :guidance)""")
                .param("t", templateId).param("code", code).param("title", title).param("guidance", guidance).update();
        touch(templateId);
    }

    void updateSection(long templateId, long sectionId, String title, String guidance) {
        jdbc.sql("update reporting_template_section set title = :title, guidance = :guidance where id = :id and template_id = :t")
                .param("title", title).param("guidance", guidance).param("id", sectionId).param("t", templateId)
                .update();
        touch(templateId);
    }

    void removeSection(long templateId, long sectionId) {
        jdbc.sql("delete from reporting_template_section where id = :id and template_id = :t")
                .param("id", sectionId).param("t", templateId).update();
        touch(templateId);
    }

    void addIndicator(long templateId, TemplateIndicator i) {
        jdbc.sql("""
                insert into reporting_template_indicator (template_id, position, code, label, kind, manual,
                    unit_of_measure, source, directive_clause)
                values (:t, (select coalesce(max(position), 0) + 1 from reporting_template_indicator where template_id = :t),
                        :code, :label, :kind, :manual, :uom, :source, :clause)""")
                .param("t", templateId).param("code", i.code()).param("label", i.label())
                .param("kind", i.kind().name()).param("manual", i.manual()).param("uom", i.unitOfMeasure())
                .param("source", i.source()).param("clause", i.directiveClause()).update();
        touch(templateId);
    }

    void removeIndicator(long templateId, long indicatorId) {
        jdbc.sql("delete from reporting_template_indicator where id = :id and template_id = :t")
                .param("id", indicatorId).param("t", templateId).update();
        touch(templateId);
    }

    /** Templates in use by a period are still editable: a period keeps what its reports stored. */
    private void touch(long templateId) {
        jdbc.sql("update reporting_template set updated_at = :now, version = version + 1 where id = :t")
                .param("now", OffsetDateTime.now(clock)).param("t", templateId).update();
    }

    private List<TemplateSection> sections(long templateId) {
        return jdbc.sql("select id, code, title, guidance from reporting_template_section where template_id = :t order by position, id")
                .param("t", templateId)
                .query((rs, n) -> new TemplateSection(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        rs.getString("guidance")))
                .list();
    }

    private List<TemplateIndicator> indicators(long templateId) {
        return jdbc.sql("""
                select id, code, label, kind, manual, unit_of_measure, source, directive_clause
                from reporting_template_indicator where template_id = :t order by position, id""")
                .param("t", templateId)
                .query((rs, n) -> new TemplateIndicator(rs.getLong("id"), rs.getString("code"), rs.getString("label"),
                        IndicatorKind.valueOf(rs.getString("kind")), rs.getBoolean("manual"),
                        rs.getString("unit_of_measure"), rs.getString("source"), rs.getString("directive_clause")))
                .list();
    }
}
