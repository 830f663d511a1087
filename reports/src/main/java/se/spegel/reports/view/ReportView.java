package se.spegel.reports.view;

import java.util.List;
import se.spegel.reports.text.PlainSummaryView;

/**
 * Everything one report shows, already formatted as text in the report's language; the template only
 * lays it out (and escapes it).
 *
 * @param pyramid       the age pyramid, or {@code null} when the process has no age × gender rows
 * @param funnel        chart, losses and R-indicator of a funnel, or {@code null} with a single stage
 * @param districtRates participation per 1 000 residents by district, or {@code null} without district rows
 * @param brief         the first-page summary in plain language
 */
public record ReportView(
        String lang,
        String title,
        List<String> facts,
        List<String> lead,
        String stageNote,
        List<SummaryRowView> summary,
        List<String> summaryNotes,
        List<StageRowView> stages,
        List<String> stageNotes,
        List<DimensionSectionView> dimensions,
        PyramidSectionView pyramid,
        FunnelView funnel,
        DistrictRatesView districtRates,
        DataQualityView dataQuality,
        MethodologyView methodology,
        List<String> aboutNotes,
        AssemblyView assembly,
        PlainSummaryView brief) {

    /** The view without an assembly section (every method but a citizens' assembly with its own files). */
    public ReportView(
            String lang,
            String title,
            List<String> facts,
            List<String> lead,
            String stageNote,
            List<SummaryRowView> summary,
            List<String> summaryNotes,
            List<StageRowView> stages,
            List<String> stageNotes,
            List<DimensionSectionView> dimensions,
            PyramidSectionView pyramid,
            FunnelView funnel,
            DistrictRatesView districtRates,
            DataQualityView dataQuality,
            MethodologyView methodology,
            List<String> aboutNotes) {
        this(
                lang,
                title,
                facts,
                lead,
                stageNote,
                summary,
                summaryNotes,
                stages,
                stageNotes,
                dimensions,
                pyramid,
                funnel,
                districtRates,
                dataQuality,
                methodology,
                aboutNotes,
                null,
                null);
    }

    /**
     * A citizens' assembly's quotas, drop-outs and selection chances
     * ({@link se.spegel.reports.view.section.AssemblySection}).
     */
    public record AssemblyView(
            List<String> lead,
            String poolStage,
            List<String> stageHeaders,
            List<QuotaRowView> rows,
            List<String> notes,
            FairnessView fairness) {}

    public record QuotaRowView(
            String feature,
            String value,
            String quota,
            String popShare,
            String pool,
            List<String> stages,
            String droppedOut,
            String replacements,
            String status,
            boolean missed,
            boolean missedAfterDropOuts) {}

    public record FairnessView(List<String> facts, List<FairnessGroupView> groups, boolean hasResponseRates) {}

    public record FairnessGroupView(
            String dimension,
            String category,
            String nPool,
            String meanProbability,
            String responseRate,
            String endToEnd) {}

    /**
     * The funnel beyond the stage table: n and mean D per stage, the groups whose share fell most at each
     * transition, and the R-indicator of the response stage.
     *
     * @param rIndicator the R-indicator sentence, or empty
     */
    public record FunnelView(
            ChartView chart,
            List<TransitionView> transitions,
            String rIndicator,
            String responseDriver,
            List<String> notes) {}

    /** One stage transition, e.g. "Svarade → Utvalda", with the groups whose share fell most. */
    public record TransitionView(String label, String chance, List<LossView> losses) {}

    /** A group that lost share between two stages. */
    public record LossView(String group, String dimension, String change, String shares) {}

    /** Participation per 1 000 residents by district: chart, table and captions. */
    public record DistrictRatesView(
            ChartView chart,
            List<DistrictRateRowView> rows,
            List<String> notes,
            List<ChartView> maps,
            boolean responseRates,
            List<String> mapNotes) {}

    /** A district: name, participants, residents, per 1 000. */
    public record DistrictRateRowView(
            String district, String n, String residents, String per1000, String responseRate) {}

    /**
     * Data quality: input files (from run.json, when the metrics folder's parent has one), the run's notes and
     * per dimension what was left out of the comparison.
     */
    public record DataQualityView(
            boolean hasRunManifest,
            List<InputRowView> inputs,
            List<String> runNotes,
            List<DimensionQualityRowView> dimensions,
            List<String> notes) {}

    /** One input file: role, file name, rows read / accepted / rejected, reasons, dropped columns, warnings. */
    public record InputRowView(
            String role, String file, String read, String accepted, String rejected, List<String> details) {}

    /** One plain dimension at the reported stage. */
    public record DimensionQualityRowView(
            String dimension,
            String missing,
            String noCounterpart,
            String outsideUniverse,
            String comparedAges,
            String populationTable) {}

    /** The methodology appendix: formulas, the disclosure rule and the population source. */
    public record MethodologyView(List<FormulaView> formulas, String disclosure, String population) {}

    /** One definition: name, formula as plain text, explanation. */
    public record FormulaView(String name, String formula, String explanation) {}

    /** A row of the summary table: one plain dimension at the reported stage. */
    public record SummaryRowView(
            String anchor,
            String dimension,
            String validCount,
            String missingCount,
            String noCounterpartCount,
            String dissimilarity,
            String expectedDissimilarity,
            String levelClass,
            String levelText,
            String worstCategory,
            String worstGap,
            String comparedFor) {}

    /** A row of the funnel table: one stage. */
    public record StageRowView(String stage, String n, String meanDissimilarity, String change, String chance) {}

    /** A dimension: heading, optional chart, category table. */
    public record DimensionSectionView(
            String anchor,
            String heading,
            String comparedFor,
            ChartView chart,
            List<CategoryRowView> rows,
            List<String> notes) {}

    /** A row of a category table. */
    public record CategoryRowView(
            String category,
            String n,
            String share,
            String popShare,
            String gap,
            String interval,
            boolean overRepresented,
            boolean underRepresented,
            boolean noCounterpart) {}

    /** The age pyramid with the table of its cells. */
    public record PyramidSectionView(ChartView chart, DimensionSectionView table, List<String> notes) {}

    /** An SVG chart file, referenced relative to report.html. */
    public record ChartView(String src, int width, int height, String alt) {}
}
