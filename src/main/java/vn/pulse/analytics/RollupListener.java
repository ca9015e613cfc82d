package vn.pulse.analytics;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.pulse.fieldwork.FieldworkProperties;
import vn.pulse.fieldwork.ResponseStatusChanged;

/**
 * Keeps the rollups in step with the responses: runs inside the transaction that stores a response
 * or changes its status (a plain, synchronous listener), so rollups and responses commit or roll
 * back together. A response enters the sums when it enters a counted status and leaves them when
 * it leaves one; moves between two counted (or two uncounted) statuses change nothing.
 */
@Component
class RollupListener {

    private final RollupRepository rollups;
    private final FieldworkProperties fieldwork;

    RollupListener(RollupRepository rollups, FieldworkProperties fieldwork) {
        this.rollups = rollups;
        this.fieldwork = fieldwork;
    }

    @EventListener
    void on(ResponseStatusChanged event) {
        boolean before = fieldwork.counts(event.from());
        boolean after = fieldwork.counts(event.to());
        if (before != after) {
            rollups.apply(event.responseId(), after ? 1 : -1);
        }
    }
}
