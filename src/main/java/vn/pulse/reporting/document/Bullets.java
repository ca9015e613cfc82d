package vn.pulse.reporting.document;

import java.util.List;

/** A list of items set as dashed lines, as Vietnamese administrative documents do. */
public record Bullets(List<String> items) implements Block {

    public Bullets {
        items = List.copyOf(items);
    }
}
