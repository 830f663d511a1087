package se.spegel.schema.input.px;

import static se.spegel.schema.Columns.COUNT;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.InputException;

/**
 * The data cells of a PC-Axis table in long form, streamed: the values after DATA= fill the table
 * row by row, with the STUB variables' values as row labels and the HEADING variables' values as
 * column labels, the last variable changing fastest. Each cell becomes a row of named cells (one
 * per variable read, plus the count) numbered by the file line its value is on.
 */
final class PxCells implements Iterable<CsvRow> {
    /** A cell that is a total over some variable: left out and counted as a rejected row. */
    interface OnTotal {
        void skip(long line, PxVariable variable, int valueIndex);
    }

    private final PxFile px;
    private final List<PxVariable> variables;
    private final OnTotal onTotal;

    PxCells(PxFile px, List<PxVariable> variables, OnTotal onTotal) {
        this.px = px;
        this.variables = variables;
        this.onTotal = onTotal;
    }

    long expectedCells() {
        long cells = 1;
        for (PxVariable variable : variables) {
            cells = Math.multiplyExact(cells, variable.size());
        }
        return cells;
    }

    @Override
    public Iterator<CsvRow> iterator() {
        return new Iterator<>() {
            private final int[] position = new int[variables.size()];
            private final long expected = expectedCells();
            private long read;
            private CsvRow next = advance();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public CsvRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                CsvRow current = next;
                next = advance();
                return current;
            }

            private CsvRow advance() {
                while (read < expected) {
                    String value = px.nextValue();
                    if (value == null) {
                        throw InputException.ofFile(
                                px.file(),
                                "DATA ends after " + read + " values, but the variables" + " (" + names() + ") make "
                                        + expected + " cells");
                    }
                    CsvRow row = cell(value, px.valueLine());
                    step();
                    read++;
                    if (row != null) {
                        return row;
                    }
                }
                if (px.nextValue() != null) {
                    throw new InputException(
                            px.file(),
                            px.valueLine(),
                            0,
                            null,
                            "DATA has more than the " + expected + " values the variables (" + names() + ") make");
                }
                return null;
            }

            private CsvRow cell(String value, long line) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int v = 0; v < variables.size(); v++) {
                    PxVariable variable = variables.get(v);
                    if (variable.totals().get(position[v])) {
                        onTotal.skip(line, variable, position[v]);
                        return null;
                    }
                    if (variable.isRead()) {
                        cells.put(variable.column(), variable.cells().get(position[v]));
                    }
                }
                cells.put(COUNT, value);
                return CsvRow.of(px.file(), line, cells);
            }

            /** The odometer: the last variable changes fastest. */
            private void step() {
                for (int v = variables.size() - 1; v >= 0; v--) {
                    if (++position[v] < variables.get(v).size()) {
                        return;
                    }
                    position[v] = 0;
                }
            }
        };
    }

    private String names() {
        return String.join(
                ", ", variables.stream().map(v -> v.name() + " " + v.size()).toList());
    }

    Path file() {
        return px.file();
    }
}
