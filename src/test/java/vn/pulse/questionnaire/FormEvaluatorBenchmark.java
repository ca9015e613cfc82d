package vn.pulse.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How long evaluating one submission takes on a published template (parsed once): a benchmark
 * to run by hand ({@code main}), never a timed test. Prints microseconds per submission.
 */
public final class FormEvaluatorBenchmark {

    private FormEvaluatorBenchmark() {
    }

    public static void main(String[] args) {
        FormDefinition form = QuestionnaireTemplates.load().stream()
                .filter(t -> t.id().equals("y_kien_chinh_sach")).findFirst().orElseThrow().definition();
        Map<String, Object> answers = Map.ofEntries(Map.entry("gioi_tinh", "nu"), Map.entry("nhom_tuoi", "30_44"),
                Map.entry("nghe_nghiep", "khac"), Map.entry("nghe_nghiep_khac", "Thợ may"), Map.entry("dia_ban", "08"),
                Map.entry("biet_chinh_sach", "biet_ro"), Map.entry("nguon_thong_tin", List.of("bao_chi", "can_bo")),
                Map.entry("muc_dong_tinh", 4), Map.entry("diem_tin_tuong", 8),
                Map.entry("tin_tuong", Map.of("tin_chinh_quyen_xa", "tin", "tin_chinh_quyen_tinh", "rat_tin",
                        "tin_mat_tran", "tin")),
                Map.entry("moi_lo_ngai", List.of("thu_tuc", "khac")), Map.entry("lo_ngai_khac", "Đường xa"),
                Map.entry("kien_nghi", "Cần hướng dẫn thủ tục rõ hơn"));
        LocalDate today = LocalDate.of(2026, 11, 29);
        int rounds = 200_000;
        for (int warm = 0; warm < rounds; warm++) {
            FormEvaluator.evaluate(form, answers, today);
        }
        long start = System.nanoTime();
        int valid = 0;
        for (int i = 0; i < rounds; i++) {
            valid += FormEvaluator.evaluate(form, answers, today).isValid() ? 1 : 0;
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / rounds;
        System.out.printf("%d questions, %d submissions (%d valid): %.1f µs per submission%n", form.questions().size(),
                rounds, valid, micros);
    }
}
