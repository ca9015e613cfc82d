package vn.pulse.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.pulse.area.Area;
import vn.pulse.area.AreaService;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DemoMode;
import vn.pulse.base.PulseProperties;
import vn.pulse.base.security.Role;
import vn.pulse.base.security.SystemUser;

/**
 * Makes sure someone can sign in. In demo mode: the four demo accounts (password "demo").
 * Otherwise: when no administrator exists, creates "admin" from PULSE_ADMIN_PASSWORD, and refuses
 * to start without it. No default password exists outside demo mode.
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    /** Tuyên Quang: the province of the demo supervisor and surveyor. */
    static final String DEMO_PROVINCE = "08";

    private record DemoAccount(String username, String displayName, Role role, String areaCode) {
    }

    private static final List<DemoAccount> DEMO = List.of(
            new DemoAccount("admin", "Quản trị hệ thống", Role.ADMIN, null),
            new DemoAccount("supervisor", "Nguyễn Thị Hương (cán bộ phụ trách)", Role.SUPERVISOR, DEMO_PROVINCE),
            new DemoAccount("surveyor", "Trần Văn Minh (cộng tác viên)", Role.SURVEYOR, DEMO_PROVINCE),
            new DemoAccount("leader", "Lê Quang Đức (lãnh đạo Ban)", Role.LEADER, null));

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    private final UserRepository users;
    private final AreaService areas;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final DemoMode demo;
    private final PulseProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AccountBootstrap(UserRepository users, AreaService areas, PasswordEncoder passwords, AuditTrail audit,
            DemoMode demo, PulseProperties properties, TransactionTemplate transaction, Clock clock) {
        this.users = users;
        this.areas = areas;
        this.passwords = passwords;
        this.audit = audit;
        this.demo = demo;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> transaction.executeWithoutResult(status -> {
            if (demo.isOn()) {
                createDemoAccounts();
            } else if (!users.existsWithRole(Role.ADMIN)) {
                createFirstAdministrator();
            }
        }));
    }

    private void createDemoAccounts() {
        for (DemoAccount account : DEMO) {
            if (users.findByUsername(account.username()).isEmpty()) {
                Long areaId = account.areaCode() == null ? null
                        : areas.findForScope(account.areaCode()).map(Area::id).orElseThrow();
                users.insert(new UserDraft(account.username(), account.displayName(), account.role(),
                        account.areaCode(), null), areaId, passwords.encode(DEMO_PASSWORD), Instant.now(clock));
                audit.record("account.demo_created", "user", account.username(), null, account.role().name());
            }
        }
        log.warn("Demo mode: accounts admin, supervisor, surveyor and leader sign in with password '{}'",
                DEMO_PASSWORD);
    }

    private void createFirstAdministrator() {
        String password = properties.adminPassword();
        if (password == null || password.length() < AccountService.MIN_PASSWORD) {
            throw new IllegalStateException("No administrator exists yet. Set PULSE_ADMIN_PASSWORD (at least "
                    + AccountService.MIN_PASSWORD + " characters) to create the first administrator 'admin', "
                    + "or PULSE_DEMO=true for demo accounts.");
        }
        users.insert(new UserDraft("admin", "Quản trị hệ thống", Role.ADMIN, null, null), null,
                passwords.encode(password), Instant.now(clock));
        audit.record("account.bootstrap_admin", "user", "admin", null, null);
        log.info("Created the first administrator 'admin' from PULSE_ADMIN_PASSWORD");
    }
}
