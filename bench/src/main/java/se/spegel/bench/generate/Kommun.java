package se.spegel.bench.generate;

/** A municipality: its SCB code (e.g. 0180), name and county (län) code. */
record Kommun(int index, String code, String name, String lanCode) {}
