package vn.danvan.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.documents.Block;
import vn.danvan.documents.DocumentContent;
import vn.danvan.documents.DocumentRegister;
import vn.danvan.documents.DocumentType;
import vn.danvan.documents.IssueRequest;
import vn.danvan.documents.IssuedNumber;
import vn.danvan.documents.OfficialDocument;
import vn.danvan.documents.OfficialDocuments;
import vn.danvan.documents.Recipients;
import vn.danvan.documents.Signature;
import vn.danvan.documents.SigningAuthority;
import vn.danvan.organisation.LocalGovernment;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorFormat;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.TitledTable;

/**
 * The committee's consolidated report for the Chairman (báo cáo tổng hợp): totals of each indicator
 * over the submitted reports (one aggregate query over the stored figures), a line per unit, the
 * late and missing units, highlights quoted from the narratives and the units' proposals; as an
 * official document (DOCX, PDF) and a spreadsheet of every figure of every unit. The Chairman's
 * approval takes its number from the document register; the documents then show it. The issuing
 * committee, the office the units report to, the directive cited and the recipients are the local
 * government's ({@link OrganisationService#localGovernment()}), never a fixed level.
 */
@Service
class Consolidation {

    static final String REFERENCE = "ReportingPeriod";
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final int HIGHLIGHT_SENTENCES = 2;

    private final Periods periods;
    private final Reports reports;
    private final ReportingTemplates templates;
    private final OfficialDocuments documents;
    private final DocumentRegister register;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final MessageSource messages;
    private final Clock clock;

    Consolidation(Periods periods, Reports reports, ReportingTemplates templates, OfficialDocuments documents,
            DocumentRegister register, OrganisationService organisation, OrganisationScope scope, AuditService audit,
            MessageSource messages, Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.templates = templates;
        this.documents = documents;
        this.register = register;
        this.organisation = organisation;
        this.scope = scope;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Home Affairs builds the consolidated report; it may build it again until the Chairman approves. */
    @Transactional
    void consolidate(long periodId) {
        requireRole(Role.HOME_AFFAIRS);
        ReportingPeriod period = period(periodId);
        if (period.approved()) {
            throw new InvalidRequestException("reporting.error.approved");
        }
        periods.consolidated(periodId, period.version(), ReportWork.actor(scope), OffsetDateTime.now(clock));
        audit.updated(ReportingPeriods.ENTITY, periodId, null, Map.of(), Map.of("consolidated", true));
    }

    /** The Chairman approves: the report takes its number from the register. */
    @Transactional
    IssuedNumber approve(long periodId) {
        requireRole(Role.LEADER);
        ReportingPeriod period = period(periodId);
        if (!period.consolidated()) {
            throw new InvalidRequestException("reporting.error.notConsolidated");
        }
        if (period.approved()) {
            throw new InvalidRequestException("reporting.error.approved");
        }
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        IssuedNumber number = register.issue(IssueRequest.of(government().committee().id(), DocumentType.BAO_CAO, today,
                "Báo cáo kết quả thực hiện công tác dân vận năm " + period.year()).about(REFERENCE, periodId));
        periods.approved(periodId, period.version(), ReportWork.actor(scope), OffsetDateTime.now(clock));
        audit.updated(ReportingPeriods.ENTITY, periodId, null, Map.of(),
                Map.of("approved", true, "number", number.documentNumber().text()));
        return number;
    }

    Optional<IssuedNumber> number(long periodId) {
        List<IssuedNumber> issued = register.issuedFor(REFERENCE, periodId);
        return issued.isEmpty() ? Optional.empty() : Optional.of(issued.get(issued.size() - 1));
    }

    /** The consolidated report: numbered once approved, a draft with the number left blank before. */
    @Transactional(readOnly = true)
    OfficialDocument document(long periodId) {
        ReportingPeriod period = period(periodId);
        requireConsolidated(period);
        DocumentContent content = content(period);
        Optional<IssuedNumber> number = number(periodId);
        return number.isPresent() ? documents.registered(number.get(), content)
                : documents.draft(government().committee().id(), DocumentType.BAO_CAO, null, null, period.year(), content);
    }

    /** Every indicator of every unit, a row per unit. */
    @Transactional(readOnly = true)
    TitledTable table(long periodId) {
        ReportingPeriod period = period(periodId);
        requireConsolidated(period);
        ReportingTemplate template = templates.find(period.templateId()).orElseThrow();
        List<UnitReportStatus> units = reports.statuses(periodId, null);
        Map<Long, Map<String, BigDecimal>> figures = reports.allFigures(periodId);
        List<String> header = new ArrayList<>(List.of(text("reporting.unit.code"), text("reporting.unit.name"),
                text("reporting.report.state"), text("reporting.report.submittedAt"), text("reporting.report.timeliness"),
                text("reporting.report.selfRating")));
        template.indicators().forEach(i -> header.add(i.label()));
        List<List<Object>> rows = new ArrayList<>();
        for (UnitReportStatus u : units) {
            List<Object> row = new ArrayList<>(Arrays.asList(u.unitCode(), u.unitName(), text(u.state().messageKey()),
                    u.submittedAt(), timeliness(u), u.selfRating() == null ? "" : text(u.selfRating().messageKey())));
            Map<String, BigDecimal> values = figuresOf(u, figures);
            template.indicators().forEach(i -> row.add(values.get(i.code())));
            rows.add(row);
        }
        List<Integer> widths = new ArrayList<>(List.of(10, 40, 16, 18, 14, 28));
        template.indicators().forEach(i -> widths.add(18));
        return new TitledTable("Tong hop " + period.year(),
                List.of("Tổng hợp kết quả thực hiện công tác dân vận năm " + period.year()), header, rows, widths);
    }

    /**
     * The consolidated figures alone, as the document's table computes them: per indicator of the
     * period's template, the sum for counts, the number of yes answers for yes/no, the mean (4
     * decimals) for percentages, days and ratings, over the submitted and accepted reports (one
     * aggregate query), with the number of reports that gave a value.
     */
    @Transactional(readOnly = true)
    List<IndicatorTotal> totals(long periodId) {
        ReportingPeriod period = period(periodId);
        ReportingTemplate template = templates.find(period.templateId()).orElseThrow();
        Map<String, Reports.Aggregate> totals = aggregates(periodId, reports.statuses(periodId, null));
        List<IndicatorTotal> result = new ArrayList<>();
        for (TemplateIndicator i : template.indicators()) {
            Reports.Aggregate a = totals.get(i.code());
            long counted = a == null ? 0 : a.count();
            BigDecimal value = counted == 0 ? null : switch (i.kind()) {
                case COUNT, YES_NO -> a.sum();
                default -> a.mean().setScale(4, RoundingMode.HALF_UP);
            };
            result.add(new IndicatorTotal(i.code(), i.label(), i.kind(), value, counted));
        }
        return result;
    }

    /**
     * Each indicator's sum, mean and count over the submitted and accepted reports (one query), except
     * reporting's own indicators (report submitted, on time, accepted), counted from the reports' states
     * over every unit expected to report: the stored copy of those is taken while the unit writes, before
     * it submits, and said "not submitted" of every report the text counted as submitted.
     */
    private Map<String, Reports.Aggregate> aggregates(long periodId, List<UnitReportStatus> units) {
        Map<String, Reports.Aggregate> totals = new java.util.LinkedHashMap<>(reports.totals(periodId));
        totals.keySet().removeIf(ReportingIndicators::fromState);
        if (units.isEmpty()) {
            return totals;
        }
        Map<String, BigDecimal> sums = new java.util.LinkedHashMap<>();
        for (UnitReportStatus u : units) {
            ReportingIndicators.ofState(u).forEach((code, value) -> sums.merge(code, value, BigDecimal::add));
        }
        BigDecimal expected = BigDecimal.valueOf(units.size());
        sums.forEach((code, sum) -> totals.put(code, new Reports.Aggregate(sum,
                sum.divide(expected, 4, RoundingMode.HALF_UP), units.size())));
        return totals;
    }

    /** A unit's figures as consolidated: stored figures, reporting's own read from the report's state. */
    private static Map<String, BigDecimal> figuresOf(UnitReportStatus u, Map<Long, Map<String, BigDecimal>> stored) {
        Map<String, BigDecimal> values = new java.util.HashMap<>(stored.getOrDefault(u.reportId(), Map.of()));
        values.putAll(ReportingIndicators.ofState(u));
        return values;
    }

    /** An indicator's consolidated figure: null when no counted report gave a value. */
    record IndicatorTotal(String code, String label, IndicatorKind kind, BigDecimal total, long reports) {
    }

    private DocumentContent content(ReportingPeriod period) {
        ReportingTemplate template = templates.find(period.templateId()).orElseThrow();
        List<UnitReportStatus> units = reports.statuses(period.id(), null);
        Completeness c = Completeness.of(units);
        LocalGovernment government = government();
        List<Block> body = new ArrayList<>();
        body.add(new Block.Paragraph(opening(government, period.year())));
        body.add(new Block.Heading(1, "I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ"));
        body.add(new Block.Paragraph("Số đơn vị phải báo cáo: " + c.expected() + "; đã gửi báo cáo: " + c.submitted()
                + " (tỷ lệ " + c.completenessText() + "); đúng hạn: " + c.onTime() + " (tỷ lệ " + c.timelinessText()
                + "); trễ hạn: " + c.late() + "; chưa gửi: " + c.missing() + ". Hạn gửi báo cáo: ngày "
                + DanVanTime.DATE.format(period.deadline()) + "."));
        List<List<String>> unitRows = new ArrayList<>();
        int n = 1;
        for (UnitReportStatus u : units) {
            unitRows.add(List.of(String.valueOf(n++), u.unitName(), text(u.state().messageKey()),
                    u.submittedAt() == null ? "" : DanVanTime.DATE.format(u.submittedAt().atZoneSameInstant(DanVanTime.ZONE)),
                    timeliness(u), u.selfRating() == null ? "" : text(u.selfRating().messageKey())));
        }
        body.add(new Block.Table(List.of("STT", "Đơn vị", "Trạng thái", "Ngày gửi", "Đúng hạn/Trễ hạn",
                "Tự đánh giá"), unitRows));
        List<String> late = units.stream().filter(UnitReportStatus::late).map(UnitReportStatus::unitName).toList();
        List<String> missing = units.stream().filter(u -> !u.submitted()).map(UnitReportStatus::unitName).toList();
        body.add(new Block.Paragraph("Đơn vị gửi báo cáo trễ hạn: " + (late.isEmpty() ? "không có" : String.join(", ", late)) + "."));
        body.add(new Block.Paragraph("Đơn vị chưa gửi báo cáo: " + (missing.isEmpty() ? "không có" : String.join(", ", missing)) + "."));

        body.add(new Block.Heading(1, "II. KẾT QUẢ ĐẠT ĐƯỢC"));
        body.add(new Block.Heading(2, "1. Số liệu tổng hợp"));
        Map<String, Reports.Aggregate> totals = aggregates(period.id(), units);
        List<List<String>> totalRows = new ArrayList<>();
        n = 1;
        for (TemplateIndicator i : template.indicators()) {
            Reports.Aggregate a = totals.get(i.code());
            totalRows.add(List.of(String.valueOf(n++), i.label(), total(i, a),
                    i.unitOfMeasure() == null ? measure(i.kind()) : i.unitOfMeasure()));
        }
        body.add(new Block.Table(List.of("STT", "Chỉ tiêu", "Tổng hợp", "Đơn vị tính"), totalRows));

        body.add(new Block.Heading(2, "2. Kết quả nổi bật"));
        Map<Long, Map<String, String>> narratives = reports.allSections(period.id());
        Map<Long, java.util.Set<String>> marked = reports.allHighlights(period.id());
        int section = 1;
        for (TemplateSection s : template.sections()) {
            if (ReportingTemplates.PROPOSALS.equals(s.code())) {
                continue;
            }
            List<String> quotes = new ArrayList<>();
            for (UnitReportStatus u : units) {
                if (!u.submitted()) {
                    continue;
                }
                // a unit that marked sections as highlights is quoted in those, in full; others by
                // the first sentences of each section
                java.util.Set<String> highlights = marked.getOrDefault(u.reportId(), java.util.Set.of());
                String textOf = narratives.getOrDefault(u.reportId(), Map.of()).get(s.code());
                if (textOf == null || textOf.isBlank() || (!highlights.isEmpty() && !highlights.contains(s.code()))) {
                    continue;
                }
                quotes.add(u.unitName() + ": " + (highlights.isEmpty() ? firstSentences(textOf) : textOf.strip()));
            }
            if (!quotes.isEmpty()) {
                body.add(new Block.Heading(3, "2." + section++ + ". " + s.title()));
                body.add(new Block.Items(false, quotes));
            }
        }

        body.add(new Block.Heading(1, "III. ĐỀ XUẤT, KIẾN NGHỊ"));
        List<String> proposals = new ArrayList<>();
        for (UnitReportStatus u : units) {
            String p = u.submitted() ? narratives.getOrDefault(u.reportId(), Map.of()).get(ReportingTemplates.PROPOSALS)
                    : null;
            if (p != null && !p.isBlank()) {
                proposals.add(u.unitName() + ": " + p.strip());
            }
        }
        if (proposals.isEmpty()) {
            body.add(new Block.Paragraph("Các đơn vị không có đề xuất, kiến nghị."));
        } else {
            body.add(new Block.Items(false, proposals));
        }
        body.add(new Block.Paragraph("Trên đây là báo cáo kết quả thực hiện công tác dân vận năm " + period.year()
                + " của " + government.committeeName() + "./."));
        UnitView issuer = government.committee();
        return new DocumentContent("Kết quả thực hiện công tác dân vận năm " + period.year(), body,
                new Signature(SigningAuthority.ON_BEHALF_OF, "Ủy ban nhân dân", "Chủ tịch",
                        issuer.headName() == null ? "" : issuer.headName()),
                new Recipients(government.recipientsOfReports(), "VT, " + documents.abbreviation(government.homeAffairs().id())));
    }

    /**
     * "Thực hiện [the directive], trên cơ sở báo cáo của các cơ quan, đơn vị gửi [the office], [the
     * committee] báo cáo ...": every name from the local government; without a directive the sentence
     * starts at the reports.
     */
    static String opening(LocalGovernment government, int year) {
        String reports = "cơ sở báo cáo của các cơ quan, đơn vị gửi " + government.homeAffairsName() + ", "
                + government.committeeName() + " báo cáo kết quả thực hiện công tác dân vận năm " + year + " như sau:";
        String directive = government.directiveBasis();
        return directive == null || directive.isBlank() ? "Trên " + reports
                : "Thực hiện " + directive.strip() + ", trên " + reports;
    }

    /** The first sentences of a section, as a quotation of the unit's own words. */
    static String firstSentences(String text) {
        String clean = text.strip().replaceAll("\\s+", " ");
        int end = 0;
        for (int i = 0; i < HIGHLIGHT_SENTENCES; i++) {
            int dot = indexOfSentenceEnd(clean, end);
            if (dot < 0) {
                return clean;
            }
            end = dot + 1;
        }
        return clean.substring(0, end).strip();
    }

    private static int indexOfSentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch == '.' || ch == '!' || ch == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private String total(TemplateIndicator i, Reports.Aggregate a) {
        if (a == null || a.count() == 0) {
            return "-";
        }
        return switch (i.kind()) {
            case COUNT -> IndicatorFormat.number(IndicatorKind.COUNT, a.sum());
            case YES_NO -> IndicatorFormat.number(IndicatorKind.COUNT, a.sum()) + "/" + a.count() + " đơn vị";
            default -> IndicatorFormat.number(i.kind(), a.mean().setScale(1, RoundingMode.HALF_UP)) + " (bình quân)";
        };
    }

    private static String measure(IndicatorKind kind) {
        return switch (kind) {
            case COUNT -> "";
            case PERCENT -> "%";
            case DAYS -> "ngày";
            case YES_NO -> "có/không";
            case RATING -> "điểm (1-5)";
        };
    }

    private String timeliness(UnitReportStatus u) {
        if (u.onTime() == null) {
            return "";
        }
        return text(u.onTime() ? "reporting.onTime" : "reporting.late");
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, IndicatorCatalogue.VIETNAMESE);
    }

    /** The committee that issues the report and the office the units report to; 404 when the tree has no committee. */
    private LocalGovernment government() {
        return organisation.localGovernment().orElseThrow(() -> new NotFoundException("localGovernment", 1));
    }

    private ReportingPeriod period(long periodId) {
        return periods.find(periodId).orElseThrow(() -> new NotFoundException("period", periodId));
    }

    private static void requireConsolidated(ReportingPeriod period) {
        if (!period.consolidated()) {
            throw new InvalidRequestException("reporting.error.notConsolidated");
        }
    }

    private void requireRole(Role role) {
        ReportWork.requireRole(scope, role);
    }
}
