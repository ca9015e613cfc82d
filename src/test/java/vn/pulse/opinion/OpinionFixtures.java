package vn.pulse.opinion;

import static vn.pulse.jooq.Tables.APP_USER;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.pulse.account.AccountService;
import vn.pulse.account.UserAccount;
import vn.pulse.account.UserDraft;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.base.security.Role;
import vn.pulse.base.security.SystemUser;
import vn.pulse.support.TestUsers;

/** Accounts, areas and report inputs for the opinion tests. */
@Component
@Profile("test") // test sources are on the classpath of the dev run and the bench too: stay out of them
class OpinionFixtures {

    private final AccountService accounts;
    private final AreaService areas;
    private final TestUsers users;
    private final DSLContext db;

    OpinionFixtures(AccountService accounts, AreaService areas, TestUsers users, DSLContext db) {
        this.accounts = accounts;
        this.areas = areas;
        this.users = users;
        this.db = db;
    }

    String collaborator(String username, String areaCode) {
        return users.ensure(username, Role.SURVEYOR, areaCode);
    }

    String supervisor(String username, String areaCode) {
        return users.ensure(username, Role.SUPERVISOR, areaCode);
    }

    /** A single-line collaborator reporting to {@code handler}. */
    String singleLine(String username, String areaCode, String handler) {
        SystemUser.run(() -> {
            if (accounts.list(null).stream().noneMatch(u -> u.username().equals(username))) {
                accounts.create(new UserDraft(username, "Cộng tác viên bí mật " + username, Role.SURVEYOR, areaCode,
                        TestUsers.PASSWORD, true, account(handler).id()));
            }
        });
        return username;
    }

    UserAccount account(String username) {
        return SystemUser.call(() -> accounts.list(null).stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow());
    }

    /** Pretends the account was made {@code months} months ago, so earlier months are expected of it. */
    void accountCreatedMonthsAgo(String username, int months) {
        db.update(APP_USER).set(APP_USER.CREATED_AT, Instant.now().minusSeconds(months * 31L * 24 * 3600))
                .where(APP_USER.USERNAME.eq(username)).execute();
    }

    /** The first commune of a province, by code order. */
    String communeOf(String provinceCode) {
        return SystemUser.call(() -> areas.children(provinceCode, false)).stream().map(Area::code).sorted()
                .findFirst().orElseThrow();
    }

    static StreamInput stream(String topic, Direction direction, Valence valence) {
        return new StreamInput(topic, direction.code(), valence.code(), 3, Breadth.MAJORITY.code(),
                List.of(HolderGroup.FARMERS.code(), HolderGroup.RETIREES.code()), List.of(Mood.WORRIED.code()), null,
                "Chợ trung tâm", SourceType.DIRECT.code(), false, "Người dân lo giá xăng dầu tăng.",
                "Đề nghị tăng cường kiểm tra giá.");
    }

    static ReportInput periodic(YearMonth period, String area, StreamInput... streams) {
        return new ReportInput(UUID.randomUUID().toString(), ReportKind.PERIODIC.code(), period.toString(), null, area,
                List.of(streams));
    }

    static ReportInput urgent(String title, String area, StreamInput... streams) {
        return new ReportInput(UUID.randomUUID().toString(), ReportKind.URGENT.code(), null, title, area,
                List.of(streams));
    }

    static YearMonth thisMonth() {
        return YearMonth.now(vn.pulse.base.Formats.ZONE);
    }
}
