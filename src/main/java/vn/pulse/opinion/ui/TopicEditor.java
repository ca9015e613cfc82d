package vn.pulse.opinion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import vn.pulse.base.ui.Notifications;
import vn.pulse.opinion.OpinionTopic;
import vn.pulse.opinion.OpinionTopicService;
import vn.pulse.opinion.TopicDraft;

/** Adds a group or a topic, or renames, retires and reactivates one. */
class TopicEditor extends Dialog {

    private final OpinionTopicService topics;
    private final OpinionTopic existing;
    private final Runnable onSaved;
    private final TextField code = new TextField();
    private final Select<OpinionTopic> group = new Select<>();
    private final TextField nameVi = new TextField();
    private final TextField nameEn = new TextField();

    TopicEditor(OpinionTopicService topics, OpinionTopic existing, boolean isGroup, Runnable onSaved) {
        this.topics = topics;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing != null ? "opinion.topics.edit"
                : isGroup ? "opinion.topics.addGroup" : "opinion.topics.addTopic"));
        setWidth("min(36em, 95vw)");
        code.setId("topic-code");
        code.setLabel(getTranslation("opinion.topics.code"));
        code.setHelperText(getTranslation("opinion.topic.error.code"));
        group.setId("topic-group");
        group.setLabel(getTranslation("opinion.topics.group"));
        group.setItems(topics.all().stream().filter(OpinionTopic::isGroup).toList());
        group.setItemLabelGenerator(t -> t.name(getLocale()));
        group.setVisible(!isGroup && existing == null);
        nameVi.setId("topic-name-vi");
        nameVi.setLabel(getTranslation("opinion.topics.nameVi"));
        nameEn.setId("topic-name-en");
        nameEn.setLabel(getTranslation("opinion.topics.nameEn"));
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            nameVi.setValue(existing.nameVi());
            nameEn.setValue(existing.nameEn());
        }
        add(new FormLayout(code, group, nameVi, nameEn));
        Button save = new Button(getTranslation("common.save"), e -> save(isGroup));
        save.setId("topic-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()));
        if (existing != null) {
            Button toggle = new Button(getTranslation(existing.active() ? "opinion.topics.retire" : "opinion.topics.reactivate"),
                    e -> {
                        topics.setActive(existing.code(), !existing.active());
                        done();
                    });
            toggle.addThemeVariants(existing.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            getFooter().add(toggle);
        }
        getFooter().add(save);
    }

    private void save(boolean isGroup) {
        if (existing == null) {
            String groupCode = isGroup || group.getValue() == null ? null : group.getValue().code();
            if (!isGroup && groupCode == null) {
                group.setInvalid(true);
                group.setErrorMessage(getTranslation("opinion.field.error.required"));
                return;
            }
            topics.add(new TopicDraft(code.getValue(), groupCode, nameVi.getValue(), nameEn.getValue()));
        } else {
            topics.rename(existing.code(), nameVi.getValue(), nameEn.getValue());
        }
        done();
    }

    private void done() {
        Notifications.success(getTranslation("common.saved"));
        onSaved.run();
        close();
    }
}
