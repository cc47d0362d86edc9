/** Organisation, internal: Importing units and people from a spreadsheet, checked row by row. */
package vn.danvan.organisation.imports;
