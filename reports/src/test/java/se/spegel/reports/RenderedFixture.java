package se.spegel.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The test fixture's reports rendered once per test JVM, Swedish and English: both process reports and
 * the comparison report of each language, with the district map of the test boundaries (for the
 * accessibility checks, which look at every report).
 */
final class RenderedFixture {

  private static List<Path> reports;

  private RenderedFixture() {
  }

  /** Every report.html: sv process reports, sv comparison, then the same in en. */
  static synchronized List<Path> allReports() {
    if (reports == null) {
      try {
        Path out = Files.createTempDirectory("spegel-a11y-");
        List<Path> all = new ArrayList<>();
        DistrictBoundaries shapes = DistrictBoundaries.read(DistrictBoundariesTest.fixture());
        all.addAll(new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults()).withBoundaries(shapes)
            .render(ReportRendererTest.fixture(), out.resolve("sv")).all());
        all.addAll(new ReportRenderer(ConfLikeLabels.english(), new ReportSettings("en", 5, 0.05, 0.15))
            .withBoundaries(shapes).render(ReportRendererTest.fixture(), out.resolve("en")).all());
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
