package vn.pulse.fieldwork;

/**
 * Where the interview took place, as the device reported it (only with the respondent's consent).
 *
 * @param accuracy radius in metres, may be null
 */
public record Location(Double lat, Double lon, Double accuracy) {

    /** Are the coordinates on the globe and the accuracy non-negative? */
    boolean isValid() {
        return lat != null && lon != null && Double.isFinite(lat) && Double.isFinite(lon)
                && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
                && (accuracy == null || Double.isFinite(accuracy) && accuracy >= 0);
    }
}
