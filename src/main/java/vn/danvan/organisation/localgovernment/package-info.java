/** Organisation, internal: The local government that runs this installation (two-tier since 1 July 2025) and its administration. */
package vn.danvan.organisation.localgovernment;
