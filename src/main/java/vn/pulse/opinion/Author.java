package vn.pulse.opinion;

/**
 * Who wrote a report, as the reader may know it. For a single-line collaborator only the
 * collaborator and their handler see a name; everyone else gets {@code id} and {@code name}
 * {@code null} and shows "Cộng tác viên đơn tuyến" ({@code opinion.singleLine.hidden}).
 */
public record Author(Long id, String name, boolean singleLine) {

    static final Author HIDDEN = new Author(null, null, true);

    public boolean hidden() {
        return name == null;
    }
}
