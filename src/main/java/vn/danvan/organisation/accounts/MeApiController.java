package vn.danvan.organisation.accounts;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.Role;

/** Who the caller of the API is: lets a client check its token before it calls anything else. */
@RestController
@Tag(name = "Account", description = "The account a personal API token acts as")
class MeApiController {

    private final OrganisationScope scope;

    MeApiController(OrganisationScope scope) {
        this.scope = scope;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The caller's account: username, unit and roles",
            description = "Send a personal API token as 'Authorization: Bearer dv_...'. 401 without a valid, "
                    + "unexpired, unrevoked token.",
            security = @SecurityRequirement(name = "bearer"))
    MeView me() {
        CurrentUser user = scope.requireUser();
        return new MeView(user.username(), user.unitId(), user.roles().stream().sorted().toList());
    }

    record MeView(String username, long unitId, List<Role> roles) {
    }
}
