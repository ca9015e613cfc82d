package vn.pulse.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import vn.pulse.base.i18n.Messages;

/** The REST API's language negotiation and its OpenAPI description. */
@Configuration
class ApiConfiguration {

    /** Vietnamese unless the caller prefers English (Accept-Language). */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("The language follows the Accept-Language header");
            }
        };
    }

    @Bean
    OpenAPI pulseOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Pulse API (Nhịp dư luận)").version("v1").description("""
                        Public-opinion surveys, opinion reports and trend analytics. Get a token with \
                        POST /api/v1/auth/token and send it as 'Authorization: Bearer <token>'. Errors are \
                        application/problem+json with a stable 'code'; 'detail' follows Accept-Language \
                        (Vietnamese by default, English on request). Every caller sees only its own area."""))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
