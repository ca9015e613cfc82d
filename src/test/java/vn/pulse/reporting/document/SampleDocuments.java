package vn.pulse.reporting.document;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small hand-made report with every kind of block, for tests of the renderers. */
final class SampleDocuments {

    static final ReportResources RESOURCES = ReportResources.bundled();
    static final ReportFonts FONTS = new ReportFonts(RESOURCES);

    private SampleDocuments() {
    }

    static ReportDocument report() {
        ReportTable streams = new ReportTable("Luồng dư luận", "Bảng 1. Luồng dư luận theo chủ đề",
                List.of("Chủ đề", "Số luồng (n)", "Đồng tình", "Phản đối"),
                List.of(List.of(Cell.text("Giá cả, xăng dầu, điện"), Cell.count(40), Cell.share(0.625), Cell.share(0.375)),
                        List.of(Cell.text("Đất đai và giải phóng mặt bằng"), Cell.count(3), Cell.withheld(),
                                Cell.withheld())),
                "–: dưới 5 báo cáo, không công bố.");
        List<TrendChartPainter.Point> counts = new ArrayList<>();
        List<TrendChartPainter.Point> shares = new ArrayList<>();
        LocalDate week = LocalDate.of(2023, 8, 7);
        for (int i = 0; i < 12; i++) {
            double n = 10 + i;
            counts.add(new TrendChartPainter.Point(week.plusWeeks(i), i == 5 ? Double.NaN : n, n - 4, n + 5));
            shares.add(new TrendChartPainter.Point(week.plusWeeks(i), 0.3 + i * 0.02, 0.2 + i * 0.02, 0.45 + i * 0.02));
        }
        byte[] png = new TrendChartPainter(FONTS).paint(List.of(
                new TrendChartPainter.Panel("Số luồng", false, counts, new Color(0x1565C0)),
                new TrendChartPainter.Panel("Tỷ lệ tiêu cực", true, shares, new Color(0xB71C1C))), week.plusWeeks(8));
        ReportBody body = new ReportBody("opinion-periodic", "BÁO CÁO", "Tình hình dư luận xã hội tháng 10 năm 2023",
                List.of(new Section("I. TÌNH HÌNH DƯ LUẬN XÃ HỘI NỔI BẬT", List.of(
                                new SubHeading("1. Kinh tế – đời sống"),
                                Paragraph.led("Giá cả:", "Nhân dân đồng tình với việc giảm giá xăng; một số bức xúc vì giá điện."),
                                streams,
                                new Chart("Biểu đồ 1. Giá cả theo tuần", png, 16, "Vùng tô: khoảng tin cậy 95%."))),
                        new Section("II. KIẾN NGHỊ, ĐỀ XUẤT", List.of(
                                new Bullets(List.of("Tăng cường kiểm tra giá.", "Công khai quy hoạch sử dụng đất.")),
                                Paragraph.note("Số liệu từ báo cáo của cộng tác viên.")))),
                List.of(),
                List.of(List.of("Địa bàn", "Tỉnh Tuyên Quang"), List.of("Kỳ báo cáo", "tháng 10 năm 2023")));
        return new ReportDocument(
                new DocumentHeading("TỈNH ỦY TUYÊN QUANG", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "Số 12-BC/BTGDV",
                        "Tuyên Quang, ngày 13 tháng 10 năm 2023", "MẬT"),
                body,
                new DocumentClosing(List.of("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"), "Nguyễn Văn Đông",
                        List.of("Thường trực Tỉnh ủy (để b/c),", "Lưu Văn phòng."), "Phát hành hạn chế: 3 bản."));
    }
}
