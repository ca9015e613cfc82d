package vn.pulse.statistics;

/**
 * A response whose answers are (nearly) the same as another's: a resubmission or a copied interview.
 *
 * @param responseId  the later response in input order
 * @param duplicateOf the earlier response it resembles
 * @param identical   questions with the same answer in both
 * @param compared    questions answered in at least one of them
 * @param share       identical / compared
 */
public record NearDuplicateFlag(String responseId, String duplicateOf, int identical, int compared, double share)
        implements QualityFlag {

    @Override
    public String subject() {
        return responseId;
    }
}
