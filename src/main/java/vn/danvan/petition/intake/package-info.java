/** Petition, internal: How petitions come in: the citizen's form and tracking page, staff intake at the counter, tracking codes and citizen keys. */
package vn.danvan.petition.intake;
