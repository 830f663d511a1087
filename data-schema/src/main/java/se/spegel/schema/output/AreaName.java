package se.spegel.schema.output;

/** A row of {@code area_names}: how an area code is shown. */
public record AreaName(String areaCode, String name, String level) {}
