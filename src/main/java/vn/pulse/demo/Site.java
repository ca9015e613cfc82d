package vn.pulse.demo;

/**
 * A commune where interviews take place: the primary sampling unit, inside its province (the stratum).
 */
public record Site(long areaId, String code, String path, String provinceCode) {
}
