package vn.pulse.base;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this instance shows demo accounts and data: as {@code pulse.demo} says, or, when that
 * is unset, exactly when no external database is configured (the embedded database runs).
 */
@Component
public class DemoMode {

    private final boolean on;

    DemoMode(PulseProperties properties, Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        this.on = properties.demo() != null ? properties.demo() : url == null || url.isBlank();
    }

    public boolean isOn() {
        return on;
    }
}
