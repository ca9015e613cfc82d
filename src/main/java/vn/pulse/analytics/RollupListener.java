package vn.pulse.analytics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.pulse.fieldwork.FieldworkProperties;
import vn.pulse.fieldwork.ResponseStatusChanged;

/**
 * Queues the rollups' changes ({@link RollupQueue}) in the transaction that stores a response or
 * changes its status, so the queue and the responses commit or roll back together. A response enters
 * the sums when it enters a counted status and leaves them when it leaves one; moves between two
 * counted (or two uncounted) statuses change nothing.
 *
 * <p>The submission pipeline stores up to 1,000 responses per transaction; their net changes are
 * collected per transaction and queued by one multi-row insert just before it commits.
 */
@Component
class RollupListener {

    private final RollupQueue queue;
    private final FieldworkProperties fieldwork;

    RollupListener(RollupQueue queue, FieldworkProperties fieldwork) {
        this.queue = queue;
        this.fieldwork = fieldwork;
    }

    @EventListener
    void on(ResponseStatusChanged event) {
        boolean before = fieldwork.counts(event.from());
        boolean after = fieldwork.counts(event.to());
        if (before == after) {
            return;
        }
        int sign = after ? 1 : -1;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            queue.enqueue(Map.of(event.responseId(), sign));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.changes.merge(event.responseId(), sign, Integer::sum);
    }

    /** The net changes of one transaction: +1 entered, -1 left, 0 entered and left again. */
    private final class Pending implements TransactionSynchronization {

        final Map<Long, Integer> changes = new LinkedHashMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            queue.enqueue(changes);
            changes.clear();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(RollupListener.this);
        }
    }
}
