package vn.pulse.questionnaire.ui;

import java.util.Locale;
import vn.pulse.base.VietnameseText;

/** Suggests machine names from what people type: "Giới tính của bạn" → "gioi_tinh_cua_ban". */
final class Names {

    private Names() {
    }

    static String suggest(String label) {
        String folded = VietnameseText.fold(label == null ? "" : label).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (folded.length() > 40) {
            folded = folded.substring(0, 40).replaceAll("_[^_]*$", "");
        }
        return !folded.isEmpty() && Character.isDigit(folded.charAt(0)) ? "_" + folded : folded;
    }
}
