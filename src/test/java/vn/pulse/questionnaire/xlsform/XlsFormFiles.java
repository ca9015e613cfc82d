package vn.pulse.questionnaire.xlsform;

import static vn.pulse.questionnaire.xlsform.Workbooks.row;

import java.util.List;

/** Small XLSForm files for tests outside this package (API, browser). */
public final class XlsFormFiles {

    private XlsFormFiles() {
    }

    /** Two questions, the second asked when {@code relevant} holds (cell D3). */
    public static byte[] simple(String formId, String relevant) {
        return Workbooks.xlsform()
                .sheet("survey", List.of(row("type", "name", "label::Tiếng Việt (vi)", "relevant"),
                        row("integer", "tuoi", "Tuổi"),
                        row("text", "nghe", "Nghề nghiệp", relevant)))
                .sheet("settings", List.of(row("form_title", "form_id"), row("Phiếu thử", formId)))
                .bytes();
    }
}
