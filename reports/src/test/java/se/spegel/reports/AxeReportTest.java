package se.spegel.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * WCAG 2.1 AA for every report.html (both process reports and the comparison, Swedish and English):
 * axe-core (from the npm registry, {@code src/test/axe}) runs in real headless Chromium (Debian's
 * {@code chromium} and {@code chromedriver}, driven by Selenium) with the rules tagged wcag2a, wcag2aa,
 * wcag21a and wcag21aa, and finds no violation. Skipped, saying so, only where no Chromium is installed.
 */
class AxeReportTest {

    private static final Path AXE_FOLDER = Path.of("src/test/axe");
    private static final Path AXE = AXE_FOLDER.resolve("node_modules/axe-core/axe.min.js");
    private static final List<String> CHROMIUM =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private static ChromeDriver browser;
    private static String axeSource;

    @BeforeAll
    static void startChromium() throws Exception {
        String chromium = CHROMIUM.stream()
                .filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst()
                .orElse(null);
        String driver = DRIVER.stream()
                .filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst()
                .orElse(null);
        assumeTrue(
                chromium != null && driver != null,
                "SKIPPED: axe-core needs Chromium and chromedriver (" + CHROMIUM + ", " + DRIVER
                        + "); on Debian: apt-get install -y chromium chromium-driver");
        axeSource = Files.readString(installedAxe());
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--allow-file-access-from-files",
                        "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** axe.min.js from src/test/axe (as `.ci/run` installs it), running `npm ci` there first where it is missing. */
    private static Path installedAxe() throws IOException, InterruptedException {
        if (!Files.isRegularFile(AXE)) {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(AXE_FOLDER.toFile())
                    .inheritIO()
                    .start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(AXE)) {
                throw new IllegalStateException("axe-core is missing: run `npm ci` in reports/src/test/axe");
            }
        }
        return AXE;
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Stream<Path> reports() {
        return RenderedFixture.allReports().stream();
    }

    @ParameterizedTest
    @MethodSource("reports")
    @SuppressWarnings("unchecked")
    void axeFindsNoWcag21AaViolationInTheReport(Path html) {
        browser.get(html.toUri().toString());
        JavascriptExecutor js = browser;
        js.executeScript(axeSource);
        Map<String, Object> result =
                (Map<String, Object>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done({version: r.testEngine.version, passes: r.passes.length,"
                        + " incomplete: r.incomplete.map(v => v.id),"
                        + " violations: r.violations.map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + ' nodes: '"
                        + " + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.failureSummary).join(' | ') + ')')}))"
                        + ".catch(e => done({error: String(e)}));");
        assertThat(result).doesNotContainKey("error");
        List<String> violations = (List<String>) result.get("violations");
        System.out.println("axe-core " + result.get("version") + " " + html + ": " + result.get("passes")
                + " rules passed, " + violations.size() + " violations " + violations
                + ", needs review " + result.get("incomplete"));
        assertThat(((Number) result.get("passes")).intValue())
                .as("axe ran its rules")
                .isGreaterThan(10);
        assertThat(violations).isEmpty();
    }
}
