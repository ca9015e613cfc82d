package vn.pulse.analytics;

/** Where a dashboard query reads its sums: the rollups, or a GROUP BY over the raw answers (benchmarks, checks). */
public enum Source {
    /** The incrementally maintained rollup tables (what dashboards and the API use). */
    ROLLUP,
    /** A GROUP BY over response and response_answer: slow, for comparison with the rollups. */
    RAW
}
