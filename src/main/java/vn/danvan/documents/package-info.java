/**
 * Official documents (văn bản hành chính): one document model in the layout of Decree 30/2020/NĐ-CP
 * ({@link vn.danvan.documents.OfficialDocument}), rendered to DOCX and PDF by
 * {@link vn.danvan.documents.OfficialDocuments} with an embedded Unicode serif font shipped with the
 * application, and the outgoing-document register ({@link vn.danvan.documents.DocumentRegister}):
 * numbers per issuing unit, document type and year that are never given twice, each unit's
 * abbreviation in document symbols, and the register screen. Reports, minutes, decisions and slips
 * of the other modules are built as an {@code OfficialDocument}. Tables for spreadsheets are written
 * by {@link vn.danvan.shared.web.TitledTable}, which list exports share. Uses {@code organisation}
 * for units and scope and {@code audit} for every number issued.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "audit"})
package vn.danvan.documents;
