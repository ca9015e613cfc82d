package vn.pulse.fieldwork;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Records the {@link ResponseStatusChanged} events and whether each came inside a transaction. */
@Component
@Profile("test") // test sources are on the classpath of the dev run and the bench too: stay out of them
class ResponseEventsProbe {

    record Seen(ResponseStatusChanged event, boolean inTransaction) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ResponseStatusChanged event) {
        seen.add(new Seen(event, TransactionSynchronizationManager.isActualTransactionActive()));
    }

    List<Seen> of(long responseId) {
        return seen.stream().filter(s -> s.event().responseId() == responseId).toList();
    }
}
