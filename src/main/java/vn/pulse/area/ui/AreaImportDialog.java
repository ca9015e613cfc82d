package vn.pulse.area.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import vn.pulse.area.AreaImportResult;
import vn.pulse.area.AreaService;
import vn.pulse.base.ui.Notifications;

/** Uploads an area CSV; shows what changed, or every bad line (and then nothing was written). */
class AreaImportDialog extends Dialog {

    private final Div result = new Div();

    AreaImportDialog(AreaService areas, Runnable onImported) {
        setHeaderTitle(getTranslation("areas.import"));
        setWidth("min(40em, 95vw)");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            AreaImportResult outcome = areas.importCsv(new ByteArrayInputStream(bytes), metadata.fileName());
            show(outcome);
            if (outcome.ok()) {
                onImported.run();
            }
        }));
        upload.setId("area-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(10 * 1024 * 1024);
        result.setId("area-import-result");
        add(new Paragraph(getTranslation("areas.importHelp")), upload, result);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    private void show(AreaImportResult outcome) {
        result.removeAll();
        if (outcome.ok()) {
            String summary = getTranslation("areas.importDone", outcome.added(), outcome.renamed(), outcome.moved(),
                    outcome.unchanged());
            result.add(new Paragraph(summary));
            Notifications.success(summary);
            return;
        }
        result.add(new Paragraph(getTranslation("areas.importFailed", outcome.errors().size())));
        UnorderedList list = new UnorderedList();
        outcome.errors().stream().limit(100).forEach(error -> list.add(new ListItem(getTranslation("areas.importLine",
                error.line(), error.column() == null ? "" : error.column(),
                getTranslation(error.messageKey(), error.args().toArray())))));
        result.add(list);
    }
}
