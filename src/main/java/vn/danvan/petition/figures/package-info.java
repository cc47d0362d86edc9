/** Petition, internal: Petition figures: the indicator provider and the figures page. */
package vn.danvan.petition.figures;
