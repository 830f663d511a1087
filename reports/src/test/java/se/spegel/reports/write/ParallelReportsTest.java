package se.spegel.reports.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.reports.ConfLikeLabels;
import se.spegel.reports.InvalidMetricsException;
import se.spegel.reports.RenderProgress;
import se.spegel.reports.ReportRenderer;
import se.spegel.reports.ReportRendererTest;
import se.spegel.reports.ReportSettings;
import se.spegel.reports.model.ProcessMetrics;

/** Reports rendered on several threads: the same files as one after another, in process order. */
class ParallelReportsTest {

    @TempDir
    Path out;

    @Test
    void reportsRenderedOnFourThreadsAreByteIdenticalToReportsRenderedOneByOne() throws Exception {
        List<Path> one = new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                .withThreads(1)
                .render(ReportRendererTest.fixture(), out.resolve("one"))
                .all();
        List<Path> four = new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                .withThreads(4)
                .render(ReportRendererTest.fixture(), out.resolve("four"))
                .all();
        assertThat(four.stream().map(p -> out.resolve("four").relativize(p)).toList())
                .isEqualTo(
                        one.stream().map(p -> out.resolve("one").relativize(p)).toList());
        Map<Path, byte[]> first = textFiles(out.resolve("one"));
        Map<Path, byte[]> second = textFiles(out.resolve("four"));
        assertThat(second.keySet()).isEqualTo(first.keySet()).isNotEmpty();
        first.forEach((file, bytes) ->
                assertThat(second.get(file)).as(file.toString()).isEqualTo(bytes));
    }

    @Test
    void progressCountsEveryReportOnceAndResultsKeepProcessOrder() throws IOException {
        List<ProcessMetrics> processes = processes(12);
        List<String> told = Collections.synchronizedList(new ArrayList<>());
        List<Integer> counts = Collections.synchronizedList(new ArrayList<>());
        List<Path> written = ParallelReports.write(
                processes,
                3,
                (done, total, name) -> {
                    told.add(name);
                    counts.add(done);
                    assertThat(total).isEqualTo(13);
                },
                13,
                metrics -> out.resolve(metrics.processId()));
        assertThat(written)
                .containsExactlyElementsOf(
                        processes.stream().map(p -> out.resolve(p.processId())).toList());
        assertThat(told)
                .containsExactlyInAnyOrderElementsOf(
                        processes.stream().map(ProcessMetrics::processId).toList());
        assertThat(counts).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void aFailingReportStopsTheRunWithItsOwnException() {
        List<ProcessMetrics> processes = processes(6);
        assertThatThrownBy(() -> ParallelReports.write(processes, 2, RenderProgress.NONE, 6, metrics -> {
                    if (metrics.processId().equals("p3")) {
                        throw new InvalidMetricsException("p3 cannot be written");
                    }
                    return out.resolve(metrics.processId());
                }))
                .isInstanceOf(InvalidMetricsException.class)
                .hasMessage("p3 cannot be written");
    }

    private static List<ProcessMetrics> processes(int n) {
        List<ProcessMetrics> processes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            processes.add(new ProcessMetrics("p" + i, List.of(), List.of(), List.of()));
        }
        return processes;
    }

    /** Every file but the PDFs (which carry their creation time), by path inside the folder. */
    private static Map<Path, byte[]> textFiles(Path folder) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".pdf"))
                    .toList()) {
                files.put(folder.relativize(file), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
