package se.spegel.bench.generate;

import java.util.List;
import se.spegel.schema.Method;

/**
 * One generated dialogue process: its row of processes.csv and how many participant rows
 * it gets. {@code stagesColumn} is what the file says (empty = the method's default stages
 * from conf); {@code stages} are the stages that apply either way.
 */
record PlannedProcess(
        int index,
        String id,
        String name,
        Method method,
        Kommun kommun,
        Integer minAge,
        Integer maxAge,
        String startDate,
        String endDate,
        String stagesColumn,
        List<String> stages,
        long participants) {}
