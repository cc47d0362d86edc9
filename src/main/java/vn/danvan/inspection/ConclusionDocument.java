package vn.danvan.inspection;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.documents.Block;
import vn.danvan.documents.DocumentContent;
import vn.danvan.documents.DocumentFormat;
import vn.danvan.documents.DocumentRegister;
import vn.danvan.documents.DocumentType;
import vn.danvan.documents.IssueRequest;
import vn.danvan.documents.IssuedNumber;
import vn.danvan.documents.OfficialDocuments;
import vn.danvan.documents.Recipients;
import vn.danvan.documents.Signature;
import vn.danvan.organisation.LocalNames;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;

/**
 * The conclusion of a concluded inspection (Thông báo kết luận kiểm tra công vụ) as an official document
 * issued by the unit of the team's lead (the office that consolidates, as a rule): the inspected unit, date, team, the
 * checklist with its marks and notes, findings, conclusion and the violations found, signed by the lead.
 * Written in Vietnamese whatever the screen's language ({@code inspection.conclusion.*}). The first issue
 * takes the next number of the register, stored with the record; later downloads reuse it. It goes to
 * the inspected unit and to the office that consolidates (to the committee's chair when that office
 * issued it), named as the local government names them.
 */
@Component
class ConclusionDocument {

    static final String REFERENCE = "Inspection";

    private final OfficialDocuments documents;
    private final DocumentRegister register;
    private final Inspections inspections;
    private final Violations violations;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final OrganisationService organisation;

    ConclusionDocument(OfficialDocuments documents, DocumentRegister register, Inspections inspections,
            Violations violations, MessageSource messages, JdbcClient jdbc, OrganisationService organisation) {
        this.organisation = organisation;
        this.documents = documents;
        this.register = register;
        this.inspections = inspections;
        this.violations = violations;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @Transactional
    public byte[] render(Records.Inspection i, DocumentFormat format) {
        List<Records.Member> team = inspections.members(i.id());
        Records.Member lead = team.stream().filter(Records.Member::lead).findFirst().orElse(team.get(0));
        List<Block> body = new ArrayList<>();
        String kind = text(i.surprise() ? "inspection.conclusion.surprise" : "inspection.conclusion.planned",
                i.planYear() == null ? 0 : i.planYear());
        body.add(new Block.Paragraph(text("inspection.conclusion.opening", kind,
                i.inspectedOn().format(DanVanTime.DATE), i.unitName())));
        body.add(new Block.Heading(1, text("inspection.conclusion.teamHeading")));
        body.add(new Block.Items(false, team.stream().map(m -> text(m.lead() ? "inspection.conclusion.memberLead"
                : "inspection.conclusion.member", m.fullName(), m.title() == null ? "" : m.title())).toList()));
        body.add(new Block.Heading(1, text("inspection.conclusion.checksHeading")));
        List<List<String>> rows = new ArrayList<>();
        for (Records.Check c : inspections.checks(i.id())) {
            rows.add(List.of(String.valueOf(c.position()), c.text(),
                    c.result() == null ? "" : text(c.result().messageKey()), c.note() == null ? "" : c.note()));
        }
        body.add(new Block.Table(List.of(text("inspection.conclusion.column.number"),
                text("inspection.conclusion.column.item"), text("inspection.conclusion.column.result"),
                text("inspection.conclusion.column.note")), rows));
        body.add(new Block.Heading(1, text("inspection.conclusion.findingsHeading")));
        body.add(new Block.Paragraph(i.findings() == null ? text("inspection.conclusion.noFindings") : i.findings()));
        List<Records.Violation> found = violations.ofInspection(i.id());
        if (!found.isEmpty()) {
            body.add(new Block.Heading(1, text("inspection.conclusion.violationsHeading")));
            List<List<String>> vrows = new ArrayList<>();
            int n = 1;
            for (Records.Violation v : found) {
                vrows.add(List.of(String.valueOf(n++), v.officialName(), v.ruleBroken(),
                        text(v.measureProposed().messageKey())));
            }
            body.add(new Block.Table(List.of(text("inspection.conclusion.column.number"),
                    text("inspection.conclusion.column.official"), text("inspection.conclusion.column.rule"),
                    text("inspection.conclusion.column.measure")), vrows));
        }
        body.add(new Block.Heading(1, text("inspection.conclusion.conclusionHeading")));
        body.add(new Block.Paragraph(i.conclusion()));
        String summary = text("inspection.conclusion.summary", i.unitName());
        long issuer = unitOf(lead);
        // the notice is the issuing unit's: its head signs it ("TRƯỞNG PHÒNG"; "TM. ỦY BAN NHÂN DÂN" /
        // "CHỦ TỊCH" for a committee), a deputy leading the team signs "KT."; a lead who is neither does
        // not sign for the unit, its head does
        Signature signature = documents.signatureOf(issuer, lead.personId(), lead.fullName(), lead.title());
        DocumentContent content = new DocumentContent(summary, body, signature,
                new Recipients(List.of(i.unitName(), reportedTo(lead)), "VT"));
        return documents.render(documents.registered(number(i, issuer, summary), content), format);
    }

    /** The stored number, or the next of the lead's unit's register the first time (the record locked). */
    private IssuedNumber number(Records.Inspection i, long issuer, String summary) {
        String stored = jdbc.sql("select conclusion_number from inspection where id = :id for update")
                .param("id", i.id()).query(String.class).optional().orElse(null);
        if (stored != null) {
            List<IssuedNumber> issued = register.issuedFor(REFERENCE, i.id());
            if (!issued.isEmpty()) {
                return issued.get(issued.size() - 1);
            }
        }
        String shortSummary = summary.length() <= 1000 ? summary : summary.substring(0, 1000);
        IssuedNumber number = register.issue(IssueRequest.of(issuer, DocumentType.THONG_BAO, i.inspectedOn(),
                shortSummary).about(REFERENCE, i.id()));
        jdbc.sql("update inspection set conclusion_number = :n, conclusion_issued_on = :on where id = :id")
                .param("n", number.text()).param("on", number.issuedOn()).param("id", i.id()).update();
        return number;
    }

    /** The office that consolidates, or the committee's chair when the lead works in that office. */
    private String reportedTo(Records.Member lead) {
        LocalNames names = organisation.localNames(InspectionPlans.VIETNAMESE);
        String leadUnit = organisation.unit(unitOf(lead)).map(UnitView::name).orElse("");
        return leadUnit.equals(names.homeAffairs()) ? names.chairShort() : names.homeAffairs();
    }

    private long unitOf(Records.Member member) {
        return jdbc.sql("select unit_id from org_person where id = :id").param("id", member.personId())
                .query(Long.class).single();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, InspectionPlans.VIETNAMESE);
    }
}
