package vn.pulse.opinion.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import vn.pulse.base.Formats;
import vn.pulse.opinion.OpinionReport;
import vn.pulse.opinion.OpinionStream;

/** A report read, not edited: its facts, then each opinion stream as a card. */
class ReportDetails extends Div {

    ReportDetails(OpinionReport report) {
        setId("report-details");
        addClassName("report-details");
        add(new H3(OpinionLabels.title(this, report.kind(), report.period(), report.title())));
        add(fact("opinion.details.period", OpinionLabels.period(this, report.period())),
                fact("opinion.details.area", report.areaName()),
                fact("opinion.details.author", OpinionLabels.author(this, report.author())),
                fact("opinion.details.status", OpinionLabels.of(this, report.status())),
                fact("opinion.details.submittedAt", Formats.dateTime(report.submittedAt())),
                fact("opinion.details.dueOn", Formats.date(report.dueOn())),
                fact("opinion.details.reviewComment", report.reviewComment()));
        for (OpinionStream s : report.streams()) {
            Div card = new Div();
            card.addClassName("opinion-card");
            card.add(new H4(getTranslation("opinion.stream.heading", s.position() + 1) + ": "
                    + (s.topic() == null ? "" : s.topic().name(getLocale()))));
            card.add(fact("opinion.stream.direction", OpinionLabels.of(this, s.direction())),
                    fact("opinion.stream.valence", OpinionLabels.of(this, s.valence())),
                    fact("opinion.stream.intensity", OpinionLabels.of(this, s.intensity())),
                    fact("opinion.stream.breadth", OpinionLabels.of(this, s.breadth())),
                    fact("opinion.stream.holderGroups", OpinionLabels.of(this, s.holderGroups())),
                    fact("opinion.stream.moods", OpinionLabels.of(this, s.moods())),
                    fact("opinion.stream.placeArea", join(s.placeAreaName(), s.placeText())),
                    fact("opinion.stream.sourceType", OpinionLabels.of(this, s.sourceType())),
                    fact("opinion.stream.rumour", s.rumour() ? getTranslation("opinion.details.yes") : null),
                    fact("opinion.stream.summary", s.summary()),
                    fact("opinion.stream.proposals", s.proposals()));
            add(card);
        }
    }

    private Div fact(String labelKey, String value) {
        Div line = new Div();
        line.addClassName("fact");
        if (value == null || value.isBlank()) {
            line.setVisible(false);
            return line;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        line.add(label, text);
        return line;
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " – " + b;
    }
}
