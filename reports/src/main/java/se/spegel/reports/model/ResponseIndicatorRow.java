package se.spegel.reports.model;

/**
 * One row of {@code response_indicators.csv}: a partial R-indicator of a random invitation's
 * response, for a variable ({@code category} null) or one of its categories.
 */
public record ResponseIndicatorRow(
    String processId,
    String stage,
    String model,
    String variable,
    String category,
    Double unconditional,
    Double unconditionalSe,
    Double conditional,
    Double conditionalSe,
    Double responseRate,
    Double propensityCv,
    boolean suppressed) {
}
