package se.spegel.schema.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An output table's name and its columns in contract order. */
public final class OutputTable<R> {
    private final String name;
    private final List<OutputColumn<R>> columns = new ArrayList<>();

    OutputTable(String name) {
        this.name = name;
    }

    OutputTable<R> column(String column, ColumnType type, Function<R, Object> value) {
        columns.add(new OutputColumn<>(column, type, value));
        return this;
    }

    public String name() {
        return name;
    }

    public List<OutputColumn<R>> columns() {
        return List.copyOf(columns);
    }

    public List<String> columnNames() {
        return columns.stream().map(OutputColumn::name).toList();
    }

    public Object[] values(R row) {
        return columns.stream().map(c -> c.value().apply(row)).toArray();
    }
}
