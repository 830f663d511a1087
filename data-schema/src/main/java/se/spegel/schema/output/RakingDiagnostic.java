package se.spegel.schema.output;

/**
 * How raking went for one process, one row per raked dimension; the process-level figures
 * (counts, convergence, weight distribution) repeat on every row of the process.
 */
public record RakingDiagnostic(
        String processId,
        String stage,
        String dimension,
        String populationTable,
        long nRaked,
        long nMissing,
        long nNoCounterpart,
        long nOutOfScope,
        double dissimilarityBefore,
        double dissimilarityAfter,
        double maxMarginError,
        int iterations,
        boolean converged,
        int trimmedCells,
        double designEffect,
        double effectiveN,
        double weightMin,
        double weightQ1,
        double weightMedian,
        double weightQ3,
        double weightMax) {}
