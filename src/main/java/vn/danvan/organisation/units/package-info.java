/** Organisation, internal: The tree of units: the list, a unit's page and its administration. */
package vn.danvan.organisation.units;
