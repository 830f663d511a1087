package se.spegel.schema.input;

import java.util.List;
import se.spegel.schema.Method;

/** One row of the processes contract, with its funnel stages resolved. */
public record ProcessRow(
        String processId,
        String name,
        Method method,
        String areaCode,
        int period,
        Integer minAge,
        Integer maxAge,
        String startDate,
        String endDate,
        List<String> stages)
        implements java.io.Serializable {
    public ProcessRow {
        stages = List.copyOf(stages);
    }

    public int lastStageIndex() {
        return stages.size() - 1;
    }

    /** Whether a known age range [low, high] lies wholly outside the eligible ages. */
    public boolean ineligible(int ageLow, int ageHigh) {
        return (minAge != null && ageHigh < minAge) || (maxAge != null && ageLow > maxAge);
    }
}
