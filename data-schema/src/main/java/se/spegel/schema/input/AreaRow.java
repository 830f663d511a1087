package se.spegel.schema.input;

/** One row of the areas contract: the hierarchy DeSO → RegSO → kommun → län → riket. */
public record AreaRow(String areaCode, String parentCode, String level, String name) {}
