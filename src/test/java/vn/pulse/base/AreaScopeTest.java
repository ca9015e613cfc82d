package vn.pulse.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.pulse.base.security.AreaScope;

class AreaScopeTest {

    @Test
    void a_province_scope_covers_itself_and_its_communes_only() {
        AreaScope tuyenQuang = new AreaScope("/08/");
        assertThat(tuyenQuang.covers("/08/")).isTrue();
        assertThat(tuyenQuang.covers("/08/02236/")).isTrue();
        assertThat(tuyenQuang.covers("/01/")).isFalse();
        // "/080/" must not pass as a child of "/08/".
        assertThat(tuyenQuang.covers("/080/")).isFalse();
        assertThat(tuyenQuang.rootCode()).isEqualTo("08");
    }

    @Test
    void the_national_scope_covers_everything() {
        assertThat(AreaScope.NATIONAL.covers("/01/00004/")).isTrue();
        assertThat(AreaScope.NATIONAL.rootCode()).isNull();
    }

    @Test
    void rejects_malformed_paths() {
        assertThatThrownBy(() -> new AreaScope("08")).isInstanceOf(IllegalArgumentException.class);
    }
}
