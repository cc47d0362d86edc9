package vn.danvan.organisation.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.Role;

/** The security principal of a signed-in account, kept in the (database-stored) session. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private final boolean enabled;
    private final boolean nonLocked;
    private final boolean mustChangePassword;
    private String passwordHash;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean nonLocked,
            boolean mustChangePassword) {
        this.user = new CurrentUser(user.accountId(), user.username(), user.displayName(), user.personId(),
                user.unitId(), user.roles().isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(user.roles())));
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
        this.mustChangePassword = mustChangePassword;
    }

    public CurrentUser user() {
        return user;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    List<Role> roles() {
        return List.copyOf(user.roles());
    }
}
