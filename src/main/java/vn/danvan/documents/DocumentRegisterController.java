package vn.danvan.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.organisation.UnitPicker;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.web.Choice;
import vn.danvan.shared.web.TableExport;

/** The outgoing-document register screen, its export, and the sample document for administrators. */
@Controller
class DocumentRegisterController {

    static final String REGISTER = "documents/register";

    private final UnitPicker picker;
    private final DocumentRegister register;
    private final OfficialDocuments documents;
    private final SampleDocument sample;
    private final OrganisationScope scope;
    private final MessageSource messages;

    DocumentRegisterController(UnitPicker picker, DocumentRegister register, OfficialDocuments documents, SampleDocument sample,
            OrganisationScope scope, MessageSource messages) {
        this.picker = picker;
        this.register = register;
        this.documents = documents;
        this.sample = sample;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/documents/register")
    String register(@ModelAttribute("filter") RegisterFilter filter, Model model) {
        List<RegisterEntry> rows = register.find(filter);
        model.addAttribute("rows", rows);
        model.addAttribute("truncated", rows.size() >= DocumentRegister.LIMIT);
        model.addAttribute("issuerChoices", picker.field(UnitPicker.Scope.VISIBLE));
        model.addAttribute("typeChoices", Choice.ofEnum(DocumentType::messageKey, DocumentType.values()));
        model.addAttribute("yearChoices", register.years().stream().map(y -> Choice.of(y, String.valueOf(y))).toList());
        return REGISTER;
    }

    @GetMapping("/documents/register/export")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") RegisterFilter filter,
            @RequestParam(defaultValue = "xlsx") String format) {
        var locale = LocaleContextHolder.getLocale();
        List<String> header = TableExport.header(messages, "documents.register.issuer", "documents.register.type",
                "documents.register.number", "documents.register.symbol", "documents.register.date",
                "documents.register.summary", "documents.register.issuedBy");
        List<List<Object>> rows = new ArrayList<>();
        for (RegisterEntry r : register.find(filter)) {
            rows.add(Arrays.asList(r.issuer(), messages.getMessage(r.type().messageKey(), null, locale), r.number(),
                    r.symbol(), r.issuedOn(), r.summary(), r.issuedBy()));
        }
        return TableExport.of(format, "so-dang-ky-van-ban", header, rows);
    }

    @GetMapping("/documents/sample.docx")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<byte[]> sampleDocx() {
        return documents.download(sample.forUnit(scope.requireUser().unitId()), DocumentFormat.DOCX, "bao-cao-mau");
    }

    @GetMapping("/documents/sample.pdf")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<byte[]> samplePdf() {
        return documents.download(sample.forUnit(scope.requireUser().unitId()), DocumentFormat.PDF, "bao-cao-mau");
    }
}
