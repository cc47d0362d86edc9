/**
 * The laws in force (quy định pháp luật đang áp dụng): every legal time limit and rule the modules apply,
 * each with its value, unit, legal source and the date from which it applies, and the history of its
 * earlier values. A future decree is an edit with a new "applies from" date, not a release: a module asks
 * {@link vn.danvan.legal.LegalRules} for the value in force on the day that matters (the day a dossier or
 * petition was received, a request sent, a vote closed). The administrator records a new value on the one
 * screen ({@code /legal-rules}); Home Affairs and the leaders read it. Changes go to {@code audit}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package vn.danvan.legal;
