package vn.pulse.base.security;

/**
 * The area subtree a user may see and act in, as a materialised path of area codes:
 * {@code "/"} is the whole country, {@code "/08/"} the province of Tuyên Quang with its communes.
 */
public record AreaScope(String path) {

    public static final AreaScope NATIONAL = new AreaScope("/");

    public AreaScope {
        if (path == null || !path.startsWith("/") || !path.endsWith("/")) {
            throw new IllegalArgumentException("area path must start and end with '/': " + path);
        }
    }

    /** Does this scope include the area with the given path (itself or a descendant)? */
    public boolean covers(String areaPath) {
        return areaPath != null && areaPath.startsWith(path);
    }

    public boolean isNational() {
        return "/".equals(path);
    }

    /** The SQL LIKE pattern matching every area path inside this scope. */
    public String likePattern() {
        return path + "%";
    }

    /** The area code at the root of this scope, or {@code null} for the whole country. */
    public String rootCode() {
        if (isNational()) {
            return null;
        }
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
