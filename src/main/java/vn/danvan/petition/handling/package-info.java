/** Petition, internal: The petition itself (Petition and its status table, its repository) and the officers' work on it: the inbox, handling steps, merging duplicates. */
package vn.danvan.petition.handling;
