package vn.danvan.organisation.accounts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.danvan.organisation.Role;

/** The roles ticked on an account form. */
final class Roles {

    private Roles() {
    }

    /** The roles without the empty values a hand-made request may send; none when none was ticked. */
    static Set<Role> chosen(Collection<Role> ticked) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (ticked != null) {
            ticked.stream().filter(Objects::nonNull).forEach(roles::add);
        }
        return roles;
    }
}
