package vn.pulse.base;

import java.util.Arrays;

/**
 * A rule of the domain was broken by the caller's input or request. Carries a stable
 * {@link #code()} for API clients and an i18n message key with arguments for people;
 * boundaries (REST, Vaadin) translate it, so it never surfaces as a stack trace.
 */
public class DomainException extends RuntimeException {

    /** How the boundary should answer. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final Kind kind;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;

    public DomainException(Kind kind, String code, String messageKey, Object... args) {
        super(code + " " + Arrays.toString(args));
        this.kind = kind;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static DomainException invalid(String code, String messageKey, Object... args) {
        return new DomainException(Kind.INVALID, code, messageKey, args);
    }

    public static DomainException notFound(String code, String messageKey, Object... args) {
        return new DomainException(Kind.NOT_FOUND, code, messageKey, args);
    }

    public static DomainException conflict(String code, String messageKey, Object... args) {
        return new DomainException(Kind.CONFLICT, code, messageKey, args);
    }

    public static DomainException forbidden(String code, String messageKey, Object... args) {
        return new DomainException(Kind.FORBIDDEN, code, messageKey, args);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
