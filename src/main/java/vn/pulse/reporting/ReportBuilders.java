package vn.pulse.reporting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The builder of each kind of report, found among the Spring beans. */
@Component
class ReportBuilders {

    private final Map<ReportKind, ReportBuilder> byKind = new EnumMap<>(ReportKind.class);

    ReportBuilders(List<ReportBuilder> builders) {
        builders.forEach(b -> {
            if (byKind.put(b.kind(), b) != null) {
                throw new IllegalStateException("two builders for " + b.kind());
            }
        });
    }

    ReportBuilder of(ReportKind kind) {
        ReportBuilder builder = byKind.get(kind);
        if (builder == null) {
            throw new IllegalStateException("no builder for " + kind);
        }
        return builder;
    }
}
