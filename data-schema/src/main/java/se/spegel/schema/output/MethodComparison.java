package se.spegel.schema.output;

/**
 * A row of {@code method_comparison}: the dissimilarity index D of one dimension over every process of
 * one method, each process at its final funnel stage, with percentile bootstrap intervals.
 */
public record MethodComparison(String method, String dimension, int nProcesses, double meanDissimilarity,
                               double meanDissimilarityCiLow, double meanDissimilarityCiHigh,
                               double medianDissimilarity, double medianDissimilarityCiLow,
                               double medianDissimilarityCiHigh, double minDissimilarity, double maxDissimilarity,
                               double ciLevel, int bootstrapSamples, long bootstrapSeed) {}
