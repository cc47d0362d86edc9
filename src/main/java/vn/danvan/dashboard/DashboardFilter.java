package vn.danvan.dashboard;

/** The dashboard's filters as shown: the year and the directive's clause (blank for the at-a-glance view). */
record DashboardFilter(Integer year, String clause) {
}
