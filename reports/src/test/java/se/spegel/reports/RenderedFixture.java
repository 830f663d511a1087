package se.spegel.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The test fixture's reports rendered once per test JVM, Swedish and English: both process reports and
 * the comparison report of each language, with the district map of the test boundaries, and the
 * method comparison report of `spegel compare` (older tables and size-fair ones) in both languages (for
 * the accessibility checks, which look at every report).
 */
public final class RenderedFixture {

    private static List<Path> reports;

    private RenderedFixture() {}

    /** Every report.html: sv process reports, sv comparison, the same in en, then the method comparisons. */
    public static synchronized List<Path> allReports() {
        if (reports == null) {
            try {
                Path out = Files.createTempDirectory("spegel-a11y-");
                List<Path> all = new ArrayList<>();
                DistrictBoundaries shapes = DistrictBoundaries.read(DistrictBoundariesTest.fixture());
                all.addAll(new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                        .withBoundaries(shapes)
                        .render(ReportRendererTest.fixture(), out.resolve("sv"))
                        .all());
                all.addAll(new ReportRenderer(ConfLikeLabels.english(), new ReportSettings("en", 5, 0.05, 0.15))
                        .withBoundaries(shapes)
                        .render(ReportRendererTest.fixture(), out.resolve("en"))
                        .all());
                Path methods = MethodComparisonReportTest.fixture(Files.createDirectories(out.resolve("methods")));
                Path sizeFair =
                        MethodComparisonSizeFairReportTest.fixture(Files.createDirectories(out.resolve("size-fair")));
                for (Path metrics : List.of(methods, sizeFair)) {
                    all.add(new MethodComparisonRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                            .render(metrics, metrics.resolveSibling("sv")));
                    all.add(new MethodComparisonRenderer(
                                    ConfLikeLabels.english(), new ReportSettings("en", 5, 0.05, 0.15))
                            .render(metrics, metrics.resolveSibling("en")));
                }
                reports = List.copyOf(all);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return reports;
    }
}
