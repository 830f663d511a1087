package se.spegel.reports.view.section;

import java.util.Optional;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.ReportContext;
import se.spegel.schema.output.DimensionSummary;

/**
 * How a report names a survey-based dimension (population_source = survey): its label with
 * "(enkätbaserad)" / "(survey-based)" beside it wherever it is named (summary table, section
 * heading, chart text), and a note under its table naming the survey, its number of respondents and
 * how the comparison differs from one with the register. The survey's name is the user's text: the
 * templates escape it (HTML and the SVG's text alike).
 */
public final class SurveyBased {
    private SurveyBased() {}

    /** The dimension's survey row at the reported stage, when it was compared with a survey. */
    static Optional<DimensionSummary> of(ProcessMetrics metrics, String stage, String dimension) {
        return metrics.summary(stage, dimension).filter(DimensionSummary::surveyBased);
    }

    /** The dimension's label, tagged when its population side is a survey. */
    public static String label(ReportContext context, ProcessMetrics metrics, String stage, String dimension) {
        String label = context.categoryLabel().dimension(dimension);
        return of(metrics, stage, dimension).isPresent()
                ? label + " " + context.messages().get("survey.tag")
                : label;
    }

    /** The note under a survey-based dimension's table: which survey, how many respondents, how it is tested. */
    static Optional<String> note(ReportContext context, ProcessMetrics metrics, String stage, String dimension) {
        return of(metrics, stage, dimension)
                .map(s -> context.messages()
                        .get(
                                "survey.note",
                                s.surveySource() != null
                                        ? s.surveySource()
                                        : s.populationTable() != null ? s.populationTable() : DisplayNumbers.NO_VALUE,
                                s.surveyN() == null
                                        ? DisplayNumbers.NO_VALUE
                                        : context.numbers().count(s.surveyN())));
    }
}
