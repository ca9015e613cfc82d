package vn.pulse.area;

/** What an administrator types to add an area, or one row of an area CSV import. */
public record AreaDraft(String code, String name, String level, String type, String parentCode) {

    public AreaDraft {
        code = trim(code);
        name = trim(name);
        level = trim(level);
        type = trim(type);
        parentCode = trim(parentCode);
        if (parentCode != null && parentCode.isEmpty()) {
            parentCode = null;
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
