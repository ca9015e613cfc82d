package vn.pulse.reporting.document;

import java.util.List;

/**
 * A numbered part of a report's body ("I. TÌNH HÌNH DƯ LUẬN XÃ HỘI NỔI BẬT") with its content; an
 * opening without a heading (null) precedes the first numbered part.
 */
public record Section(String heading, List<Block> blocks) {

    public Section {
        blocks = List.copyOf(blocks);
    }

    /** The section's tables, in order: they make the sheets of the XLSX. */
    public List<ReportTable> tables() {
        return blocks.stream().filter(ReportTable.class::isInstance).map(ReportTable.class::cast).toList();
    }
}
