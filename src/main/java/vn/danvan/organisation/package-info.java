/**
 * Organisation (tổ chức): the tree of units, the people who work in them and their positions, the
 * accounts people sign in with, their roles, and the organisation scope that decides which units'
 * records an account may see. Other modules ask {@link vn.danvan.organisation.OrganisationScope}
 * before showing or changing a unit's record. Uses {@code audit} for every change. It also runs the demo
 * data: every module's {@link vn.danvan.organisation.DemoStep}, in {@link vn.danvan.organisation.DemoStage} order.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package vn.danvan.organisation;
