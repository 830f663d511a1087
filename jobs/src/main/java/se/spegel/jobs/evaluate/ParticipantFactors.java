package se.spegel.jobs.evaluate;

import static se.spegel.schema.Columns.AGE;
import static se.spegel.schema.Columns.AGE_BAND;
import static se.spegel.schema.Columns.AREA_CODE;
import static se.spegel.schema.Columns.BIRTH_YEAR;
import static se.spegel.schema.Columns.PERSON_ID;
import static se.spegel.schema.Columns.PROCESS_ID;
import static se.spegel.schema.Columns.STAGE;
import static se.spegel.schema.Columns.WEIGHT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.ParticipantRules;
import se.spegel.schema.input.Reject;
import se.spegel.schema.input.RejectedCells;

/**
 * The participant rules applied once per distinct value of each group of cells they read
 * together, rather than once per row: the stage check reads (process_id, stage), the age check
 * (process_id, age, birth_year, age_band), the residence (process_id, area_code), the weight
 * its own cell and each answer its own column ({@link ParticipantRules#judge} is composed of
 * exactly these checks). A national file repeats a few thousand such values millions of times,
 * while the combinations of all of them are nearly one per participant.
 *
 * <p>Each verdict becomes a small code (an index into the lists kept here): what the Spark side
 * joins to every row and groups by ({@link ParticipantCodes}), and what {@link #count} turns
 * back into cells afterwards. Codes are -1 where there is nothing (no district, a missing
 * answer); a reject is the index of its reason in {@link #reason}, null where none.
 */
final class ParticipantFactors {
    /** The check a distinct value is judged by: the first field of every distinct row. */
    enum Factor {
        STAGE,
        AGE,
        AREA,
        WEIGHT,
        ANSWER
    }

    /** One distinct value of a factor: the factor, the answer column's index (ANSWER only) and up to four cells. */
    record Value(Factor factor, int column, List<String> cells) {}

    /** The verdicts of one factor's values, as the rows of the table Spark joins (key cells first). */
    record Table(List<Value> keys, List<Object[]> codes) {}

    private final ParticipantRules rules;
    private final ParticipantCategoriser categoriser;
    private final List<String> answerColumns;
    /** The participants' columns in their frame's order: the positions messages name. */
    private final Map<String, Integer> columnIndex;

    private final Codes<String> processes = new Codes<>();
    private final Codes<Reject> reasons = new Codes<>();
    private final Codes<ParticipantCategoriser.AgeClass> ageClasses = new Codes<>();
    private final Codes<String> districts = new Codes<>();
    private final Codes<String> residences = new Codes<>();
    private final List<Codes<String>> answers = new ArrayList<>();
    /** Per type error found, the cells that raised it and the check that did. */
    private final List<Value> errors = new ArrayList<>();

    private final Map<Factor, Table> tables = new LinkedHashMap<>();
    private final List<Table> answerTables = new ArrayList<>();

    ParticipantFactors(ParticipantRules rules, ParticipantCategoriser categoriser, List<String> frameColumns) {
        this.rules = rules;
        this.categoriser = categoriser;
        this.answerColumns = rules.dimensionColumns();
        this.columnIndex = new LinkedHashMap<>();
        frameColumns.forEach(c -> columnIndex.put(c, columnIndex.size()));
        answerColumns.forEach(c -> answers.add(new Codes<>()));
        for (Factor factor : Factor.values()) {
            if (factor != Factor.ANSWER) {
                tables.put(factor, new Table(new ArrayList<>(), new ArrayList<>()));
            }
        }
        answerColumns.forEach(c -> answerTables.add(new Table(new ArrayList<>(), new ArrayList<>())));
    }

    List<String> answerColumns() {
        return answerColumns;
    }

    /** Judges one distinct value and keeps its codes for its factor's table. */
    void judge(Value value) {
        Object[] codes = switch (value.factor()) {
            case STAGE -> stage(value.cells().get(0), value.cells().get(1));
            case AGE -> age(value);
            case AREA -> area(value.cells().get(0), value.cells().get(1));
            case WEIGHT -> weight(value);
            case ANSWER -> answer(value.column(), value.cells().get(0));
        };
        Table table = value.factor() == Factor.ANSWER ? answerTables.get(value.column()) : tables.get(value.factor());
        table.keys().add(value);
        table.codes().add(codes);
    }

    Table table(Factor factor) {
        return tables.get(factor);
    }

    Table answerTable(int column) {
        return answerTables.get(column);
    }

    /** (process code, process reject, stage index, stage reject) of a trimmed process_id and a stage cell. */
    private Object[] stage(String processId, String stage) {
        Reject identity = rules.identityReject(row(Map.of(PROCESS_ID, processId, PERSON_ID, "known")));
        if (identity != null) {
            return new Object[] {null, reasons.code(identity), null, null};
        }
        ParticipantRules.StageOrReject verdict = rules.stageOf(row(Map.of(PROCESS_ID, processId, STAGE, stage)));
        return new Object[] {
            processes.code(processId),
            null,
            verdict.reject() == null ? verdict.index() : null,
            reasons.codeOrNull(verdict.reject())
        };
    }

    /** The reason a row with a known process but a blank person_id is rejected for. */
    Integer blankPersonReason(String knownProcessId) {
        return reasons.codeOrNull(rules.identityReject(row(Map.of(PROCESS_ID, knownProcessId, PERSON_ID, ""))));
    }

    /** (age class, age reject, type error) of (process_id, age, birth_year, age_band). */
    private Object[] age(Value value) {
        List<String> cells = value.cells();
        if (!rules.knowsProcess(cells.get(0))) {
            return new Object[] {null, null, null}; // rejected for its process before its age is looked at
        }
        try {
            ParticipantRules.AgeOrReject verdict = rules.ageOf(row(ageCells(cells)));
            if (verdict.reject() != null) {
                return new Object[] {null, reasons.code(verdict.reject()), null};
            }
            int[] range = verdict.range();
            return new Object[] {
                ageClasses.code(categoriser.ageClass(
                        cells.get(0), range == null ? null : range[0], range == null ? null : range[1])),
                null,
                null
            };
        } catch (InputException e) {
            errors.add(value);
            return new Object[] {null, null, errors.size() - 1};
        }
    }

    private static Map<String, String> ageCells(List<String> cells) {
        return Map.of(PROCESS_ID, cells.get(0), AGE, cells.get(1), BIRTH_YEAR, cells.get(2), AGE_BAND, cells.get(3));
    }

    /** (district, outside the target area, residence, rejected cell) of a trimmed process_id and an area_code cell. */
    private Object[] area(String processId, String areaCode) {
        if (!rules.knowsProcess(processId)) {
            return new Object[] {null, null, null, null};
        }
        String trimmed = areaCode.strip();
        String residence = ParticipantRules.residence(trimmed);
        return new Object[] {
            districts.codeOrMinusOne(categoriser.district(processId, residence)),
            categoriser.outsideArea(processId, residence),
            residences.codeOrMinusOne(residence),
            RejectedCells.isRejected(trimmed) ? 1 : 0
        };
    }

    /** (weight in millionths, weight reject, type error) of a weight cell that is not a plain positive number. */
    private Object[] weight(Value value) {
        try {
            ParticipantRules.WeightOrReject verdict =
                    rules.weightOf(row(Map.of(WEIGHT, value.cells().get(0))));
            return verdict.reject() != null
                    ? new Object[] {null, reasons.code(verdict.reject()), null}
                    : new Object[] {MarginalCounts.weightMillionths(verdict.weight()), null, null};
        } catch (InputException e) {
            errors.add(value);
            return new Object[] {null, null, errors.size() - 1};
        }
    }

    /** (canonical answer, rejected cell) of a cell of an answer column. */
    private Object[] answer(int column, String cell) {
        String trimmed = cell.strip();
        return new Object[] {
            answers.get(column).codeOrMinusOne(rules.category(answerColumns.get(column), trimmed)),
            RejectedCells.isRejected(trimmed) ? 1 : 0
        };
    }

    boolean hasTypeErrors() {
        return !errors.isEmpty();
    }

    /** The type error the row at this file and line raised, said exactly as the row-by-row reader says it. */
    InputException typeError(int error, Path file, long line) {
        Value value = errors.get(error);
        CsvRow row = CsvRow.of(
                file,
                line,
                columnIndex,
                cellsInFrameOrder(
                        value.factor() == Factor.AGE
                                ? ageCells(value.cells())
                                : Map.of(WEIGHT, value.cells().get(0))));
        try {
            if (value.factor() == Factor.AGE) {
                rules.ageOf(row);
            } else {
                rules.weightOf(row);
            }
        } catch (InputException e) {
            return e;
        }
        throw new IllegalStateException("a cell that failed its check passed it the second time");
    }

    private List<String> cellsInFrameOrder(Map<String, String> cells) {
        List<String> values = new ArrayList<>();
        columnIndex.keySet().forEach(c -> values.add(cells.getOrDefault(c, "")));
        return values;
    }

    /** A rejected row's reason, at its own file and line. */
    Reject reject(int reason, String file, long line) {
        Reject template = reasons.value(reason);
        return new Reject(file, line, template.column(), template.reason(), template.detail());
    }

    /** Puts a group of accepted participants, coded as {@link ParticipantCodes} groups them, into its cells. */
    void countCells(
            int process,
            int stage,
            String status,
            int dimension,
            int ageOutcome,
            int[] parts,
            long heads,
            long weightMillionths,
            long keySum,
            MarginalCounts counts) {
        MarginalCounts.Block block = counts.block(processes.value(process), stage, status);
        if (dimension < 0) {
            block.addCell(0, "", heads, weightMillionths, keySum);
            return;
        }
        List<String> dimensionParts = categoriser.parts(dimension);
        String district = null;
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < dimensionParts.size(); i++) {
            String part = dimensionParts.get(i);
            if (part.equals("district")) {
                district = parts[i] < 0 ? null : districts.value(parts[i]);
            } else if (!part.equals("age")) {
                int column = answerColumns.indexOf(part);
                byColumn.put(part, parts[i] < 0 ? null : answers.get(column).value(parts[i]));
            }
        }
        Function<String, String> answerOf = byColumn::get;
        block.addCell(
                dimension + 1,
                categoriser.category(dimension, ageOutcomes.get(ageOutcome), district, answerOf),
                heads,
                weightMillionths,
                keySum);
    }

    /** Counts a group of accepted participants alike in their answers and residence into the tallies. */
    void countTallies(
            int[] answerCodes,
            int[] rejectedAnswer,
            int residence,
            int areaRejected,
            long heads,
            ParticipantTallies tallies) {
        for (int j = 0; j < answerColumns.size(); j++) {
            if (answerCodes[j] >= 0) {
                tallies.addAnswer(answerColumns.get(j), answers.get(j).value(answerCodes[j]), heads);
            }
            if (rejectedAnswer[j] > 0) {
                tallies.addRejectedCells(answerColumns.get(j), heads);
            }
        }
        if (residence >= 0) {
            tallies.addResidence(residences.value(residence), heads);
        }
        if (areaRejected > 0) {
            tallies.addRejectedCells(AREA_CODE, heads);
        }
    }

    /** Every age class's outcomes, coded: what an age class means for each dimension. */
    private final Codes<String> ageOutcomeCodes = new Codes<>();

    private final List<String> ageOutcomes = new ArrayList<>();

    /** Per age class (by code), whether it lies outside the eligible ages. */
    List<Boolean> ineligible() {
        return ageClasses.values().stream()
                .map(ParticipantCategoriser.AgeClass::ineligible)
                .toList();
    }

    /** Per age class (by code), the code of its outcome in one dimension (see {@link #countCells}). */
    List<Integer> ageOutcomes(int dimension) {
        List<Integer> codes = new ArrayList<>();
        for (ParticipantCategoriser.AgeClass ages : ageClasses.values()) {
            String outcome = ages.byDimension().get(dimension);
            String key = outcome == null ? "\u0000none" : outcome;
            int before = ageOutcomeCodes.size();
            int code = ageOutcomeCodes.code(key);
            if (code == before) {
                ageOutcomes.add(outcome);
            }
            codes.add(code);
        }
        return codes;
    }

    CsvRow row(Map<String, String> cells) {
        return CsvRow.of(Path.of(""), 0, cells);
    }

    /** Values numbered in the order first met. */
    static final class Codes<T> {
        private final Map<T, Integer> codes = new HashMap<>();
        private final List<T> values = new ArrayList<>();

        int code(T value) {
            return codes.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        Integer codeOrNull(T value) {
            return value == null ? null : code(value);
        }

        int codeOrMinusOne(T value) {
            return value == null ? -1 : code(value);
        }

        T value(int code) {
            return values.get(code);
        }

        List<T> values() {
            return values;
        }

        int size() {
            return values.size();
        }
    }
}
