package se.spegel.schema.output;

/** A row of {@code category_gaps}; null = not computed or not defined. */
public record CategoryGap(
        String processId,
        String method,
        String stage,
        String dimension,
        String category,
        Double n,
        Double share,
        Double shareCiLow,
        Double shareCiHigh,
        Long popCount,
        Double popShare,
        Double gapPp,
        Double ratio,
        Double per1000,
        Double pValue,
        Boolean significant,
        Boolean suppressed) {

    /** The same row with its suppressed flag set. */
    public CategoryGap withSuppressed(Boolean withheld) {
        return new CategoryGap(
                processId,
                method,
                stage,
                dimension,
                category,
                n,
                share,
                shareCiLow,
                shareCiHigh,
                popCount,
                popShare,
                gapPp,
                ratio,
                per1000,
                pValue,
                significant,
                withheld);
    }
}
