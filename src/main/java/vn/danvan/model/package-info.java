/**
 * "Dân vận khéo" models and exemplary people (mô hình "Dân vận khéo", điển hình tiên tiến;
 * Directive 02/CT-UBND clauses 1b and 2): a unit registers a model or an exemplary person and submits
 * it; Home Affairs evaluates it against editable criteria (a score per criterion) and recognises it or
 * not; recognised models are replicated by other units and shown on the portal with their photos.
 * Uses {@code organisation} for units and scope, {@code audit} for every change and
 * {@code attachment} for photos and files.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organisation", "audit", "attachment"})
package vn.danvan.model;
