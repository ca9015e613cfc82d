package vn.pulse.statistics;

import java.util.Arrays;

/**
 * Input the statistics cannot be computed from: a design that does not fit its data, a
 * calibration target that the sample cannot reach, a stratum with a single PSU when the design
 * says that is an error. Carries a stable {@link #code()} (snake_case, for API clients) and an
 * i18n key ({@code statistics.error.*}) with arguments, so a boundary can translate it into a
 * domain error without this module knowing about web or UI.
 */
public class StatisticsException extends RuntimeException {

    private final String code;
    private final String messageKey;
    private final transient Object[] args;

    public StatisticsException(String code, String messageKey, Object... args) {
        super(code + " " + Arrays.toString(args));
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
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
