package se.spegel.reports.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.spegel.reports.ReportLabels;
import se.spegel.reports.model.DimensionCode;
import se.spegel.reports.model.MetricRows;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.CategoryOrder;

/**
 * The age × gender cells of a stage arranged as an age pyramid: per age band, men's and women's shares
 * of all participants and of all residents (both genders together), in percent.
 */
public record AgePyramidData(String dimension, List<Band> bands) {

    static final String AGE = "age";
    static final String GENDER = "gender";
    static final String MEN = "man";
    static final String WOMEN = "kvinna";

    /** One age band; a share is {@code null} when that cell is missing. */
    record Band(
            String code,
            String label,
            Double menResidents,
            Double womenResidents,
            Double menParticipants,
            Double womenParticipants) {

        double reach() {
            double reach = 0;
            for (Double v : new Double[] {menResidents, womenResidents, menParticipants, womenParticipants}) {
                if (v != null) {
                    reach = Math.max(reach, v);
                }
            }
            return reach;
        }
    }

    /** The pyramid of the stage's age × gender (or gender × age) intersection, if there is one. */
    public static Optional<AgePyramidData> from(ProcessMetrics metrics, String stage, ReportLabels labels) {
        for (String dimension : metrics.dimensions(stage)) {
            List<String> parts = DimensionCode.parts(dimension);
            if (parts.size() == 2 && parts.contains(AGE) && parts.contains(GENDER)) {
                AgePyramidData data = build(dimension, parts.indexOf(AGE), metrics.gaps(stage, dimension), labels);
                if (!data.bands().isEmpty()) {
                    return Optional.of(data);
                }
            }
        }
        return Optional.empty();
    }

    private static AgePyramidData build(String dimension, int ageIndex, List<CategoryGap> rows, ReportLabels labels) {
        Map<String, Double[]> byAge = new TreeMap<>(CategoryOrder.of(labels.categoryOrder(AGE)));
        for (CategoryGap row : rows) {
            List<String> parts = DimensionCode.parts(row.category());
            if (parts.size() != 2 || !MetricRows.hasCounterpart(row)) {
                continue;
            }
            String age = parts.get(ageIndex);
            String gender = parts.get(1 - ageIndex);
            int offset = switch (gender) {
                case MEN -> 0;
                case WOMEN -> 1;
                default -> -1;
            };
            if (offset < 0) {
                continue;
            }
            Double[] cells = byAge.computeIfAbsent(age, a -> new Double[4]);
            cells[offset] = 100 * row.popShare();
            cells[2 + offset] = row.share() == null ? null : 100 * row.share();
        }
        List<Band> bands = new ArrayList<>();
        byAge.forEach((age, c) -> bands.add(new Band(age, labels.category(AGE, age), c[0], c[1], c[2], c[3])));
        return new AgePyramidData(dimension, bands);
    }

    /** Whether some participant bar is missing although residents are there: a withheld (suppressed) cell. */
    public boolean hasWithheldParticipantCells() {
        return bands.stream()
                .anyMatch(b -> (b.menResidents() != null && b.menParticipants() == null)
                        || (b.womenResidents() != null && b.womenParticipants() == null));
    }

    double reach() {
        return bands.stream().mapToDouble(Band::reach).max().orElse(0);
    }
}
