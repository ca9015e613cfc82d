package vn.pulse.area;

/**
 * An administrative unit: a province or centrally-run city (2-digit code) or a commune, ward or
 * special zone (5-digit code). Areas are data, never code: they are added, renamed and retired,
 * and a retired area keeps its history and the responses collected in it.
 *
 * @param path materialised path of codes from the root, e.g. {@code /08/02236/}
 */
public record Area(long id, String code, String name, String level, String type, String parentCode, String path,
        boolean active) {

    public static final String PROVINCE = "province";
    public static final String COMMUNE = "commune";

    public boolean isProvince() {
        return PROVINCE.equals(level);
    }
}
