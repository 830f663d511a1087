package se.spegel.jobs.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One compared dimension in {@link CodedParticipantCounts}. Its cells are numbered by folding
 * (block and age class, the district if it has a district part, the answer of each answer
 * part) and moved into the partition's counts now and then; its categories are numbered by
 * folding the same parts without the block, and kept, so the categoriser names each category
 * once.
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

    private final int index;
    private final ParticipantCategoriser categoriser;
    private final Names names;
    private final boolean usesDistrict;
    /** The batch column of each answer part; -1 where the file has no such column. */
    private final int[] answerColumns;
    private final IdPairs[] cellSteps;
    private final IdPairs[] categorySteps;
    private final List<String> categories = new ArrayList<>();
    private final Numbered.Sums sums = new Numbered.Sums();
    private final Numbered.Ints blockOfCell = new Numbered.Ints();
    private final Numbered.Ints categoryOfCell = new Numbered.Ints();

    CodedDimension(int index, ParticipantCategoriser categoriser, Names names, java.util.function.ToIntFunction<String> column) {
        this.index = index;
        this.categoriser = categoriser;
        this.names = names;
        this.usesDistrict = categoriser.usesDistrict(index);
        this.answerColumns = categoriser.answerColumns(index).stream().mapToInt(column).toArray();
        // a dimension of age alone still takes one step: its numbers are its own
        int steps = Math.max(1, answerColumns.length + (usesDistrict ? 1 : 0));
        this.cellSteps = new IdPairs[steps];
        this.categorySteps = new IdPairs[steps];
        Arrays.setAll(cellSteps, s -> new IdPairs());
        Arrays.setAll(categorySteps, s -> new IdPairs());
    }

    /** Counts a row into its cell of the given block (blockAge: the number of block and age class). */
    void count(ParquetBatches.Batch batch, int row, int block, int blockAge, int ageClass, int district,
               long weightMillionths) {
        int cell = fold(cellSteps, blockAge, batch, row, district);
        if (cell == blockOfCell.size()) {
            blockOfCell.add(block);
            categoryOfCell.add(category(batch, row, ageClass, district));
        }
        sums.add(cell, weightMillionths);
    }

    private int category(ParquetBatches.Batch batch, int row, int ageClass, int district) {
        int category = fold(categorySteps, ageClass, batch, row, district);
        if (category == categories.size()) {
            categories.add(categoriser.category(index, names.ageClass(ageClass), names.district(district),
                    column -> names.answer(column, batch, row)));
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
            blocks.apply(blockOfCell.get(cell)).addCell(index + 1, categories.get(categoryOfCell.get(cell)),
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
