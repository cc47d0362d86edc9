package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * The outgoing-document register gives numbers per issuer, type and year that never repeat, also
 * when many requests arrive at once, in the symbol forms of Decree 30/2020; every number is audited.
 */
@DanVanIntegrationTest
class DocumentRegisterIT {

    private final OrganisationService organisation;

    @Autowired
    DocumentRegisterIT(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Autowired
    DocumentRegister register;
    @Autowired
    OfficialDocuments documents;
    @Autowired
    Issuers issuers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private long unit(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    private int lastNumber(long issuer, DocumentType type, int year) {
        return jdbc.sql("""
                select coalesce(max(issue_number), 0) from document_register
                where issuer_unit_id = :u and document_type = :t and issue_year = :y""")
                .param("u", issuer).param("t", type.name()).param("y", year).query(Integer.class).single();
    }

    @Test
    void concurrentRequestsGetDistinctContiguousNumbers() throws Exception {
        long issuer = unit("LDTBXH");
        DocumentType type = DocumentType.PHIEU_BAO;
        int year = 2031;
        int start = lastNumber(issuer, type, year);
        int threads = 16;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Integer>>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    List<Integer> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(register.issue(IssueRequest.of(issuer, type, LocalDate.of(year, 3, 1),
                                "Phiếu báo thử đồng thời")).number());
                    }
                    return mine;
                });
            }
            List<Integer> numbers = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<Integer>> f : pool.invokeAll(tasks)) {
                numbers.addAll(f.get());
            }
            assertThat(numbers).hasSize(threads * each).doesNotHaveDuplicates();
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(start + 1, start + threads * each).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void seriesRunPerIssuerTypeAndYearFromOne() {
        long issuer = unit("TNMT");
        IssuedNumber first = register.issue(IssueRequest.of(issuer, DocumentType.GIAY_GIOI_THIEU,
                LocalDate.of(2040, 1, 5), "Giới thiệu cán bộ"));
        IssuedNumber second = register.issue(IssueRequest.of(issuer, DocumentType.GIAY_GIOI_THIEU,
                LocalDate.of(2040, 6, 5), "Giới thiệu cán bộ"));
        IssuedNumber otherType = register.issue(IssueRequest.of(issuer, DocumentType.PHIEU_CHUYEN,
                LocalDate.of(2040, 6, 5), "Chuyển hồ sơ"));
        IssuedNumber nextYear = register.issue(IssueRequest.of(issuer, DocumentType.GIAY_GIOI_THIEU,
                LocalDate.of(2041, 1, 2), "Giới thiệu cán bộ"));
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(otherType.number()).isEqualTo(1);
        assertThat(nextYear.number()).isEqualTo(1);
        assertThat(first.text()).isEqualTo("01/GGT-TNMT");
    }

    @Test
    void aRolledBackDocumentGivesItsNumberBack() {
        long issuer = unit("YT");
        LocalDate day = LocalDate.of(2042, 5, 4);
        int taken = transactions.execute(status -> {
            int n = register.issue(IssueRequest.of(issuer, DocumentType.THONG_BAO, day, "Thông báo bị hủy")).number();
            status.setRollbackOnly();
            return n;
        });
        int next = register.issue(IssueRequest.of(issuer, DocumentType.THONG_BAO, day, "Thông báo")).number();
        assertThat(next).isEqualTo(taken);
    }

    @Test
    void committeesSignAsUbndAndOfficesWithTheirAbbreviation() {
        long district = unit("UBND-PG");
        long commune = unit("ABINH");
        LocalDate day = LocalDate.of(2043, 4, 5);
        assertThat(register.issue(IssueRequest.of(district, DocumentType.BAO_CAO, day, "Báo cáo")).text())
                .endsWith("/BC-UBND");
        assertThat(register.issue(IssueRequest.of(commune, DocumentType.QUYET_DINH, day, "Quyết định")).text())
                .endsWith("/QĐ-UBND");
        assertThat(register.issue(IssueRequest.of(unit("TCKH"), DocumentType.TO_TRINH, day, "Tờ trình")).text())
                .endsWith("/TTr-TCKH");

        issuers.save(unit("TP"), "PTP", null, issuers.stored(unit("TP")).map(Issuers.Settings::version).orElse(0L));
        assertThat(register.issue(IssueRequest.of(unit("TP"), DocumentType.KE_HOACH, day, "Kế hoạch")).text())
                .endsWith("/KH-PTP");
        assertThat(register.issue(IssueRequest.of(district, DocumentType.CONG_VAN, day, "đôn đốc báo cáo")
                .draftedBy(unit("TP"))).text()).endsWith("/UBND-PTP");
        assertThat(register.issue(IssueRequest.of(district, DocumentType.CONG_VAN, day, "đôn đốc báo cáo")).text())
                .matches("\\d+/UBND");
    }

    @Test
    void everyNumberIsRecordedWithItsReferenceAndAudited() {
        long district = unit("UBND-PG");
        IssuedNumber issued = register.issue(IssueRequest.of(district, DocumentType.BAO_CAO,
                LocalDate.of(2044, 10, 20), "Báo cáo tổng hợp công tác dân vận").about("ReportingPeriod", 7L));
        assertThat(register.issuedFor("ReportingPeriod", 7L)).extracting(IssuedNumber::entryId)
                .contains(issued.entryId());
        assertThat(register.issuedFor("ReportingPeriod", 7L)).filteredOn(n -> n.entryId() == issued.entryId())
                .extracting(IssuedNumber::text).containsExactly(issued.text());
        int audited = jdbc.sql("""
                select count(*) from audit_entry e join audit_change c on c.entry_id = e.id
                where e.entity_type = 'DocumentNumber' and e.entity_id = :id and e.action = 'CREATE'
                  and c.field = 'number' and c.after_value = :number""")
                .param("id", String.valueOf(issued.entryId())).param("number", issued.text())
                .query(Integer.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aDocumentNeedsItsSummary() {
        assertThatThrownBy(() -> register.issue(IssueRequest.of(unit("UBND-PG"), DocumentType.BAO_CAO,
                LocalDate.of(2045, 1, 1), "  "))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theHeaderAndPlaceComeFromTheUnitTree() {
        assertThat(documents.issuingBody(unit("UBND-PG")))
                .isEqualTo(IssuingBody.of(null, "ỦY BAN NHÂN DÂN", "HUYỆN PHÚ GIÁO"));
        assertThat(documents.issuingBody(unit("ABINH"))).isEqualTo(IssuingBody.of(null, "ỦY BAN NHÂN DÂN", "XÃ AN BÌNH"));
        assertThat(documents.issuingBody(unit("NV"))).isEqualTo(IssuingBody.of("UBND HUYỆN PHÚ GIÁO", "PHÒNG NỘI VỤ"));
        assertThat(documents.place(unit("NV"))).isEqualTo("Phú Giáo");
        assertThat(documents.place(unit("ABINH"))).isEqualTo("An Bình");
        assertThat(documents.abbreviation(unit("ABINH"))).isEqualTo("UBND");
        assertThat(documents.unnumbered(unit("UBND-PG"), DocumentType.BAO_CAO, null).line()).matches("Số: +/BC-UBND");
    }

    @Test
    void aRegisteredDocumentPrintsItsNumberHeaderAndDate() throws Exception {
        long office = unit("NV");
        IssuedNumber issued = register.issue(IssueRequest.of(office, DocumentType.KE_HOACH, LocalDate.of(2047, 2, 3),
                "Kế hoạch kiểm tra công vụ"));
        DocumentContent content = new DocumentContent("Kế hoạch kiểm tra công vụ",
                List.of(Block.paragraph("Phòng Nội vụ xây dựng kế hoạch kiểm tra công vụ như sau:")),
                new Signature(SigningAuthority.NONE, null, "Trưởng phòng", "Nguyễn Thị Thu"),
                new Recipients(List.of("UBND huyện (b/c)"), "VT, NV"));
        OfficialDocument document = documents.registered(issued, content);
        assertThat(document.number().line()).isEqualTo("Số: " + issued.text());
        assertThat(document.placeAndDate().text()).isEqualTo("Phú Giáo, ngày 03 tháng 02 năm 2047");
        assertThat(document.issuer()).isEqualTo(IssuingBody.of("UBND HUYỆN PHÚ GIÁO", "PHÒNG NỘI VỤ"));
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(
                new com.lowagie.text.pdf.PdfReader(documents.pdf(document))).getTextFromPage(1);
        assertThat(text).contains("Số: " + issued.text(), "KẾ HOẠCH", "Kế hoạch kiểm tra công vụ");

        OfficialDocument draft = documents.draft(unit("UBND-PG"), DocumentType.CONG_VAN, office, null, 2047, content);
        assertThat(draft.number().line()).matches("Số: +/UBND-" + documents.abbreviation(office));
        assertThat(draft.placeAndDate().text()).matches("Phú Giáo, ngày +tháng +năm 2047");
        assertThat(draft.printedSummary()).isEqualTo("V/v Kế hoạch kiểm tra công vụ");
    }
}
