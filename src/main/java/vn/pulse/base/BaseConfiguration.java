package vn.pulse.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module shares. */
@Configuration
class BaseConfiguration {

    /** The one clock of the application (UTC instants); tests may replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
