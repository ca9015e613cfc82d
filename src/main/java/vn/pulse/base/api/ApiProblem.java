package vn.pulse.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;
import vn.pulse.base.i18n.Messages;

/**
 * Errors of the REST API as RFC 9457 {@code application/problem+json}, always with a stable
 * machine-readable {@code code} and a {@code detail} in the caller's language.
 */
public final class ApiProblem {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblem() {
    }

    /** A problem whose detail is the i18n message {@code "api.error." + code}. */
    public static ProblemDetail of(HttpStatus status, String code, Locale locale, Object... args) {
        return withDetail(status, code, Messages.get("api.error." + code, locale, args));
    }

    public static ProblemDetail withDetail(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://pulse.vn/problems/" + code.replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    /** The caller's language, for code that runs before Spring MVC resolves it (security filters). */
    public static Locale locale(HttpServletRequest request) {
        return Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** Writes a problem straight to a servlet response (security filters, before MVC runs). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        JSON.writeValue(response.getOutputStream(), body);
    }
}
