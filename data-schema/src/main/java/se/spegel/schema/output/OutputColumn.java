package se.spegel.schema.output;

import java.util.function.Function;

/** One column of an output table: its name, type and how to read it from a row record. */
public record OutputColumn<R>(String name, ColumnType type, Function<R, Object> value) {}
