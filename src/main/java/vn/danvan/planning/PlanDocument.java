package vn.danvan.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.danvan.documents.Block;
import vn.danvan.documents.DocumentContent;
import vn.danvan.documents.DocumentFormat;
import vn.danvan.documents.DocumentRegister;
import vn.danvan.documents.DocumentType;
import vn.danvan.documents.OfficialDocument;
import vn.danvan.documents.OfficialDocuments;
import vn.danvan.documents.Recipients;
import vn.danvan.documents.Signature;
import vn.danvan.organisation.LocalNames;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.TableExport;

/**
 * The plan printed as an official "Kế hoạch" (Decree 30/2020): the unit's header, the number taken
 * at approval (left blank before), "KẾ HOẠCH / Công tác dân vận chính quyền năm YYYY", purpose and
 * requirements, the items as a table, the organisation of the work, the head's signature and the
 * recipients. Official documents are written in Vietnamese whatever the screen's language. The
 * directive cited, the office reported to and the committee are the local government's
 * ({@link OrganisationService#localNames(Locale)}), never a fixed level.
 */
@Component
class PlanDocument {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final OfficialDocuments documents;
    private final DocumentRegister register;
    private final OrganisationService organisation;
    private final MessageSource messages;

    PlanDocument(OfficialDocuments documents, DocumentRegister register, OrganisationService organisation,
            MessageSource messages) {
        this.documents = documents;
        this.register = register;
        this.organisation = organisation;
        this.messages = messages;
    }

    static String summary(int year) {
        return "Công tác dân vận chính quyền năm " + year;
    }

    /** The printed plan as a download ("pdf" or "docx"), named after the unit and year. */
    ResponseEntity<byte[]> download(PlanView plan, String format) {
        DocumentFormat f = "pdf".equals(format) ? DocumentFormat.PDF : DocumentFormat.DOCX;
        return TableExport.download(render(plan, f),
                "ke-hoach-dan-van-" + plan.unitCode().toLowerCase() + "-" + plan.year() + "." + f.extension(),
                f.mediaType());
    }

    byte[] render(PlanView plan, DocumentFormat format) {
        return documents.render(document(plan), format);
    }

    OfficialDocument document(PlanView plan) {
        UnitView unit = organisation.unit(plan.unitId()).orElseThrow();
        LocalNames names = organisation.localNames(VIETNAMESE);
        DocumentContent content = new DocumentContent(summary(plan.year()), body(plan, unit, names),
                signature(plan, unit), new Recipients(List.of(recipient(unit, names)), "VT"));
        var issued = register.issuedFor(Plans.PLAN, plan.id());
        if (!issued.isEmpty()) {
            return documents.registered(issued.get(issued.size() - 1), content);
        }
        return documents.draft(plan.unitId(), DocumentType.KE_HOACH, null, null, plan.year(), content);
    }

    /** The plan goes to the office that consolidates, or to the committee when that office made it. */
    private static String recipient(UnitView unit, LocalNames names) {
        return unit.name().equals(names.homeAffairs()) ? names.committee() : names.homeAffairs();
    }

    private List<Block> body(PlanView plan, UnitView unit, LocalNames names) {
        List<Block> body = new ArrayList<>();
        body.add(new Block.Paragraph(names.directive() == null
                ? text("planning.document.basisNoDirective", unit.name(), plan.year())
                : text("planning.document.basis", unit.name(), plan.year(), names.directive().strip())));
        body.add(new Block.Heading(1, text("planning.document.purposeHeading")));
        body.add(new Block.Paragraph(text("planning.document.purpose")));
        body.add(new Block.Paragraph(text("planning.document.requirement", names.homeAffairs())));
        body.add(new Block.Heading(1, text("planning.document.contentHeading")));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (PlanItem item : plan.items()) {
            rows.add(List.of(String.valueOf(n++),
                    text("planning.document.task", item.task().clause(), text(item.task().messageKey())),
                    item.content() + " (" + item.professionalWork() + ")", item.ownerName(),
                    item.dueDate().format(DanVanTime.DATE), item.targetLabel()));
        }
        body.add(new Block.Table(List.of(text("planning.document.col.number"), text("planning.document.col.task"),
                text("planning.document.col.content"), text("planning.document.col.owner"),
                text("planning.document.col.due"), text("planning.document.col.target")), rows));
        body.add(new Block.Heading(1, text("planning.document.organisationHeading")));
        body.add(new Block.Paragraph(text("planning.document.organisation", unit.name(), names.committee(),
                names.homeAffairs())));
        return body;
    }

    /**
     * The head signs in the form of the unit (documents' signing rules): "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"
     * for a committee, "TRƯỞNG PHÒNG" for an office; the approver's name, else the head's.
     */
    private Signature signature(PlanView plan, UnitView unit) {
        String signer = plan.approverName() != null ? plan.approverName() : unit.headName();
        return documents.headSignature(unit.id(), signer);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
