package se.spegel.reports.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import se.spegel.reports.RenderProgress;
import se.spegel.reports.model.ProcessMetrics;

/**
 * Writes the process reports on a few threads at a time. A report is independent of every other
 * (its own folder, charts and PDF) and the writers it uses are immutable, so a national set of
 * reports uses every core; the first failure stops the rest and is rethrown as the sequential
 * loop would have thrown it. Results keep process order; progress counts reports as they finish.
 */
public final class ParallelReports {

    /** One process report written into its folder; returns its report.html. */
    public interface ReportWrite {
        Path write(ProcessMetrics metrics) throws IOException;
    }

    private ParallelReports() {}

    public static List<Path> write(
            List<ProcessMetrics> processes, int threads, RenderProgress progress, int total, ReportWrite write)
            throws IOException {
        if (threads == 1 || processes.size() <= 1) {
            List<Path> reports = new ArrayList<>();
            for (ProcessMetrics metrics : processes) {
                reports.add(write.write(metrics));
                progress.rendered(reports.size(), total, metrics.processId());
            }
            return reports;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, processes.size()), daemons());
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Path>> futures = new ArrayList<>();
            for (ProcessMetrics metrics : processes) {
                futures.add(pool.submit(() -> {
                    Path report = write.write(metrics);
                    synchronized (progress) { // one line or bar update at a time, counted in the order they finish
                        progress.rendered(done.incrementAndGet(), total, metrics.processId());
                    }
                    return report;
                }));
            }
            List<Path> reports = new ArrayList<>();
            for (Future<Path> future : futures) {
                reports.add(result(future));
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Path result(Future<Path> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering reports", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "spegel-report-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
