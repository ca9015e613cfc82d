package vn.pulse.reporting.opinion;

/** Numbers tables and charts in the order they appear: "Bảng 1", "Biểu đồ 1". */
final class Numbering {

    private int tables;
    private int charts;

    int nextTable() {
        return ++tables;
    }

    int nextChart() {
        return ++charts;
    }
}
