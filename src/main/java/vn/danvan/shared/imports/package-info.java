/**
 * Bulk import from spreadsheets (nhập dữ liệu từ tệp), the parts every importing module shares:
 * reading an XLSX or CSV file within its size and row limits, finding columns by their header,
 * reading and checking cells row by row, the problems by row and column, the all-or-nothing
 * result and the downloadable template and report. Each module keeps its own columns, row rules
 * and saving; the screen texts these parts use are in {@code messages/imports*.properties}.
 */
package vn.danvan.shared.imports;
