package vn.pulse.reporting.document;

/** A heading inside a section, e.g. "1. Kinh tế – đời sống". */
public record SubHeading(String text) implements Block {
}
