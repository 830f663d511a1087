package se.spegel.jobs.evaluate;

import static se.spegel.schema.Columns.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.ParticipantRules;

/**
 * A Spark task's pass over participants read as column batches ({@link ParquetBatches}): the
 * same {@link ParticipantRules} and {@link ParticipantCategoriser} as row by row
 * ({@link ParticipantPartition#judge}), but each applied once per distinct combination of the
 * cells it reads, so that a row costs a few int lookups ({@link IdPairs}) and array increments
 * instead of strings, maps and records. The combinations:
 * <ul>
 *   <li>core: process, stage, age, birth year, age band, weight: whether the rules accept the
 *       row, and then its stage, weight and {@link ParticipantCategoriser.AgeClass};</li>
 *   <li>residence: process and area code: outside the target area or not, and its district;</li>
 *   <li>per dimension: block (process, stage, status), age class, district (if the dimension
 *       has a district part) and the answer of each answer part: the cell the row counts in.</li>
 * </ul>
 * Any row this cannot settle as accepted (no known process, no person, a reject, a cell of the
 * wrong type) takes the row path, so rejects and errors are the row path's own.
 */
final class CodedParticipantCounts {
    /** The core verdict of a combination the rules reject or cannot read: its rows take the row path. */
    private static final Core SLOW = new Core(null, -1, -1, 0);

    /** Cells a dimension holds before they are moved into the partition's counts (see {@link #flushWhenLarge}). */
    private static final int FLUSH_CELLS = 16384;

    private record Core(String processId, int stageIndex, int ageClass, long weightMillionths) {}

    private record Residence(boolean outside, int district) {}

    private record BlockKey(String processId, int stageIndex, String status) {}

    private final ParticipantRules rules;
    private final ParticipantCategoriser categoriser;
    private final ParticipantPartition partition;
    private final ParquetBatches batches;
    private final int processColumn;
    private final int personColumn;
    private final int areaColumn;
    /** stage, age, birth_year, age_band, weight: those in the file. */
    private final int[] coreColumns;
    private final int[] answerColumns;
    private final String[] answerNames;

    /** Per process_id cell number: 0 not looked at yet, 1 a known process, 2 blank or unknown. */
    private byte[] knownProcess = new byte[64];
    private final IdPairs[] coreSteps;
    private final List<Core> cores = new ArrayList<>();
    private final IdPairs residencePairs = new IdPairs();
    private final List<Residence> residences = new ArrayList<>();
    private final Interned<String> districts = new Interned<>();
    private final Interned<ParticipantCategoriser.AgeClass> ageClasses = new Interned<>();
    private final IdPairs coreBlocks = new IdPairs();
    private final GrowingInts blockOfCore = new GrowingInts();
    private final Interned<BlockKey> blocks = new Interned<>();
    private final CellSums blockTotals = new CellSums();
    private final IdPairs blockAges = new IdPairs();
    private final Dimension[] dimensions;
    /** Per answer column, accepted rows per cell number; per area code number, accepted rows. */
    private final GrowingLongs[] answerTallies;
    private final GrowingLongs residenceTallies = new GrowingLongs();

    /**
     * One compared dimension. Its cells are numbered by folding (block and age class, district if
     * it has a district part, the answer of each answer part) and are moved into the partition's
     * counts now and then ({@link #flushWhenLarge}); its categories are numbered by folding the
     * same parts without the block, and kept: the categoriser names each category once.
     */
    private final class Dimension {
        final int index;
        final boolean usesDistrict;
        final int[] answers; // positions in answerColumns
        final IdPairs[] cellSteps;
        final IdPairs[] categorySteps;
        final List<String> categories = new ArrayList<>();
        final CellSums sums = new CellSums();
        final GrowingInts blockOfCell = new GrowingInts();
        final GrowingInts categoryOfCell = new GrowingInts();

        Dimension(int index) {
            this.index = index;
            this.usesDistrict = categoriser.usesDistrict(index);
            this.answers = categoriser.answerColumns(index).stream()
                    .mapToInt(c -> Arrays.asList(answerNames).indexOf(c)).toArray();
            // a dimension of age alone still takes one step: its numbers are its own
            int steps = Math.max(1, answers.length + (usesDistrict ? 1 : 0));
            this.cellSteps = new IdPairs[steps];
            this.categorySteps = new IdPairs[steps];
            Arrays.setAll(cellSteps, s -> new IdPairs());
            Arrays.setAll(categorySteps, s -> new IdPairs());
        }

        void count(ParquetBatches.Batch batch, int row, int block, int blockAge, Core core, Residence residence) {
            int cell = fold(cellSteps, blockAge, batch, row, residence);
            if (cell == blockOfCell.size()) {
                blockOfCell.add(block);
                categoryOfCell.add(category(batch, row, core, residence));
            }
            sums.add(cell, core.weightMillionths());
        }

        private int category(ParquetBatches.Batch batch, int row, Core core, Residence residence) {
            int category = fold(categorySteps, core.ageClass(), batch, row, residence);
            if (category == categories.size()) {
                categories.add(categoriser.category(index, ageClasses.get(core.ageClass()),
                        districts.getOrNull(residence.district()), column -> answerOf(column, batch, row)));
            }
            return category;
        }

        private int fold(IdPairs[] steps, int start, ParquetBatches.Batch batch, int row, Residence residence) {
            int number = start;
            int step = 0;
            if (usesDistrict) {
                number = steps[step++].id(number, residence.district());
            }
            for (int answer : answers) {
                number = steps[step++].id(number, answer < 0 ? -1 : batch.ids[answerColumns[answer]][row]);
            }
            return step == 0 ? steps[0].id(number, 0) : number;
        }

        int cells() {
            return blockOfCell.size();
        }

        /** Moves the cells counted so far into the partition's counts and starts afresh. */
        void flushInto(ParticipantPartition into) {
            for (int cell = 0; cell < blockOfCell.size(); cell++) {
                countedBlock(into, blockOfCell.get(cell)).addCell(index + 1, categories.get(categoryOfCell.get(cell)),
                        sums.heads(cell), sums.weights(cell));
            }
            for (IdPairs step : cellSteps) {
                step.clear();
            }
            sums.clear();
            blockOfCell.clear();
            categoryOfCell.clear();
        }
    }

    /** The partition's block of counts for a block number (looked up once). */
    private MarginalCounts.Block countedBlock(ParticipantPartition into, int block) {
        while (countedBlocks.size() <= block) {
            countedBlocks.add(null);
        }
        MarginalCounts.Block counted = countedBlocks.get(block);
        if (counted == null) {
            BlockKey key = blocks.get(block);
            counted = into.counts.block(key.processId(), key.stageIndex(), key.status());
            countedBlocks.set(block, counted);
        }
        return counted;
    }

    private final List<MarginalCounts.Block> countedBlocks = new ArrayList<>();

    CodedParticipantCounts(ParticipantRules rules, ParticipantCategoriser categoriser, ParticipantPartition partition,
                           ParquetBatches batches) {
        this.rules = rules;
        this.categoriser = categoriser;
        this.partition = partition;
        this.batches = batches;
        this.processColumn = batches.column(PROCESS_ID);
        this.personColumn = batches.column(PERSON_ID);
        this.areaColumn = batches.column(AREA_CODE);
        this.coreColumns = List.of(STAGE, AGE, BIRTH_YEAR, AGE_BAND, WEIGHT).stream()
                .mapToInt(batches::column).filter(c -> c >= 0).toArray();
        this.coreSteps = new IdPairs[coreColumns.length];
        Arrays.setAll(coreSteps, s -> new IdPairs());
        this.answerNames = rules.dimensionColumns().toArray(String[]::new);
        // the rules' dimension columns are the file's (a part without one reads blank cells)
        this.answerColumns = Arrays.stream(answerNames).mapToInt(batches::column).toArray();
        if (Arrays.stream(answerColumns).anyMatch(c -> c < 0)) {
            throw new IllegalStateException("a dimension column of the rules is not among the file's columns");
        }
        this.answerTallies = new GrowingLongs[answerColumns.length];
        Arrays.setAll(answerTallies, a -> new GrowingLongs());
        this.dimensions = new Dimension[categoriser.dimensionCount()];
        Arrays.setAll(dimensions, Dimension::new);
    }

    /** Judges and counts every row of the batches into the partition. */
    static ParticipantPartition scan(ParquetBatches batches, ParticipantRules rules, ParticipantCategoriser categoriser) {
        ParticipantPartition partition = ParticipantPartition.empty(rules, categoriser);
        CodedParticipantCounts counts = new CodedParticipantCounts(rules, categoriser, partition, batches);
        ParquetBatches.Batch batch = batches.newBatch();
        while (batches.next(batch)) {
            for (int row = 0; row < batch.size; row++) {
                counts.judge(batch, row);
            }
            counts.flushWhenLarge();
        }
        counts.addInto(partition);
        return partition.finish();
    }

    private void judge(ParquetBatches.Batch batch, int row) {
        int process = processColumn < 0 ? -1 : batch.ids[processColumn][row];
        long identity = personColumn < 0 || !isKnownProcess(process) ? NO_IDENTITY : identity(batch, row, process);
        if (identity == NO_IDENTITY) {
            partition.judge(batch.row(row), rules, categoriser); // a reject, with the row path's reason
            return;
        }
        partition.rowsRead++;
        partition.addIdentity(identity);
        int coreId = process;
        for (int step = 0; step < coreColumns.length; step++) {
            coreId = coreSteps[step].id(coreId, batch.ids[coreColumns[step]][row]);
        }
        Core core = core(coreId, batch, row);
        if (core == SLOW) {
            partition.judgeIdentified(batch.row(row), rules, categoriser);
            return;
        }
        Residence residence = residence(process, core, batch, row);
        int block = block(coreId, core, residence);
        blockTotals.add(block, core.weightMillionths());
        int blockAge = blockAges.id(block, core.ageClass());
        for (Dimension dimension : dimensions) {
            dimension.count(batch, row, block, blockAge, core, residence);
        }
        for (int a = 0; a < answerColumns.length; a++) {
            answerTallies[a].add(batch.ids[answerColumns[a]][row], 1);
        }
        if (areaColumn >= 0) {
            residenceTallies.add(batch.ids[areaColumn][row], 1);
        }
    }

    private boolean isKnownProcess(int process) {
        if (process < 0) {
            return false;
        }
        if (process >= knownProcess.length) {
            knownProcess = Arrays.copyOf(knownProcess, Math.max(process + 1, knownProcess.length * 2));
        }
        if (knownProcess[process] == 0) {
            String text = processText(process);
            knownProcess[process] = (byte) (!text.isEmpty() && rules.knowsProcess(text) ? 1 : 2);
        }
        return knownProcess[process] == 1;
    }

    private String processText(int process) {
        return batches.values(processColumn).text(process).strip();
    }

    /** Stands for "no person_id" (a 64-bit hash may take this value too: such a row then takes the row path). */
    private static final long NO_IDENTITY = Long.MIN_VALUE;

    /**
     * {@code ParticipantPartition.identityHash(ParticipantRules.identityKey(process, person))}
     * from the person's bytes, without making either string: the key's UTF-8 bytes are the
     * process's, a 0 and the person's. Bytes outside ASCII take the string route, where
     * trimming and decoding are Java's own.
     */
    private long identity(ParquetBatches.Batch batch, int row, int process) {
        ParquetBatches.CellBytes cells = batch.bytes[personColumn];
        int start = cells.start(row);
        int end = cells.end[row];
        for (int i = start; i < end; i++) {
            if (cells.data[i] < 0) {
                String person = cells.text(row).strip();
                return person.isEmpty() ? NO_IDENTITY
                        : ParticipantPartition.identityHash(ParticipantRules.identityKey(processText(process), person));
            }
        }
        while (start < end && Character.isWhitespace(cells.data[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(cells.data[end - 1])) {
            end--;
        }
        if (start == end) {
            return NO_IDENTITY;
        }
        byte[] processBytes = processUtf8(process);
        int length = processBytes.length + 1 + end - start;
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        System.arraycopy(processBytes, 0, scratch, 0, processBytes.length);
        scratch[processBytes.length] = 0;
        System.arraycopy(cells.data, start, scratch, processBytes.length + 1, end - start);
        return ParticipantPartition.identityHash(scratch, length);
    }

    private byte[] scratch = new byte[256];
    private final List<byte[]> processUtf8 = new ArrayList<>();

    private byte[] processUtf8(int process) {
        while (processUtf8.size() <= process) {
            processUtf8.add(null);
        }
        byte[] bytes = processUtf8.get(process);
        if (bytes == null) {
            bytes = processText(process).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            processUtf8.set(process, bytes);
        }
        return bytes;
    }

    private Core core(int coreId, ParquetBatches.Batch batch, int row) {
        if (coreId < cores.size()) {
            return cores.get(coreId);
        }
        Core core = SLOW;
        try {
            ParticipantRules.Verdict verdict = rules.judge(batch.row(row));
            ParticipantRow p = verdict.participant();
            if (p != null) {
                core = new Core(p.processId(), p.stageIndex(),
                        ageClasses.id(categoriser.ageClass(p.processId(), p.ageLow(), p.ageHigh())),
                        MarginalCounts.weightMillionths(p.weight()));
            }
        } catch (InputException wrongType) {
            // left to the row path, which reports it with this row's line
        }
        cores.add(core);
        return core;
    }

    private Residence residence(int process, Core core, ParquetBatches.Batch batch, int row) {
        if (areaColumn < 0) {
            return residenceOf(core, null);
        }
        int id = residencePairs.id(process, batch.ids[areaColumn][row]);
        if (id == residences.size()) {
            String area = batches.values(areaColumn).text(batch.ids[areaColumn][row]).strip();
            residences.add(residenceOf(core, area.isEmpty() ? null : area));
        }
        return residences.get(id);
    }

    private Residence residenceOf(Core core, String area) {
        String district = categoriser.district(core.processId(), area);
        return new Residence(categoriser.outsideArea(core.processId(), area),
                district == null ? -1 : districts.id(district));
    }

    private int block(int coreId, Core core, Residence residence) {
        int id = coreBlocks.id(coreId, residence.outside() ? 1 : 0);
        if (id == blockOfCore.size()) {
            String status = ParticipantCategoriser.status(ageClasses.get(core.ageClass()), residence.outside());
            blockOfCore.add(blocks.id(new BlockKey(core.processId(), core.stageIndex(), status)));
        }
        return blockOfCore.get(id);
    }

    private String answerOf(String column, ParquetBatches.Batch batch, int row) {
        int a = Arrays.asList(answerNames).indexOf(column);
        if (a < 0) { // not a column of the file: no answer, as on the row path
            return null;
        }
        return rules.category(column, batch.text(answerColumns[a], row).strip());
    }

    /**
     * Keeps the cell tables small enough for the processor's caches: a dimension's cells are
     * many over a whole task (every process, stage and status), but few at a time when rows
     * come process by process, as files usually do; so they are moved into the partition's
     * counts whenever they grow large. In any order of rows the sums stay the same.
     */
    private void flushWhenLarge() {
        for (Dimension dimension : dimensions) {
            if (dimension.cells() > FLUSH_CELLS) {
                for (Dimension each : dimensions) {
                    each.flushInto(partition);
                }
                return;
            }
        }
    }

    /** Adds the counts and tallies of the rows settled here to the partition's (those of the row path). */
    private void addInto(ParticipantPartition into) {
        for (Dimension dimension : dimensions) {
            dimension.flushInto(into);
        }
        for (int b = 0; b < blocks.size(); b++) {
            countedBlock(into, b).addCell(0, "", blockTotals.heads(b), blockTotals.weights(b));
        }
        for (int a = 0; a < answerColumns.length; a++) {
            for (int id = 0; id < answerTallies[a].size(); id++) {
                long n = answerTallies[a].get(id);
                String answer = n == 0 ? null
                        : rules.category(answerNames[a], batches.values(answerColumns[a]).text(id).strip());
                if (answer != null) {
                    into.tallies.addAnswer(answerNames[a], answer, n);
                }
            }
        }
        for (int id = 0; id < residenceTallies.size(); id++) {
            String area = batches.values(areaColumn).text(id).strip();
            if (residenceTallies.get(id) != 0 && !area.isEmpty()) {
                into.tallies.addResidence(area, residenceTallies.get(id));
            }
        }
    }

    /** Distinct values numbered in order of first appearance. */
    private static final class Interned<T> {
        private final Map<T, Integer> ids = new HashMap<>();
        private final List<T> values = new ArrayList<>();

        int id(T value) {
            return ids.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        T get(int id) {
            return values.get(id);
        }

        T getOrNull(int id) {
            return id < 0 ? null : values.get(id);
        }

        int size() {
            return values.size();
        }
    }

    /** Heads and weight (millionths) per cell number. */
    private static final class CellSums {
        private final GrowingLongs heads = new GrowingLongs();
        private final GrowingLongs weights = new GrowingLongs();

        void add(int cell, long weightMillionths) {
            heads.add(cell, 1);
            weights.add(cell, weightMillionths);
        }

        long heads(int cell) {
            return heads.get(cell);
        }

        void clear() {
            heads.clear();
            weights.clear();
        }

        long weights(int cell) {
            return weights.get(cell);
        }
    }

    /** A long per number, growing as numbers come. */
    private static final class GrowingLongs {
        private long[] values = new long[64];
        private int size;

        void add(int index, long amount) {
            if (index >= values.length) {
                values = Arrays.copyOf(values, Math.max(index + 1, values.length * 2));
            }
            values[index] += amount;
            size = Math.max(size, index + 1);
        }

        long get(int index) {
            return index < values.length ? values[index] : 0;
        }

        void clear() {
            Arrays.fill(values, 0, size, 0);
            size = 0;
        }

        int size() {
            return size;
        }
    }

    /** An int per number, appended in order. */
    private static final class GrowingInts {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        void clear() {
            size = 0;
        }

        int size() {
            return size;
        }
    }
}
