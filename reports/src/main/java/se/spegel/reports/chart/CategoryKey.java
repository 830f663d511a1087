package se.spegel.reports.chart;

/** A chart category: identified by its code, drawn with its label (two codes may share a label). */
record CategoryKey(String code, String label) implements Comparable<CategoryKey> {

    @Override
    public boolean equals(Object other) {
        return other instanceof CategoryKey k && k.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }

    @Override
    public int compareTo(CategoryKey other) {
        return code.compareTo(other.code);
    }
}
