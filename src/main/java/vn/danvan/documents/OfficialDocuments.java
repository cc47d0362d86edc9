package vn.danvan.documents;

import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.web.TableExport;

/**
 * What other modules call to produce an official document: the issuer's header, abbreviation and
 * place for a unit, and the document as DOCX (the format officials edit) or PDF.
 */
@Service
@Transactional(readOnly = true)
public class OfficialDocuments {

    private final Issuers issuers;
    private final OrganisationService organisation;

    OfficialDocuments(Issuers issuers, OrganisationService organisation) {
        this.issuers = issuers;
        this.organisation = organisation;
    }

    /**
     * A registered document: the issuer's header, its number from the register and the date line of
     * the day it was issued.
     */
    public OfficialDocument registered(IssuedNumber issued, DocumentContent content) {
        long issuer = issued.issuerUnitId();
        return new OfficialDocument(issuingBody(issuer), issued.type(), issued.documentNumber(),
                PlaceAndDate.on(place(issuer), issued.issuedOn()), content.summary(), content.body(),
                content.signature(), content.recipients(), content.secondSignature());
    }

    /**
     * A draft not yet registered: the number left blank ("Số:      /BC-UBND") and, without a date,
     * day and month left blank in the year of {@code year}. The drafting unit only counts for a
     * công văn and may be null.
     */
    public OfficialDocument draft(long issuerUnitId, DocumentType type, Long draftingUnitId, LocalDate date, int year,
            DocumentContent content) {
        String place = place(issuerUnitId);
        return new OfficialDocument(issuingBody(issuerUnitId), type, unnumbered(issuerUnitId, type, draftingUnitId),
                date == null ? PlaceAndDate.undated(place, year) : PlaceAndDate.on(place, date), content.summary(),
                content.body(), content.signature(), content.recipients(), content.secondSignature());
    }

    public byte[] docx(OfficialDocument document) {
        return DocxRenderer.render(document);
    }

    public byte[] pdf(OfficialDocument document) {
        return PdfRenderer.render(document);
    }

    public byte[] render(OfficialDocument document, DocumentFormat format) {
        return format == DocumentFormat.PDF ? pdf(document) : docx(document);
    }

    /** The document as a download named {@code fileName} plus the format's extension. */
    public ResponseEntity<byte[]> download(OfficialDocument document, DocumentFormat format, String fileName) {
        return TableExport.download(render(document, format), fileName + "." + format.extension(),
                format.mediaType());
    }

    /** The header lines of a unit as issuer: "UBND HUYỆN PHÚ GIÁO" / "PHÒNG NỘI VỤ". */
    public IssuingBody issuingBody(long unitId) {
        return issuers.issuingBody(unitId);
    }

    /** The unit's abbreviation in symbols: "UBND" for a People's Committee, else e.g. "NV". */
    public String abbreviation(long unitId) {
        return issuers.abbreviation(unitId);
    }

    /**
     * The signature of the unit's head in the form Decree 30/2020 gives it: "TM. ỦY BAN NHÂN DÂN" /
     * "CHỦ TỊCH" for a committee, "TRƯỞNG PHÒNG" for an office, with the head's name (a dotted line to
     * write it on when the unit has no head recorded).
     */
    public Signature headSignature(long unitId) {
        UnitView unit = issuers.unit(unitId);
        return SigningRules.head(unit, unit.headName());
    }

    /** The same form signed by {@code signerName} as head (the head who approved a plan, say). */
    public Signature headSignature(long unitId, String signerName) {
        return SigningRules.head(issuers.unit(unitId), signerName);
    }

    /**
     * The signature of a person for the unit: its head signs as head; a deputy (a title starting with
     * "Phó") signs "KT." in the head's stead; anyone else may not sign for the unit, so the head does.
     */
    public Signature signatureOf(long unitId, long personId, String fullName, String title) {
        UnitView unit = issuers.unit(unitId);
        if (unit.headPersonId() != null && unit.headPersonId() == personId) {
            return SigningRules.head(unit, fullName);
        }
        if (SigningRules.isDeputyTitle(title) && organisation.peopleOf(unitId).stream()
                .anyMatch(p -> p.id() == personId)) {
            return SigningRules.deputy(unit, fullName);
        }
        return SigningRules.head(unit, unit.headName());
    }

    /** The head's title as signatures print it ("Chủ tịch", "Trưởng phòng", "Giám đốc"). */
    public String headTitle(long unitId) {
        return SigningRules.headTitle(issuers.unit(unitId));
    }

    /** The place name of the date line ("Phú Giáo"). */
    public String place(long unitId) {
        return issuers.place(unitId);
    }

    /**
     * The number line of a document not yet registered ("Số:      /BC-UBND"); the drafting unit only
     * counts for a công văn and may be null.
     */
    public DocumentNumber unnumbered(long issuerUnitId, DocumentType type, Long draftingUnitId) {
        return DocumentNumber.blank(type, abbreviation(issuerUnitId),
                draftingUnitId == null ? null : abbreviation(draftingUnitId));
    }
}
