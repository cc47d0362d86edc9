/**
 * Organisation (tổ chức): the tree of units, the people who work in them and their positions, the
 * accounts people sign in with, their roles, and the organisation scope that decides which units'
 * records an account may see. Other modules ask {@link vn.danvan.organisation.OrganisationScope}
 * before showing or changing a unit's record. Uses {@code audit} for every change. It also runs the demo
 * data: every module's {@link vn.danvan.organisation.DemoStep}, in {@link vn.danvan.organisation.DemoStage} order.
 * Every form and filter of every module offers a unit through its {@link vn.danvan.organisation.UnitPicker} (a list
 * up to 300 units, a name typed with suggestions beyond, {@code fragments/forms :: unit} and {@code :: units}).
 *
 * <p>The module owns the tables {@code unit}, {@code person}, {@code account}, {@code account_role},
 * {@code api_token}, {@code sign_in_lock} and {@code local_government}; no other module reads or writes
 * them. Other modules ask {@link vn.danvan.organisation.OrganisationService} in Java, and where their
 * SQL needs a name beside their own rows they join the read-only views this module publishes
 * (migration {@code V34__organisation_directory_views.sql}):
 * <ul>
 * <li>{@code org_unit (id, code, name, kind, parent_id, retired_on)}: the units;</li>
 * <li>{@code org_person (id, full_name, title, unit_id, retired_on)}: the people, without contact
 * details;</li>
 * <li>{@code org_staff (account_id, username, unit_id, person_id, full_name, title)}: accounts with
 * their person's name (who did a step, who is assigned a record).</li>
 * </ul>
 * {@code OrganisationTablesTests} fails when SQL outside this module names one of its tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "jobs"})
package vn.danvan.organisation;
