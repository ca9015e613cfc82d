package vn.pulse.questionnaire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Published versions, parsed once and kept (least recently used out past {@value #CAPACITY}):
 * fieldwork evaluates every submission on the same parsed tree. Versions never change once
 * published; the sampling plan they carry can, so saving a plan forgets the questionnaire's
 * entries after the transaction commits.
 */
@Component
class PublishedVersions {

    static final int CAPACITY = 256;

    private record Key(long questionnaireId, int version) {
    }

    /** Bumped by {@link #forget}: a load that started before a plan change is not cached. */
    private final Map<Long, Integer> generations = new java.util.HashMap<>();
    private final Map<Key, FormDefinition> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, FormDefinition> eldest) {
            return size() > CAPACITY;
        }
    };

    FormDefinition get(long questionnaireId, int version, Supplier<FormDefinition> load) {
        Key key = new Key(questionnaireId, version);
        int generation;
        synchronized (cache) {
            FormDefinition cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
            generation = generations.getOrDefault(questionnaireId, 0);
        }
        FormDefinition loaded = load.get();
        synchronized (cache) {
            if (loaded.isPublished() && generation == generations.getOrDefault(questionnaireId, 0)) {
                cache.put(key, loaded);
            }
        }
        return loaded;
    }

    /** Forgets a questionnaire's versions once the current transaction has committed (or now, outside one). */
    void forget(long questionnaireId) {
        Runnable evict = () -> {
            synchronized (cache) {
                generations.merge(questionnaireId, 1, Integer::sum);
                cache.keySet().removeIf(k -> k.questionnaireId() == questionnaireId);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    evict.run();
                }
            });
        } else {
            evict.run();
        }
    }
}
