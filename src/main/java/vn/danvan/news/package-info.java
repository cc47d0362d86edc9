/**
 * News and stories (tin, bài; Directive 02/CT-UBND clause 2: the culture-information office and the
 * district radio disseminate and spread good models): the information office, Home Affairs or an
 * administrator writes a story (title, summary, a body in limited HTML, images kept as attachments,
 * links to related portal pages), publishes it on the portal and may withdraw it with a reason; a short
 * radio script of the story is exported as a DOCX draft through {@code documents}. The body is
 * sanitised by {@link vn.danvan.news.NewsSanitizer} when saved and again when shown. Uses
 * {@code organisation} for roles and scope, {@code audit} for every change, {@code attachment} for the
 * images and {@code documents} for the radio script.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organisation", "audit", "attachment", "documents"})
package vn.danvan.news;
