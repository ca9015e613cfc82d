package vn.pulse.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import vn.pulse.account.AccountService;
import vn.pulse.account.ApiToken;
import vn.pulse.account.ApiTokenService;
import vn.pulse.base.Formats;
import vn.pulse.base.ui.Notifications;
import vn.pulse.base.ui.ViewHeader;

/** Every user: change their password and manage personal API tokens. */
@Route("my-account")
@Menu(order = 100, icon = "vaadin:user-card", title = "nav.myAccount")
@PermitAll
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final Grid<ApiToken> tokenGrid = new Grid<>();

    public MyAccountView(AccountService accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
        add(new ViewHeader(getTranslation("myAccount.title"), null), passwordForm(), tokenSection());
        refreshTokens();
    }

    private VerticalLayout passwordForm() {
        PasswordField current = new PasswordField(getTranslation("myAccount.currentPassword"));
        PasswordField next = new PasswordField(getTranslation("myAccount.newPassword"));
        PasswordField repeat = new PasswordField(getTranslation("myAccount.repeatPassword"));
        Button change = new Button(getTranslation("myAccount.changePassword"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("myAccount.passwordsDiffer"));
                return;
            }
            accounts.changeOwnPassword(current.getValue(), next.getValue());
            current.clear();
            next.clear();
            repeat.clear();
            Notifications.success(getTranslation("myAccount.passwordChanged"));
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("myAccount.password")),
                new FormLayout(current, next, repeat), change);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout tokenSection() {
        tokenGrid.setId("token-grid");
        tokenGrid.addColumn(ApiToken::name).setHeader(getTranslation("tokens.name")).setFlexGrow(1);
        tokenGrid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("tokens.prefix"));
        tokenGrid.addColumn(t -> Formats.date(t.createdAt())).setHeader(getTranslation("tokens.created"));
        tokenGrid.addColumn(t -> Formats.date(t.expiresAt())).setHeader(getTranslation("tokens.expires"));
        tokenGrid.addColumn(t -> Formats.dateTime(t.lastUsedAt())).setHeader(getTranslation("tokens.lastUsed"));
        tokenGrid.addComponentColumn(t -> {
            if (!t.isActive(Instant.now())) {
                return new Paragraph(getTranslation(t.revokedAt() != null ? "tokens.revoked" : "tokens.expired"));
            }
            Button revoke = new Button(getTranslation("tokens.revoke"), e -> {
                tokens.revoke(t.id());
                refreshTokens();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        }).setHeader("");
        tokenGrid.setAllRowsVisible(true);

        TextField name = new TextField(getTranslation("tokens.name"));
        name.setId("token-name");
        IntegerField days = new IntegerField(getTranslation("tokens.days"));
        days.setId("token-days");
        days.setValue(90);
        days.setMin(1);
        Button create = new Button(getTranslation("tokens.create"), e -> {
            ApiToken.Issued issued = tokens.createPersonal(name.getValue(), days.getValue() == null ? 0 : days.getValue());
            name.clear();
            refreshTokens();
            showSecret(issued.secret());
        });
        create.setId("token-create");
        HorizontalLayout form = new HorizontalLayout(name, days, create);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("tokens.title")),
                new Paragraph(getTranslation("tokens.description")), form, tokenGrid);
        section.setPadding(false);
        return section;
    }

    private void showSecret(String secret) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tokens.secretTitle"));
        TextField value = new TextField();
        value.setId("token-secret");
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        dialog.add(new Paragraph(getTranslation("tokens.secretOnce")), value);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.setWidth("min(40em, 95vw)");
        dialog.open();
    }

    private void refreshTokens() {
        tokenGrid.setItems(tokens.myPersonalTokens());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myAccount.title");
    }
}
