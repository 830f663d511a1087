package se.spegel.schema.input.pabulib;

import java.util.List;

/** One data row of a section: its physical line number (1-based) and its cells as parsed. */
record PbRow(long line, List<String> cells) {
    PbRow {
        cells = List.copyOf(cells);
    }
}
