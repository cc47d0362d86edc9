package vn.danvan.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * The outgoing-document register (sổ đăng ký văn bản đi): gives each document the next number of
 * its issuer, type and year, and records it with its symbol, date, summary, who took it and the
 * record it belongs to. A number is never given twice, also under concurrent requests on several
 * nodes; it joins the caller's transaction, so a document whose record is rolled back gives its
 * number back.
 */
@Service
public class DocumentRegister {

    static final String ENTITY = "DocumentNumber";
    static final int LIMIT = 1000;
    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final NumberCounters counters;
    private final Issuers issuers;
    private final AuditService audit;
    private final OrganisationScope scope;
    private final Clock clock;

    DocumentRegister(JdbcClient jdbc, NumberCounters counters, Issuers issuers, AuditService audit,
            OrganisationScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.issuers = issuers;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
    }

    /** Takes the next number of the issuer's series for the type and the year of {@code issuedOn}. */
    @Transactional(propagation = Propagation.REQUIRED)
    public IssuedNumber issue(IssueRequest request) {
        String summary = VietnameseText.clean(request.summary());
        if (request.type() == null || request.issuedOn() == null) {
            throw new InvalidRequestException("documents.error.incomplete");
        }
        if (summary == null || summary.isEmpty()) {
            throw InvalidRequestException.onField("summary", "documents.error.summary");
        }
        long issuer = request.issuerUnitId();
        String issuerAbbreviation = issuers.abbreviation(issuer);
        String drafting = request.type().isLetter() && request.draftingUnitId() != null
                ? issuers.abbreviation(request.draftingUnitId()) : null;
        int year = request.issuedOn().getYear();
        int number = counters.next(issuer, request.type(), year);
        DocumentNumber documentNumber = DocumentNumber.of(number, request.type(), issuerAbbreviation, drafting);
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into document_register (issuer_unit_id, document_type, issue_year, issue_number, symbol, summary,
                    issued_on, issued_by, drafting_unit_id, reference_type, reference_id, created_at, updated_at)
                values (:issuer, :type, :year, :number, :symbol, :summary, :issuedOn, :by, :drafting, :refType, :refId,
                    :now, :now)""")
                .param("issuer", issuer).param("type", request.type().name()).param("year", year)
                .param("number", number).param("symbol", documentNumber.text()).param("summary", summary)
                .param("issuedOn", request.issuedOn()).param("by", actor())
                .param("drafting", request.draftingUnitId()).param("refType", request.referenceType())
                .param("refId", request.referenceId()).param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("type", request.type().name());
        after.put("number", documentNumber.text());
        after.put("issuedOn", request.issuedOn());
        after.put("summary", summary);
        if (request.referenceType() != null) {
            after.put("reference", request.referenceType() + " " + request.referenceId());
        }
        audit.created(ENTITY, id, issuer, after);
        return new IssuedNumber(id, issuer, request.type(), year, number, documentNumber, request.issuedOn());
    }

    /** Numbers issued for a record, e.g. ("ReportingPeriod", 7), oldest first. */
    @Transactional(readOnly = true)
    public List<IssuedNumber> issuedFor(String referenceType, long referenceId) {
        return jdbc.sql("""
                select id, issuer_unit_id, document_type, issue_year, issue_number, symbol, issued_on
                from document_register where reference_type = :type and reference_id = :id order by id""")
                .param("type", referenceType).param("id", referenceId)
                .query((rs, n) -> {
                    String symbol = rs.getString("symbol");
                    int number = rs.getInt("issue_number");
                    return new IssuedNumber(rs.getLong("id"), rs.getLong("issuer_unit_id"),
                            DocumentType.valueOf(rs.getString("document_type")), rs.getInt("issue_year"), number,
                            new DocumentNumber(number, symbol.substring(symbol.indexOf('/') + 1)),
                            rs.getObject("issued_on", LocalDate.class));
                })
                .list();
    }

    /** The register lines of the units in the current user's scope, newest first. */
    @Transactional(readOnly = true)
    List<RegisterEntry> find(RegisterFilter filter) {
        var visible = scope.visibleUnits();
        if (filter.issuerUnitId() != null) {
            scope.checkUnit(filter.issuerUnitId());
        }
        var where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!visible.all()) {
            where.append(" and r.issuer_unit_id in (:units)");
            params.put("units", visible.unitIds());
        }
        if (filter.issuerUnitId() != null) {
            where.append(" and r.issuer_unit_id = :issuer");
            params.put("issuer", filter.issuerUnitId());
        }
        if (filter.type() != null) {
            where.append(" and r.document_type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.year() != null) {
            where.append(" and r.issue_year = :year");
            params.put("year", filter.year());
        }
        var spec = jdbc.sql("""
                select r.id, r.issuer_unit_id, u.name as issuer, r.document_type, r.issue_year, r.issue_number, r.symbol,
                       r.issued_on, r.summary, coalesce(a.full_name, r.issued_by) as issued_by
                from document_register r
                join org_unit u on u.id = r.issuer_unit_id
                left join org_staff a on a.username = r.issued_by""" + where
                + " order by r.issued_on desc, r.id desc limit " + LIMIT);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<RegisterEntry> rows = new ArrayList<>();
        spec.query(rs -> {
            rows.add(new RegisterEntry(rs.getLong("id"), rs.getLong("issuer_unit_id"), rs.getString("issuer"),
                    DocumentType.valueOf(rs.getString("document_type")), rs.getInt("issue_year"),
                    rs.getInt("issue_number"), rs.getString("symbol"), rs.getObject("issued_on", LocalDate.class),
                    rs.getString("summary"), rs.getString("issued_by")));
        });
        return rows;
    }

    /** Years that have entries, newest first, with the current year always offered. */
    @Transactional(readOnly = true)
    List<Integer> years() {
        List<Integer> years = new ArrayList<>(jdbc.sql(
                "select distinct issue_year from document_register order by issue_year desc").query(Integer.class).list());
        int current = LocalDate.now(clock).getYear();
        if (!years.contains(current)) {
            years.add(current);
            years.sort(java.util.Comparator.reverseOrder());
        }
        return years;
    }

    /** Who takes the number: the signed-in account, or the system for work without a person. */
    private String actor() {
        return scope.currentUser().map(CurrentUser::username).orElse(SYSTEM);
    }
}
