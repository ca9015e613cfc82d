package vn.pulse.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import vn.pulse.account.AccountService;
import vn.pulse.account.UserAccount;
import vn.pulse.account.UserDraft;
import vn.pulse.area.AreaPicker;
import vn.pulse.area.AreaService;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.Notifications;

/** Creates an account, or edits one: name, role, area, password, enabled, unlock. */
class UserEditor extends Dialog {

    private final AccountService accounts;
    private final UserAccount existing;
    private final Runnable onSaved;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final AreaPicker area;
    private final PasswordField password = new PasswordField();
    private final Checkbox singleLine = new Checkbox();
    private final ComboBox<UserAccount> handler = new ComboBox<>();

    UserEditor(AccountService accounts, AreaService areas, UserAccount existing, Runnable onSaved) {
        this.accounts = accounts;
        this.existing = existing;
        this.onSaved = onSaved;
        this.area = new AreaPicker(getTranslation("users.area"), areas);
        setHeaderTitle(getTranslation(existing == null ? "users.add" : "users.edit"));
        setWidth("min(40em, 95vw)");

        username.setId("user-username");
        username.setLabel(getTranslation("users.username"));
        username.setRequired(true);
        displayName.setId("user-display-name");
        displayName.setLabel(getTranslation("users.displayName"));
        displayName.setRequired(true);
        role.setId("user-role");
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        area.setId("user-area");
        area.setHelperText(getTranslation("users.areaHelp"));
        password.setId("user-password");
        password.setLabel(getTranslation(existing == null ? "users.password" : "users.newPassword"));
        password.setHelperText(getTranslation("users.passwordHelp"));

        singleLineFields();

        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            role.setValue(existing.role());
            area.setCode(existing.areaCode());
            singleLine.setValue(existing.singleLine());
            handler.getListDataView().getItems().filter(u -> u.id() == (existing.handlerId() == null ? -1
                    : existing.handlerId())).findFirst().ifPresent(handler::setValue);
        }
        add(new FormLayout(username, displayName, role, area, password, singleLine, handler));

        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()));
        if (existing != null) {
            addAccountActions();
        }
        getFooter().add(save);
    }

    /** A surveyor may be a single-line collaborator, known by name only to one handling supervisor. */
    private void singleLineFields() {
        singleLine.setId("user-single-line");
        singleLine.setLabel(getTranslation("users.singleLine"));
        singleLine.setHelperText(getTranslation("users.singleLineHelp"));
        handler.setId("user-handler");
        handler.setLabel(getTranslation("users.handler"));
        handler.setItems(accounts.list(Role.SUPERVISOR));
        handler.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        Runnable visibility = () -> {
            singleLine.setVisible(role.getValue() == Role.SURVEYOR);
            handler.setVisible(role.getValue() == Role.SURVEYOR && singleLine.getValue());
        };
        role.addValueChangeListener(e -> visibility.run());
        singleLine.addValueChangeListener(e -> visibility.run());
        visibility.run();
    }

    private void addAccountActions() {
        Button toggle = new Button(getTranslation(existing.enabled() ? "users.disable" : "users.enable"), e -> {
            accounts.setEnabled(existing.id(), !existing.enabled());
            done();
        });
        toggle.addThemeVariants(existing.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        getFooter().add(toggle);
        if (existing.isLocked(Instant.now())) {
            Button unlock = new Button(getTranslation("users.unlock"), e -> {
                accounts.unlock(existing.id());
                done();
            });
            unlock.setId("user-unlock");
            getFooter().add(unlock);
        }
    }

    private void save() {
        boolean isSingleLine = role.getValue() == Role.SURVEYOR && singleLine.getValue();
        UserDraft draft = new UserDraft(username.getValue(), displayName.getValue(), role.getValue(), area.getCode(),
                password.getValue().isEmpty() ? null : password.getValue(), isSingleLine,
                isSingleLine && handler.getValue() != null ? handler.getValue().id() : null);
        if (existing == null) {
            accounts.create(draft);
        } else {
            accounts.update(existing.id(), draft);
        }
        done();
    }

    private void done() {
        Notifications.success(getTranslation("common.saved"));
        onSaved.run();
        close();
    }
}
