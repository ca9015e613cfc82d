package vn.pulse.account.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pulse.account.AccountService;
import vn.pulse.account.UserAccount;
import vn.pulse.account.UserDraft;
import vn.pulse.base.security.Role;

/** Accounts of the caller's area subtree (administrators create; supervisors may list). */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Accounts")
class UserController {

    private final AccountService accounts;

    UserController(AccountService accounts) {
        this.accounts = accounts;
    }

    record UserDto(long id, String username, String displayName, Role role, String areaCode, boolean enabled,
            Instant lastLoginAt) {
        static UserDto of(UserAccount u) {
            return new UserDto(u.id(), u.username(), u.displayName(), u.role(), u.areaCode(), u.enabled(),
                    u.lastLoginAt());
        }
    }

    record NewUser(@NotBlank String username, @NotBlank String displayName, @NotNull Role role, String areaCode,
            @NotBlank String password) {
    }

    @GetMapping
    @Operation(summary = "Accounts in the caller's area subtree (ADMIN, SUPERVISOR)")
    List<UserDto> list(@RequestParam(required = false) Role role) {
        return accounts.list(role).stream().map(UserDto::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account inside the caller's area subtree (ADMIN)")
    UserDto create(@Valid @RequestBody NewUser user) {
        return UserDto.of(accounts.create(new UserDraft(user.username(), user.displayName(), user.role(),
                user.areaCode(), user.password())));
    }
}
