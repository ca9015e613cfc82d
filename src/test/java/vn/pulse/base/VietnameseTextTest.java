package vn.pulse.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void folds_diacritics_case_and_d_with_stroke() {
        assertThat(VietnameseText.fold("Tỉnh Tuyên Quang")).isEqualTo("tinh tuyen quang");
        assertThat(VietnameseText.fold("ĐIỆN BIÊN")).isEqualTo("dien bien");
        assertThat(VietnameseText.fold("  Phường   Đống Đa ")).isEqualTo("phuong dong da");
    }

    @Test
    void folds_decomposed_input_like_composed() {
        String decomposed = java.text.Normalizer.normalize("Bức xúc", java.text.Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold("Bức xúc")).isEqualTo("buc xuc");
    }

    @Test
    void null_folds_to_empty() {
        assertThat(VietnameseText.fold(null)).isEmpty();
    }
}
