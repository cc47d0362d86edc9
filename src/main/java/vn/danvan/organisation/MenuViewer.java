package vn.danvan.organisation;

/** The person a menu is drawn for: who they are and the kind of unit they work in (null when unknown). */
public record MenuViewer(CurrentUser user, UnitKind unitKind) {
}
