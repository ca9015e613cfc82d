package vn.pulse.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rollups' outbox (V31) and its drainer. A storing transaction only queues its responses' net
 * changes ({@link #enqueue}); the drainer folds thousands of queued responses into the rollups at a
 * time, in one transaction that also deletes what it applied, so every change counts exactly once
 * and a failed drain leaves the queue as it was. It runs every {@code pulse.analytics.rollup-drain-delay}
 * on each instance; the lock row of {@code analytics_rollup_lock} lets one writer of the rollups
 * (drain or rebuild) work at a time across instances.
 *
 * <p>Readers call {@link #readCaughtUp} so that a dashboard reflects every change committed before
 * it asked: the queue is usually empty or a few rows, so catching up costs one indexed look-up.
 *
 * <p>Writes run READ COMMITTED: no gap locks, so submissions keep appending while a drain deletes,
 * and the INSERT … SELECT of the sums reads the (immutable) answers without locking them.
 */
@Component
class RollupQueue {

    private static final Logger log = LoggerFactory.getLogger(RollupQueue.class);

    private final DSLContext db;
    private final RollupRepository rollups;
    private final AnalyticsProperties properties;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;

    RollupQueue(DSLContext db, RollupRepository rollups, AnalyticsProperties properties,
                PlatformTransactionManager transactionManager) {
        this.db = db;
        this.rollups = rollups;
        this.properties = properties;
        this.writes = new TransactionTemplate(transactionManager);
        this.writes.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
    }

    /** Queues net changes per response (+1 entered a counted status, -1 left one); zeros are dropped. */
    void enqueue(Map<Long, Integer> changes) {
        List<String> rows = new ArrayList<>();
        changes.forEach((response, delta) -> {
            for (int i = 0; i < Math.abs(delta); i++) {
                rows.add("(" + response + ", " + Integer.signum(delta) + ")");
            }
        });
        if (!rows.isEmpty()) {
            db.execute("INSERT INTO analytics_rollup_queue (response_id, delta) VALUES " + String.join(", ", rows));
        }
    }

    /**
     * Runs a read of the rollups in a read-only transaction after catching the queue up, so it sees
     * every change committed before the call. Inside a caller's transaction it reads as it stands
     * (catching up would need a second connection while holding the first).
     */
    <T> T readCaughtUp(Supplier<T> read) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return read.get();
        }
        try {
            catchUp();
        } catch (DataAccessException e) {
            // e.g. a long rebuild holds the lock past the lock wait timeout: the figures are a little older
            log.warn("Rollups not caught up before a read: {}", e.getMostSpecificCause().getMessage());
        }
        return reads.execute(status -> read.get());
    }

    /** Applies every change queued before the call (and perhaps a few after); returns how many. */
    int catchUp() {
        Long last = db.resultQuery("SELECT MAX(id) FROM analytics_rollup_queue").fetchOne(0, Long.class);
        int applied = 0;
        if (last != null) {
            for (int n = drainOnce(last); n > 0; n = drainOnce(last)) {
                applied += n;
            }
        }
        return applied;
    }

    @Scheduled(fixedDelayString = "${pulse.analytics.rollup-drain-delay:1s}",
            initialDelayString = "${pulse.analytics.rollup-drain-delay:1s}")
    void drainInBackground() {
        try {
            int applied = catchUp();
            if (applied > 0) {
                log.debug("Folded {} queued response changes into the rollups", applied);
            }
        } catch (DataAccessException e) {
            log.warn("Rollup drain failed, will retry: {}", e.getMostSpecificCause().getMessage());
        }
    }

    /** One transaction: the oldest queued changes up to {@code lastId}, at most a batch of them. */
    private int drainOnce(long lastId) {
        Integer drained = writes.execute(status -> {
            lock(db);
            List<Queued> queued = db.resultQuery(
                    "SELECT id, response_id, delta FROM analytics_rollup_queue WHERE id <= ? ORDER BY id LIMIT ?",
                    lastId, properties.rollupDrainBatch()).fetch(r -> new Queued(r.get(0, Long.class), r.get(1, Long.class),
                    r.get(2, Integer.class)));
            if (queued.isEmpty()) {
                return 0;
            }
            Map<Long, Integer> net = new LinkedHashMap<>();
            queued.forEach(q -> net.merge(q.responseId(), q.delta(), Integer::sum));
            rollups.apply(net.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList(), 1);
            rollups.apply(net.entrySet().stream().filter(e -> e.getValue() < 0).map(Map.Entry::getKey).toList(), -1);
            db.execute("DELETE FROM analytics_rollup_queue WHERE id IN ("
                    + queued.stream().map(q -> String.valueOf(q.id())).collect(Collectors.joining(", ")) + ")");
            return queued.size();
        });
        return drained == null ? 0 : drained;
    }

    private record Queued(long id, long responseId, int delta) {
    }

    /** Serialises the writers of the rollups (drains and rebuilds) until the transaction ends. */
    static void lock(DSLContext db) {
        db.resultQuery("SELECT id FROM analytics_rollup_lock WHERE id = 1 FOR UPDATE").fetch();
    }

    /** Runs a rebuild as the only writer of the rollups, READ COMMITTED like the drains. */
    void exclusively(Runnable rebuild) {
        writes.executeWithoutResult(status -> {
            lock(db);
            rebuild.run();
        });
    }
}
