/** Organisation, internal: Signing in: the security configuration, password checks on sign-in, locks and rate limits. */
package vn.danvan.organisation.security;
