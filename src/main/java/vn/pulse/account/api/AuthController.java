package vn.pulse.account.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pulse.account.ApiTokenService;
import vn.pulse.base.api.ApiProblem;
import vn.pulse.base.security.PulseUser;

/** Exchanges a username and password for a bearer token. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

    private final AuthenticationManager authentication;
    private final ApiTokenService issuer;

    AuthController(AuthenticationConfiguration configuration, ApiTokenService issuer) throws Exception {
        this.authentication = configuration.getAuthenticationManager();
        this.issuer = issuer;
    }

    record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    @PostMapping("/token")
    @Operation(summary = "Sign in and get a bearer token",
            description = "Send the token as 'Authorization: Bearer <token>'. Repeated failures lock the account "
                    + "for a while (error code account_locked).")
    TokenResponse token(@Valid @RequestBody Credentials credentials) {
        var result = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password()));
        var issued = issuer.issueSessionToken((PulseUser) result.getPrincipal());
        return new TokenResponse(issued.secret(), issued.token().expiresAt());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> refused(AuthenticationException e, Locale locale) {
        String code = e instanceof LockedException ? "account_locked"
                : e instanceof DisabledException ? "account_disabled" : "invalid_credentials";
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ApiProblem.of(HttpStatus.UNAUTHORIZED, code, locale));
    }
}
