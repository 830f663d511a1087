package se.spegel.jobs.metrics;

/** Participants in one category: weighted count (for shares) and head count (for intervals and tests). */
public record CategoryCount(String category, double weighted, long unweighted) {}
