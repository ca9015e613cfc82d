package vn.pulse.statistics;

import vn.pulse.base.DomainException;

/** Subgroups of a sample as masks aligned with its respondents. */
public final class Domains {

    private Domains() {
    }

    /** The respondents whose {@code labels} entry equals {@code label}. */
    public static boolean[] of(String[] labels, String label) {
        boolean[] domain = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            domain[i] = label.equals(labels[i]);
        }
        return domain;
    }

    /** Respondents in both domains (null: everyone). */
    public static boolean[] both(boolean[] first, boolean[] second) {
        if (first == null) {
            return second;
        }
        if (second == null) {
            return first;
        }
        boolean[] domain = new boolean[first.length];
        for (int i = 0; i < domain.length; i++) {
            domain[i] = first[i] && second[i];
        }
        return domain;
    }

    static boolean[] orEveryone(boolean[] domain, int size) {
        if (domain != null) {
            if (domain.length != size) {
                throw DomainException.invalid("misaligned_variable", "statistics.error.misalignedVariable",
                        domain.length, size);
            }
            return domain;
        }
        boolean[] everyone = new boolean[size];
        java.util.Arrays.fill(everyone, true);
        return everyone;
    }
}
