package vn.pulse.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import vn.pulse.questionnaire.FormDefinition;
import vn.pulse.questionnaire.XlsFormImport;

/** Export, then import: the same questionnaire comes back, for everything Pulse models. */
class XlsFormRoundTripTest {

    @Test
    void an_imported_form_exports_and_imports_to_the_same_definition() {
        FormDefinition imported = XlsFormReader.read(XlsFormImportTest.householdSurvey().stream(), "x.xlsx").definition();
        byte[] exported = XlsFormWriter.write(imported);
        XlsFormImport again = XlsFormReader.read(new ByteArrayInputStream(exported), "y.xlsx");
        assertThat(again.problems()).isEmpty();
        assertThat(again.definition().sameContent(imported)).isTrue();
        assertThat(again.definition().sections()).isEqualTo(imported.sections());
        assertThat(again.definition().title()).isEqualTo(imported.title());
    }
}
