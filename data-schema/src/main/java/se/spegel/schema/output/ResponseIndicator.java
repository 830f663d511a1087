package se.spegel.schema.output;

/**
 * A row of {@code response_indicators}: a partial R-indicator of a random invitation's response
 * stage, for a variable ({@code category} null) or one of its categories. The model's response
 * rate and propensity CV repeat on every row; a category's values are null and {@code suppressed}
 * true when its invited or responded count is below the disclosure threshold.
 */
public record ResponseIndicator(
        String processId,
        String method,
        String stage,
        String model,
        String variable,
        String category,
        Double partialUnconditional,
        Double partialUnconditionalSe,
        Double partialConditional,
        Double partialConditionalSe,
        Double responseRate,
        Double propensityCv,
        Double propensityCvSe,
        Boolean suppressed) {}
