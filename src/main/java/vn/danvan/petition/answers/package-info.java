/** Petition, internal: The public register of answered petitions, with the petitioner's personal data removed. */
package vn.danvan.petition.answers;
