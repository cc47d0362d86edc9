/** Organisation, internal: The people of the units and their administration. */
package vn.danvan.organisation.people;
