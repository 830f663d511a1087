package se.spegel.jobs.evaluate;

import static se.spegel.schema.Columns.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * Cells a dimension holds before they are moved into the partition's counts (see
     * {@link #flushWhenLarge}); 1 024 to 16 384 measured alike at 10 M rows.
     */
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
    /**
     * The cells a core combination is judged by: the rules accept or reject a row by its process,
     * stage, ages and weight alone (its person, answers and residence only fill in the
     * participant), so the other cells are left blank rather than made into texts and categories
     * for each of the ~10^5 combinations a task meets.
     */
    private final boolean[] coreCells;
    private final int[] answerColumns;
    private final String[] answerNames;

    /** Per process_id cell number: 0 not looked at yet, 1 a known process, 2 blank or unknown. */
    private byte[] knownProcess = new byte[64];
    private final IdPairs[] coreSteps;
    private final List<Core> cores = new ArrayList<>();
    private final IdPairs residencePairs = new IdPairs();
    private final List<Residence> residences = new ArrayList<>();
    private final Numbered.Values<String> districts = new Numbered.Values<>();
    private final Numbered.Values<ParticipantCategoriser.AgeClass> ageClasses = new Numbered.Values<>();
    private final IdPairs coreBlocks = new IdPairs();
    private final Numbered.Ints blockOfCore = new Numbered.Ints();
    private final Numbered.Values<BlockKey> blocks = new Numbered.Values<>();
    private final Numbered.Sums blockTotals = new Numbered.Sums();
    private final List<MarginalCounts.Block> countedBlocks = new ArrayList<>();
    private final IdPairs blockAges = new IdPairs();
    private final List<CodedDimension> dimensions;
    private final PersonIdentities identities;
    /** Per answer column, accepted rows per cell number; per area code number, accepted rows. */
    private final Numbered.Longs[] answerTallies;
    private final Numbered.Longs residenceTallies = new Numbered.Longs();

    CodedParticipantCounts(ParticipantRules rules, ParticipantCategoriser categoriser, ParticipantPartition partition,
                           ParquetBatches batches) {
        this.rules = rules;
        this.categoriser = categoriser;
        this.partition = partition;
        this.batches = batches;
        this.identities = new PersonIdentities(this::processText, categoriser.keySalt());
        this.processColumn = batches.column(PROCESS_ID);
        this.personColumn = batches.column(PERSON_ID);
        this.areaColumn = batches.column(AREA_CODE);
        this.coreColumns = List.of(STAGE, AGE, BIRTH_YEAR, AGE_BAND, WEIGHT).stream()
                .mapToInt(batches::column).filter(c -> c >= 0).toArray();
        this.coreCells = new boolean[batches.columns()];
        if (processColumn >= 0) {
            coreCells[processColumn] = true;
        }
        Arrays.stream(coreColumns).forEach(c -> coreCells[c] = true);
        this.coreSteps = new IdPairs[coreColumns.length];
        Arrays.setAll(coreSteps, s -> new IdPairs());
        this.answerNames = rules.dimensionColumns().toArray(String[]::new);
        // the rules' dimension columns are the file's (a part without one reads blank cells)
        this.answerColumns = Arrays.stream(answerNames).mapToInt(batches::column).toArray();
        if (Arrays.stream(answerColumns).anyMatch(c -> c < 0)) {
            throw new IllegalStateException("a dimension column of the rules is not among the file's columns");
        }
        this.answerTallies = new Numbered.Longs[answerColumns.length];
        Arrays.setAll(answerTallies, a -> new Numbered.Longs());
        this.dimensions = CodedDimension.of(categoriser, names(), this::answerColumn);
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
        counts.finish();
        return partition.finish();
    }

    private void judge(ParquetBatches.Batch batch, int row) {
        int process = processColumn < 0 ? -1 : batch.ids[processColumn][row];
        long identity = personColumn < 0 || !isKnownProcess(process) ? PersonIdentities.NONE
                : identities.of(batch.bytes[personColumn], row, process);
        if (identity == PersonIdentities.NONE) {
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
        long recordKey = identities.recordKey(batch.bytes[personColumn], row, process);
        blockTotals.add(block, core.weightMillionths(), recordKey);
        int blockAge = blockAges.id(block, core.ageClass());
        for (CodedDimension dimension : dimensions) {
            dimension.count(batch, row, block, blockAge, core.ageClass(), residence.district(),
                    core.weightMillionths(), recordKey);
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

    private Core core(int coreId, ParquetBatches.Batch batch, int row) {
        if (coreId < cores.size()) {
            return cores.get(coreId);
        }
        Core core = SLOW;
        try {
            ParticipantRules.Verdict verdict = rules.judge(batch.row(row, coreCells));
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
        int areaId = areaColumn < 0 ? -1 : batch.ids[areaColumn][row]; // -1: the file has no residences
        int id = residencePairs.id(process, areaId);
        if (id == residences.size()) {
            String area = areaId < 0 ? "" : batches.values(areaColumn).text(areaId).strip();
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

    /** The batch column of a dimension column of the rules; -1 for any other (its answer is always none). */
    private int answerColumn(String column) {
        int a = Arrays.asList(answerNames).indexOf(column);
        return a < 0 ? -1 : answerColumns[a];
    }

    private CodedDimension.Names names() {
        return new CodedDimension.Names() {
            @Override
            public ParticipantCategoriser.AgeClass ageClass(int number) {
                return ageClasses.get(number);
            }

            @Override
            public String district(int number) {
                return districts.getOrNull(number);
            }

            @Override
            public String answer(String column, ParquetBatches.Batch batch, int row) {
                int batchColumn = answerColumn(column);
                return batchColumn < 0 ? null : rules.category(column, batch.text(batchColumn, row).strip());
            }
        };
    }

    /** The partition's block of counts for a block number (looked up once). */
    private MarginalCounts.Block countedBlock(int block) {
        while (countedBlocks.size() <= block) {
            countedBlocks.add(null);
        }
        MarginalCounts.Block counted = countedBlocks.get(block);
        if (counted == null) {
            BlockKey key = blocks.get(block);
            counted = partition.counts.block(key.processId(), key.stageIndex(), key.status());
            countedBlocks.set(block, counted);
        }
        return counted;
    }

    /**
     * Keeps the cell tables small enough for the processor's caches: a dimension's cells are
     * many over a whole task (every process, stage and status), but few at a time when rows
     * come process by process, as files usually do; so they are moved into the partition's
     * counts whenever they grow large. In any order of rows the sums stay the same.
     */
    private void flushWhenLarge() {
        for (CodedDimension dimension : dimensions) {
            if (dimension.cells() > FLUSH_CELLS) {
                for (CodedDimension each : dimensions) {
                    each.flushInto(this::countedBlock);
                }
                return;
            }
        }
    }

    /** Adds the counts and tallies of the rows settled here to the partition's (those of the row path). */
    private void finish() {
        ParticipantPartition into = partition;
        for (CodedDimension dimension : dimensions) {
            dimension.flushInto(this::countedBlock);
        }
        for (int b = 0; b < blocks.size(); b++) {
            countedBlock(b).addCell(0, "", blockTotals.heads(b), blockTotals.weights(b), blockTotals.keySum(b));
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
}
