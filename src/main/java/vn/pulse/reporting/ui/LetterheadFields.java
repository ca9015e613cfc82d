package vn.pulse.reporting.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import vn.pulse.reporting.Letterhead;

/** The document's issuing body, number symbol, place, signer and recipients, one field each. */
class LetterheadFields extends FormLayout {

    private final TextField parentBody = field("parent-body", "reporting.letterhead.parentBody");
    private final TextField issuingBody = field("issuing-body", "reporting.letterhead.issuingBody");
    private final TextField symbol = field("symbol", "reporting.letterhead.symbol");
    private final TextField place = field("place", "reporting.letterhead.place");
    private final TextArea signerTitles = area("signer-titles", "reporting.letterhead.signerTitles");
    private final TextField signerName = field("signer-name", "reporting.letterhead.signerName");
    private final TextArea recipients = area("recipients", "reporting.letterhead.recipients");

    LetterheadFields() {
        add(parentBody, issuingBody, symbol, place, signerTitles, signerName, recipients);
        setColspan(recipients, 2);
    }

    void setValue(Letterhead l) {
        parentBody.setValue(l.parentBody());
        issuingBody.setValue(l.issuingBody());
        symbol.setValue(l.symbol());
        place.setValue(l.place());
        signerTitles.setValue(String.join("\n", l.signerTitles()));
        signerName.setValue(l.signerName());
        recipients.setValue(String.join("\n", l.recipients()));
    }

    Letterhead value() {
        return new Letterhead(parentBody.getValue(), issuingBody.getValue(), symbol.getValue(), place.getValue(),
                lines(signerTitles.getValue()), signerName.getValue(), lines(recipients.getValue()));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId("letterhead-" + id);
        return field;
    }

    private TextArea area(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId("letterhead-" + id);
        area.setHelperText(getTranslation("reporting.letterhead.oneALine"));
        return area;
    }
}
