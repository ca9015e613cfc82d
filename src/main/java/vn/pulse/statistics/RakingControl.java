package vn.pulse.statistics;

import vn.pulse.base.DomainException;

/**
 * When raking stops: after a pass in which no cell of the cross-table of all margins changed its
 * weighted count by {@code epsilon} or more, or after {@code maxIterations} passes. An epsilon
 * below 1 is taken relative to the sum of the weights. R's {@code rake} defaults: 10 passes,
 * epsilon 1 (one person).
 */
public record RakingControl(int maxIterations, double epsilon) {

    public static final RakingControl DEFAULT = new RakingControl(10, 1);

    public RakingControl {
        if (maxIterations < 1 || !(epsilon > 0)) {
            throw DomainException.invalid("invalid_raking_control", "statistics.error.invalidRakingControl",
                    maxIterations, epsilon);
        }
    }
}
