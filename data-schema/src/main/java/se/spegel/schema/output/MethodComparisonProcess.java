package se.spegel.schema.output;

/**
 * A row of {@code method_comparison_processes}: the D that entered the comparison for one process and
 * dimension, at the process's final funnel stage (the data behind the box plots).
 */
public record MethodComparisonProcess(String processId, String method, String areaCode, int period, String stage,
                                      String dimension, double dissimilarity) {}
