/** Organisation, internal: Accounts, their roles, passwords and API tokens, and the account page. */
package vn.danvan.organisation.accounts;
