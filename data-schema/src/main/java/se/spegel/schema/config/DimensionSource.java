package se.spegel.schema.config;

/** Where a dimension's category comes from. */
public enum DimensionSource {
    /** age, birth year or age band, banded by conf's age bands */
    AGE,
    /** a column of the same name in participants and population */
    COLUMN,
    /** residence area_code rolled up to the level below the process's target area */
    AREA
}
