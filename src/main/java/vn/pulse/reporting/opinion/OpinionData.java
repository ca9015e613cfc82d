package vn.pulse.reporting.opinion;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.pulse.base.i18n.Messages;
import vn.pulse.opinion.OpinionStatistics;
import vn.pulse.opinion.OpinionTopic;
import vn.pulse.opinion.OpinionTopicService;
import vn.pulse.opinion.ReportedStream;
import vn.pulse.opinion.StreamCounts;

/** What opinion reports read from the opinion module, through its public services only. */
@Component
class OpinionData {

    private final OpinionStatistics statistics;
    private final OpinionTopicService topics;

    OpinionData(OpinionStatistics statistics, OpinionTopicService topics) {
        this.statistics = statistics;
        this.topics = topics;
    }

    /**
     * The streams of a window of weeks (the period and the weeks before it that trends and the
     * early warning compare with).
     *
     * @param statuses labels of the report statuses counted, for the method note
     */
    record Window(List<ReportedStream> streams, Set<String> statuses, boolean includesUnreviewed) {
        List<ReportedStream> between(LocalDate from, LocalDate to) {
            return streams.stream().filter(s -> !s.submittedOn().isBefore(from) && !s.submittedOn().isAfter(to)).toList();
        }
    }

    Window window(String areaCode, LocalDate from, LocalDate to) {
        List<ReportedStream> streams = statistics.streams(areaCode, from, to);
        // Only which statuses count is read here, so one day is enough.
        StreamCounts counted = statistics.streamCounts(areaCode, to, to);
        Set<String> statuses = new TreeSet<>();
        counted.countedStatuses().forEach(s -> statuses.add(Messages.get(s.messageKey(), Words.LOCALE).toLowerCase(Words.LOCALE)));
        return new Window(streams, statuses, counted.includesUnreviewed());
    }

    /** Active groups and topics by code. */
    Map<String, OpinionTopic> topics() {
        Map<String, OpinionTopic> byCode = new LinkedHashMap<>();
        topics.active().forEach(t -> byCode.put(t.code(), t));
        return byCode;
    }
}
