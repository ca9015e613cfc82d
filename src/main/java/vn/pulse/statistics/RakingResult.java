package vn.pulse.statistics;

/**
 * The raked sample and how raking went.
 *
 * @param sample     the sample with raked weights (use it even when not converged, with care)
 * @param converged  whether the margins were met within the control's epsilon
 * @param iterations passes over all margins performed
 */
public record RakingResult(Sample sample, boolean converged, int iterations) {
}
