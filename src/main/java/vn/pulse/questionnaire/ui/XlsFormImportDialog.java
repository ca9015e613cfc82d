package vn.pulse.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.LongConsumer;
import vn.pulse.base.ui.Notifications;
import vn.pulse.questionnaire.XlsFormImport;
import vn.pulse.questionnaire.XlsFormProblem;
import vn.pulse.questionnaire.XlsFormService;

/**
 * Uploads an XLSForm file: a new questionnaire, or the current draft of one replaced. Either all
 * of it is saved, or nothing, and every problem is listed with its sheet, row and cell.
 */
class XlsFormImportDialog extends Dialog {

    private final Div result = new Div();

    /** @param into the questionnaire whose draft the file replaces, or null for a new questionnaire */
    XlsFormImportDialog(XlsFormService xlsForms, Long into, LongConsumer imported) {
        setHeaderTitle(getTranslation(into == null ? "questionnaire.import.title" : "questionnaire.import.intoDraft"));
        setWidth("min(44em, 95vw)");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            XlsFormImport outcome = into == null ? xlsForms.importNew(bytes, metadata.fileName())
                    : xlsForms.importIntoDraft(into, bytes, metadata.fileName());
            show(outcome);
            if (outcome.ok()) {
                Notifications.success(getTranslation("questionnaire.import.done"));
                close();
                imported.accept(outcome.definition().questionnaireId());
            }
        }));
        upload.setId("xlsform-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(10 * 1024 * 1024);
        result.setId("xlsform-result");
        add(new Paragraph(getTranslation("questionnaire.import.help")), upload, result);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    private void show(XlsFormImport outcome) {
        result.removeAll();
        if (!outcome.ok()) {
            result.add(new Paragraph(getTranslation("questionnaire.import.failed", outcome.errors().size())));
        }
        UnorderedList list = new UnorderedList();
        outcome.problems().stream().limit(200).forEach(p -> list.add(new ListItem(describe(p))));
        result.add(list);
    }

    private String describe(XlsFormProblem p) {
        String where = p.row() == 0 ? getTranslation("questionnaire.import.sheet", p.sheet())
                : getTranslation("questionnaire.import.cell", p.sheet(), p.row(), p.cell().isEmpty() ? p.column() : p.cell());
        String kind = getTranslation(p.blocking() ? "questionnaire.import.error" : "questionnaire.import.warning");
        return kind + " · " + where + ": " + getTranslation(p.messageKey(), p.args().toArray());
    }
}
