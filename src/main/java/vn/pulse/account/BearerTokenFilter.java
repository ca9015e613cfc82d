package vn.pulse.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.pulse.base.api.ApiProblem;

/** Authenticates REST calls that carry {@code Authorization: Bearer <token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private final ApiTokenService tokens;

    BearerTokenFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        switch (tokens.verify(header.substring(BEARER.length()).strip())) {
            case ApiTokenService.Verdict.Valid(var user) -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new ApiTokenAuthentication(user));
                SecurityContextHolder.setContext(context);
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
            case ApiTokenService.Verdict.Expired() ->
                    ApiProblem.write(response, ApiProblem.of(HttpStatus.UNAUTHORIZED, "token_expired", ApiProblem.locale(request)));
            case ApiTokenService.Verdict.Invalid() ->
                    ApiProblem.write(response, ApiProblem.of(HttpStatus.UNAUTHORIZED, "token_invalid", ApiProblem.locale(request)));
        }
    }
}
