package vn.danvan.organisation.security;

/**
 * The fields of the sign-in page, empty: the page's form names it as its object so that its fields
 * (drawn unbound: Spring Security's filter reads the POST, not a controller) resolve against it.
 */
record SignInFields(String username, String password) {
}
