package vn.danvan.reporting;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * The template editor's changes (Home Affairs, administrators): a new template with the directive's
 * sections and every offered indicator, sections added or edited, indicators picked from the
 * modules' catalogue or defined by hand. Each change is audited.
 */
@Service
@Transactional
class TemplateEditing {

    static final String ENTITY = "ReportingTemplate";

    private final ReportingTemplates templates;
    private final IndicatorCatalogue catalogue;
    private final AuditService audit;

    TemplateEditing(ReportingTemplates templates, IndicatorCatalogue catalogue, AuditService audit) {
        this.templates = templates;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    long createDefault(String name) {
        long id = templates.create(name);
        catalogue.definitions().values().forEach(d -> templates.addIndicator(id, offered(d)));
        audit.created(ENTITY, id, null, Map.of("name", name));
        return id;
    }

    void addSection(long templateId, String code, String title, String guidance) {
        ReportingTemplate t = require(templateId);
        if (t.sections().stream().anyMatch(s -> s.code().equalsIgnoreCase(code))) {
            throw InvalidRequestException.onField("code", "reporting.error.codeTaken");
        }
        templates.addSection(templateId, code, title, guidance);
        audit.updated(ENTITY, templateId, null, Map.of(), Map.of("section", code, "title", title));
    }

    void updateSection(long templateId, long sectionId, String title, String guidance) {
        require(templateId);
        templates.updateSection(templateId, sectionId, title, guidance);
        audit.updated(ENTITY, templateId, null, Map.of(), Map.of("sectionId", sectionId, "title", title));
    }

    void removeSection(long templateId, long sectionId) {
        require(templateId);
        templates.removeSection(templateId, sectionId);
        audit.updated(ENTITY, templateId, null, Map.of("sectionId", sectionId), Map.of());
    }

    void addOffered(long templateId, String code) {
        ReportingTemplate t = require(templateId);
        IndicatorDefinition d = catalogue.definitions().get(code);
        if (d == null) {
            throw InvalidRequestException.onField("code", "reporting.error.indicatorUnknown");
        }
        if (t.indicators().stream().anyMatch(i -> i.code().equals(code))) {
            throw InvalidRequestException.onField("code", "reporting.error.codeTaken");
        }
        templates.addIndicator(templateId, offered(d));
        audit.updated(ENTITY, templateId, null, Map.of(), Map.of("indicator", code));
    }

    void addManual(long templateId, String label, IndicatorKind kind, String unitOfMeasure, String source) {
        ReportingTemplate t = require(templateId);
        int n = 1;
        while (hasCode(t, "manual." + n)) {
            n++;
        }
        String code = "manual." + n;
        templates.addIndicator(templateId, new TemplateIndicator(0, code, label, kind, true, unitOfMeasure, source,
                null));
        audit.updated(ENTITY, templateId, null, Map.of(), Map.of("indicator", code, "label", label));
    }

    void removeIndicator(long templateId, long indicatorId) {
        require(templateId);
        templates.removeIndicator(templateId, indicatorId);
        audit.updated(ENTITY, templateId, null, Map.of("indicatorId", indicatorId), Map.of());
    }

    private static boolean hasCode(ReportingTemplate t, String code) {
        return t.indicators().stream().anyMatch(i -> i.code().equals(code));
    }

    private TemplateIndicator offered(IndicatorDefinition d) {
        return new TemplateIndicator(0, d.code(), catalogue.label(d), d.kind(), false, null, null,
                d.directiveClause());
    }

    private ReportingTemplate require(long id) {
        return templates.find(id).orElseThrow(() -> new vn.danvan.shared.web.NotFoundException("template", id));
    }
}
