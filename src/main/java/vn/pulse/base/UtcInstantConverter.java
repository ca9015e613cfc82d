package vn.pulse.base;

import java.io.Serial;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.impl.AbstractConverter;

/**
 * DATETIME columns hold instants in UTC; jOOQ code generation applies
 * this converter to them (see pom.xml), so Java code only ever sees {@link Instant}.
 */
public class UtcInstantConverter extends AbstractConverter<LocalDateTime, Instant> {

    @Serial
    private static final long serialVersionUID = 1L;

    public UtcInstantConverter() {
        super(LocalDateTime.class, Instant.class);
    }

    @Override
    public Instant from(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    @Override
    public LocalDateTime to(Instant value) {
        return value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC);
    }
}
