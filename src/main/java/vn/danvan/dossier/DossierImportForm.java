package vn.danvan.dossier;

import org.springframework.web.multipart.MultipartFile;

/** The file of the province's dossier book to import (XLSX or CSV; read and checked by {@link DossierImport}). */
record DossierImportForm(MultipartFile file) {
}
