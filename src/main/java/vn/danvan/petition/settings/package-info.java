/** Petition, internal: Petition categories and their answer time limits. */
package vn.danvan.petition.settings;
