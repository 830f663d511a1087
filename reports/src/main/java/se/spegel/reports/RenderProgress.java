package se.spegel.reports;

/** Told after each report is written, so that a caller can show how far rendering many reports has come. */
@FunctionalInterface
public interface RenderProgress {
    RenderProgress NONE = (done, total, name) -> {};

    /**
     * @param done reports written so far (1 after the first)
     * @param total reports this run writes (the processes, plus the comparison when there is one)
     * @param name the process id (or "comparison") just written
     */
    void rendered(int done, int total, String name);
}
