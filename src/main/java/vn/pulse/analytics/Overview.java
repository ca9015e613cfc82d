package vn.pulse.analytics;

import java.time.LocalDate;
import java.util.List;
import vn.pulse.opinion.TimelinessSummary;
import vn.pulse.questionnaire.LocalizedText;
import vn.pulse.statistics.OpinionAlert;
import vn.pulse.statistics.Trend;

/**
 * What a leader sees first: the headline indicator of each active survey, the opinion picture of
 * the current month, hot issues flagged by the early warning, and reports late or missing; all
 * of the leader's area.
 */
public record Overview(List<Headline> headlines, OpinionPicture opinion, List<HotIssue> hotIssues,
                       TimelinessSummary timeliness) {

    public Overview {
        headlines = List.copyOf(headlines);
        hotIssues = List.copyOf(hotIssues);
    }

    /**
     * One survey's headline indicator: a Likert or rating mean, or the share of the first option
     * of its first single-choice question, per month (the sparkline) with the latest change.
     *
     * @param option     the option whose share is followed; null for a mean
     * @param points     months (or quarters) with respondents, oldest first, withheld ones as such
     * @param lastChange the change into the latest of them, with its test; null with one only
     */
    public record Headline(long surveyId, LocalizedText survey, String question, LocalizedText questionLabel,
                           String option, LocalizedText optionLabel, boolean probabilitySample,
                           List<Trend.PeriodEstimate> points, Trend.PeriodChange lastChange) {
        public Headline {
            points = List.copyOf(points);
        }

        public boolean share() {
            return option != null;
        }
    }

    /** The topics of the month so far, by volume, with their negative share. */
    public record OpinionPicture(LocalDate from, LocalDate to, List<TopicVolume> topics, boolean includesUnreviewed) {
        public OpinionPicture {
            topics = List.copyOf(topics);
        }
    }

    /** @param reports distinct reports behind the streams (small counts are withheld in shares) */
    public record TopicVolume(String code, String nameVi, String nameEn, long streams, long negative, long reports) {
        public double negativeShare() {
            return streams == 0 ? 0 : (double) negative / streams;
        }
    }

    /** A topic rising sharply in one province this week. */
    public record HotIssue(String areaCode, String areaName, String topicNameVi, String topicNameEn,
                           OpinionAlert alert) {
    }
}
