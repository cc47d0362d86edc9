/** Petition, internal: The Open311 GeoReport v2 API for other systems, with its keys. */
package vn.danvan.petition.open311;
