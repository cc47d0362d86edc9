/**
 * Public portal (cổng thông tin công khai): the pages citizens read without an account. It shows
 * only what the law makes public and never a citizen's personal data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.danvan.portal;
