package vn.danvan.organisation.accounts;

/**
 * The filter above the lists of people and of accounts as the page shows it: the text searched and
 * the unit. The page's filter form names it as its object, so that its fields (drawn unbound, as a
 * GET filter is) resolve against it.
 */
public record ListFilter(String q, Long unitId) {
}
