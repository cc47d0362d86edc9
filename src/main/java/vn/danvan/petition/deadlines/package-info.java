/** Petition, internal: Working-day deadlines of petitions and the notices that tell the people concerned (through notification's notify-once). */
package vn.danvan.petition.deadlines;
