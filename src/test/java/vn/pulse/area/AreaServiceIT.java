package vn.pulse.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.pulse.audit.AuditQuery;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.Role;
import vn.pulse.support.IntegrationTest;

class AreaServiceIT extends IntegrationTest {

    @Autowired
    AreaService areas;

    @Autowired
    AuditTrail audit;

    String nationalAdmin;
    String provincialAdmin;
    String surveyor;

    @BeforeEach
    void accounts() {
        nationalAdmin = users.ensure("area-admin", Role.ADMIN, null);
        provincialAdmin = users.ensure("area-admin-08", Role.ADMIN, "08");
        surveyor = users.ensure("area-surveyor-08", Role.SURVEYOR, "08");
    }

    @Test
    void a_provincial_user_sees_only_their_province_and_its_communes() {
        var visible = users.as(surveyor, () -> areas.visible(false, null));
        assertThat(visible).isNotEmpty().allMatch(a -> a.path().startsWith("/08/"));
        assertThat(visible.getFirst().code()).isEqualTo("08");
        assertThat(users.as(surveyor, () -> areas.find("01"))).isEmpty();
    }

    @Test
    void search_matches_names_with_or_without_diacritics() {
        var withMarks = users.as(nationalAdmin, () -> areas.visible(false, "Tuyên Quang"));
        var without = users.as(nationalAdmin, () -> areas.visible(false, "tuyen quang"));
        assertThat(without).extracting(Area::code).contains("08").isEqualTo(withMarks.stream().map(Area::code).toList());
    }

    @Test
    void renaming_keeps_the_old_name_for_its_time() {
        Area added = users.as(nationalAdmin, () -> areas.add(new AreaDraft("T9001", "Xã Thử Nghiệm", "commune", "xa", "08")));
        Instant beforeRename = Instant.now();
        users.as(nationalAdmin, () -> areas.rename("T9001", "Xã Thử Nghiệm Mới"));
        assertThat(users.as(nationalAdmin, () -> areas.find("T9001")).orElseThrow().name()).isEqualTo("Xã Thử Nghiệm Mới");
        assertThat(areas.nameAt(added.id(), beforeRename)).contains("Xã Thử Nghiệm");
        assertThat(users.as(nationalAdmin, () -> audit.search(new AuditQuery(nationalAdmin, "area.renamed", null, null), 0, 10)))
                .anyMatch(e -> "T9001".equals(e.targetId()) && e.details().contains("Xã Thử Nghiệm Mới"));
    }

    @Test
    void retiring_keeps_the_area_but_hides_it_from_new_work() {
        users.as(nationalAdmin, () -> areas.add(new AreaDraft("T9002", "Phường Thử", "commune", "phuong", "08")));
        users.as(nationalAdmin, () -> areas.retire("T9002"));
        assertThat(users.as(nationalAdmin, () -> areas.visible(false, "Phường Thử"))).extracting(Area::code).doesNotContain("T9002");
        assertThat(users.as(nationalAdmin, () -> areas.visible(true, "Phường Thử"))).extracting(Area::code).contains("T9002");
        users.as(nationalAdmin, () -> areas.reactivate("T9002"));
        assertThat(users.as(nationalAdmin, () -> areas.find("T9002")).orElseThrow().active()).isTrue();
    }

    @Test
    void a_province_with_active_communes_cannot_be_retired() {
        assertThatThrownBy(() -> users.as(nationalAdmin, () -> areas.retire("08")))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("area_has_active_children");
    }

    @Test
    void a_provincial_admin_cannot_touch_another_province() {
        assertThatThrownBy(() -> users.as(provincialAdmin,
                () -> areas.add(new AreaDraft("T9003", "Xã Ngoài", "commune", "xa", "01"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(provincialAdmin, () -> areas.rename("01", "Hà Nội mới")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void surveyors_cannot_change_areas() {
        assertThatThrownBy(() -> users.as(surveyor, () -> areas.rename("08", "X")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void csv_import_adds_renames_and_moves() {
        users.as(nationalAdmin, () -> areas.add(new AreaDraft("T9100", "Xã Cũ", "commune", "xa", "08")));
        String csv = """
                code,name,level,type,parent_code
                T9101,Xã Mới Một,commune,xa,08
                T9100,Xã Cũ Đổi Tên,commune,xa,04
                T9102,Phường Mới Hai,commune,phuong,08
                """;
        AreaImportResult result = users.as(nationalAdmin, () -> areas.importCsv(stream(csv), "new.csv"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.renamed()).isEqualTo(1);
        assertThat(result.moved()).isEqualTo(1);
        Area moved = users.as(nationalAdmin, () -> areas.find("T9100")).orElseThrow();
        assertThat(moved.path()).isEqualTo("/04/T9100/");
        assertThat(moved.name()).isEqualTo("Xã Cũ Đổi Tên");
    }

    @Test
    void a_csv_with_any_bad_line_writes_nothing_and_names_each_bad_line() {
        String csv = """
                code,name,level,type,parent_code
                T9201,Xã Tốt,commune,xa,08
                T9202,,commune,xa,08
                T9203,Xã Mồ Côi,commune,xa,99
                T9201,Xã Trùng,commune,xa,08
                """;
        AreaImportResult result = users.as(nationalAdmin, () -> areas.importCsv(stream(csv), "bad.csv"));
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(AreaImportResult.LineError::line).contains(3, 5);
        assertThat(users.as(nationalAdmin, () -> areas.find("T9201"))).isEmpty();

        AreaImportResult orphan = users.as(nationalAdmin, () -> areas.importCsv(stream("""
                code,name,level,type,parent_code
                T9204,Xã Mồ Côi,commune,xa,99
                """), "orphan.csv"));
        assertThat(orphan.errors()).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(2))
                .satisfies(e -> assertThat(e.column()).isEqualTo("parent_code"));
    }

    @Test
    void a_csv_without_the_expected_columns_is_refused() {
        AreaImportResult result = users.as(nationalAdmin,
                () -> areas.importCsv(stream("ma,ten\n01,Hà Nội\n"), "wrong.csv"));
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.messageKey()).isEqualTo("area.import.missingColumns"));
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
