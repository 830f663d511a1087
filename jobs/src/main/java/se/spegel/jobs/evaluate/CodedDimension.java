package se.spegel.jobs.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The compared dimensions in {@link CodedParticipantCounts} that are made of the same parts
 * (gender and age × gender both of the age class and the gender answer): their cells are
 * numbered together by folding (block and age class, the district if they have a district part,
 * the answer of each answer part) and moved into the partition's counts now and then; their
 * categories are numbered by folding the same parts without the block, and kept, so that the
 * categoriser names each category of each dimension once. Folding once for all dimensions
 * alike saved 3 of 8 folds per row at the national configuration: the folds' hash lookups
 * are most of a row's cost.
 */
final class CodedDimension {
    /** The names behind a row's numbers, for naming a category the first time it is met. */
    interface Names {
        ParticipantCategoriser.AgeClass ageClass(int number);

        /** The district, null for -1 (unknown or outside). */
        String district(int number);

        /** The canonical answer of a row in a column (null: no answer, or not a column of the file). */
        String answer(String column, ParquetBatches.Batch batch, int row);
    }

    /** The dimensions' numbers (in the categoriser), all made of the same parts. */
    private final int[] indexes;
    private final ParticipantCategoriser categoriser;
    private final Names names;
    private final boolean usesDistrict;
    /** The batch column of each answer part; -1 where the file has no such column. */
    private final int[] answerColumns;
    private final IdPairs[] cellSteps;
    private final IdPairs[] categorySteps;
    /** Per dimension, its name of each category number. */
    private final List<List<String>> categories = new ArrayList<>();
    private final Numbered.Sums sums = new Numbered.Sums();
    private final Numbered.Ints blockOfCell = new Numbered.Ints();
    private final Numbered.Ints categoryOfCell = new Numbered.Ints();

    /** The dimensions of the categoriser grouped by their parts, one instance per group. */
    static List<CodedDimension> of(ParticipantCategoriser categoriser, Names names,
                                   java.util.function.ToIntFunction<String> column) {
        java.util.Map<List<Object>, List<Integer>> byParts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < categoriser.dimensionCount(); i++) {
            byParts.computeIfAbsent(List.of(categoriser.usesDistrict(i), categoriser.answerColumns(i)),
                    parts -> new ArrayList<>()).add(i);
        }
        return byParts.values().stream().map(indexes -> new CodedDimension(
                indexes.stream().mapToInt(Integer::intValue).toArray(), categoriser, names, column)).toList();
    }

    private CodedDimension(int[] indexes, ParticipantCategoriser categoriser, Names names,
                           java.util.function.ToIntFunction<String> column) {
        this.indexes = indexes;
        this.categoriser = categoriser;
        this.names = names;
        this.usesDistrict = categoriser.usesDistrict(indexes[0]);
        this.answerColumns = categoriser.answerColumns(indexes[0]).stream().mapToInt(column).toArray();
        for (int ignored : indexes) {
            categories.add(new ArrayList<>());
        }
        // a dimension of age alone still takes one step: its numbers are its own
        int steps = Math.max(1, answerColumns.length + (usesDistrict ? 1 : 0));
        this.cellSteps = new IdPairs[steps];
        this.categorySteps = new IdPairs[steps];
        Arrays.setAll(cellSteps, s -> new IdPairs());
        Arrays.setAll(categorySteps, s -> new IdPairs());
    }

    /** Counts a row into its cell of the given block (blockAge: the number of block and age class). */
    void count(ParquetBatches.Batch batch, int row, int block, int blockAge, int ageClass, int district,
               long weightMillionths, long recordKey) {
        int cell = fold(cellSteps, blockAge, batch, row, district);
        if (cell == blockOfCell.size()) {
            blockOfCell.add(block);
            categoryOfCell.add(category(batch, row, ageClass, district));
        }
        sums.add(cell, weightMillionths, recordKey);
    }

    private int category(ParquetBatches.Batch batch, int row, int ageClass, int district) {
        int category = fold(categorySteps, ageClass, batch, row, district);
        if (category == categories.get(0).size()) {
            for (int d = 0; d < indexes.length; d++) {
                categories.get(d).add(categoriser.category(indexes[d], names.ageClass(ageClass),
                        names.district(district), column -> names.answer(column, batch, row)));
            }
        }
        return category;
    }

    private int fold(IdPairs[] steps, int start, ParquetBatches.Batch batch, int row, int district) {
        int number = start;
        int step = 0;
        if (usesDistrict) {
            number = steps[step++].id(number, district);
        }
        for (int column : answerColumns) {
            number = steps[step++].id(number, column < 0 ? -1 : batch.ids[column][row]);
        }
        return step == 0 ? steps[0].id(number, 0) : number;
    }

    int cells() {
        return blockOfCell.size();
    }

    /** Moves the cells counted so far into the blocks of counts (by block number) and starts afresh. */
    void flushInto(IntFunction<MarginalCounts.Block> blocks) {
        for (int cell = 0; cell < blockOfCell.size(); cell++) {
            MarginalCounts.Block block = blocks.apply(blockOfCell.get(cell));
            for (int d = 0; d < indexes.length; d++) {
                block.addCell(indexes[d] + 1, categories.get(d).get(categoryOfCell.get(cell)), sums.heads(cell),
                        sums.weights(cell), sums.keySum(cell));
            }
        }
        for (IdPairs step : cellSteps) {
            step.clear();
        }
        sums.clear();
        blockOfCell.clear();
        categoryOfCell.clear();
    }
}
