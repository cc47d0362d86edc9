/** Petition, internal: Importing petitions from a spreadsheet, checked row by row. */
package vn.danvan.petition.imports;
