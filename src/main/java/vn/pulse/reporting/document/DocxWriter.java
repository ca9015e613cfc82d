package vn.pulse.reporting.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.pulse.base.i18n.Messages;

/**
 * A report as a Word document for those who edit before filing: the same head, sections,
 * tables, charts and closing as the PDF, on A4 with the Party document margins, in Times New
 * Roman (Liberation Serif's metric twin, present wherever Word is).
 */
public final class DocxWriter {

    private static final String FONT = "Times New Roman";
    /** The fixed words of the Party document form, as in reports/templates/fragments/party.html. */
    private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    private static final String RECIPIENTS = "Nơi nhận:";
    /** A4 and the margins of 36-HD/VPTW in twentieths of a point: 20 mm = 1134, 30 mm = 1701, 15 mm = 850. */
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    private static final int INDENT = 567;
    private static final double TEXT_WIDTH_CM = 16.5;

    public byte[] write(ReportDocument report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            heading(doc, report.heading(), report.body());
            for (Section section : report.sections()) {
                section(doc, section);
            }
            closing(doc, report.closing());
            for (Section section : report.appendix()) {
                doc.createParagraph().setPageBreak(true);
                section(doc, section);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
    }

    private static void heading(XWPFDocument doc, DocumentHeading h, ReportBody body) {
        XWPFTable head = borderless(doc, 2);
        XWPFTableCell issuer = head.getRow(0).getCell(0);
        line(issuer.getParagraphs().getFirst(), h.parentBody(), false, false);
        line(issuer.addParagraph(), h.issuingBody(), true, false);
        line(issuer.addParagraph(), "*", false, false);
        line(issuer.addParagraph(), h.number(), false, false);
        if (h.secrecyMark() != null) {
            line(issuer.addParagraph(), h.secrecyMark(), true, false);
        }
        XWPFTableCell party = head.getRow(0).getCell(1);
        XWPFRun name = line(party.getParagraphs().getFirst(), PARTY, true, false);
        name.setUnderline(UnderlinePatterns.SINGLE);
        name.setFontSize(15);
        line(party.addParagraph(), h.placeAndDate(), false, true);
        XWPFRun type = line(centred(doc), body.documentType(), true, false);
        type.setFontSize(16);
        line(centred(doc), body.summary(), true, false);
        line(centred(doc), "-----", false, false);
    }

    private static void section(XWPFDocument doc, Section section) {
        if (section.heading() != null) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setSpacingBefore(240);
            run(heading, section.heading(), true, false);
        }
        for (Block block : section.blocks()) {
            switch (block) {
                case SubHeading sub -> run(doc.createParagraph(), sub.text(), true, false);
                case Paragraph p -> paragraph(doc, p);
                case Bullets bullets -> bullets.items().forEach(item -> body(doc).createRun().setText("- " + item));
                case ReportTable table -> table(doc, table);
                case Chart chart -> chart(doc, chart);
            }
        }
    }

    private static void paragraph(XWPFDocument doc, Paragraph p) {
        XWPFParagraph paragraph = body(doc);
        if (p.lead() != null) {
            run(paragraph, p.lead() + " ", true, false);
        }
        XWPFRun text = run(paragraph, p.text(), false, p.note());
        if (p.note()) {
            text.setFontSize(12);
        }
    }

    private static void table(XWPFDocument doc, ReportTable table) {
        run(centred(doc), table.title(), true, false).setFontSize(13);
        XWPFTable grid = doc.createTable(table.rows().size() + 1, table.columns().size());
        grid.setWidth("100%");
        for (int c = 0; c < table.columns().size(); c++) {
            tableCell(grid.getRow(0).getCell(c), table.columns().get(c), true, ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                tableCell(grid.getRow(r + 1).getCell(c), cell.display(Messages.VIETNAMESE), false,
                        cell.format() == Cell.Format.TEXT ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
            }
        }
        if (table.note() != null) {
            run(doc.createParagraph(), table.note(), false, true).setFontSize(11);
        }
    }

    private static void chart(XWPFDocument doc, Chart chart) {
        run(centred(doc), chart.title(), true, false).setFontSize(13);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
            double widthCm = Math.min(chart.widthCm(), TEXT_WIDTH_CM);
            double heightCm = widthCm * image.getHeight() / image.getWidth();
            centred(doc).createRun().addPicture(new ByteArrayInputStream(chart.png()), Document.PICTURE_TYPE_PNG,
                    "chart.png", Units.toEMU(widthCm / 2.54 * 72), Units.toEMU(heightCm / 2.54 * 72));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("a chart is not a PNG", e);
        }
        run(doc.createParagraph(), chart.caption(), false, true).setFontSize(11);
    }

    private static void closing(XWPFDocument doc, DocumentClosing closing) {
        XWPFTable end = borderless(doc, 2);
        XWPFTableCell recipients = end.getRow(0).getCell(0);
        XWPFParagraph title = recipients.getParagraphs().getFirst();
        run(title, RECIPIENTS, false, false).setUnderline(UnderlinePatterns.SINGLE);
        for (String recipient : closing.recipients()) {
            run(recipients.addParagraph(), "- " + recipient, false, false).setFontSize(12);
        }
        XWPFTableCell signer = end.getRow(0).getCell(1);
        List<String> titles = closing.signerTitles();
        for (int i = 0; i < titles.size(); i++) {
            line(i == 0 ? signer.getParagraphs().getFirst() : signer.addParagraph(), titles.get(i), true, false);
        }
        for (int i = 0; i < 4; i++) {
            signer.addParagraph();
        }
        line(signer.addParagraph(), closing.signerName(), true, false);
        if (closing.distributionNote() != null) {
            run(doc.createParagraph(), closing.distributionNote(), false, true).setFontSize(12);
        }
    }

    private static XWPFTable borderless(XWPFDocument doc, int columns) {
        XWPFTable table = doc.createTable(1, columns);
        table.setWidth("100%");
        table.removeBorders();
        return table;
    }

    private static void tableCell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold, false).setFontSize(11);
    }

    /** A centred line (heads and signatures). */
    private static XWPFRun line(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return run(paragraph, text, bold, italic);
    }

    private static XWPFParagraph centred(XWPFDocument doc) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }

    private static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(INDENT);
        paragraph.setSpacingAfter(120);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setText(text == null ? "" : text);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontFamily(FONT);
        run.setFontSize(14);
        return run;
    }
}
