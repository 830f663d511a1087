package se.spegel.reports.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's PDF/UA-1 validation (the Matterhorn-protocol machine checks) of one PDF: how many checks it
 * ran and passed, and each failed rule with the number of its failed checks and veraPDF's description.
 */
record PdfUaCheck(Path pdf, boolean compliant, int checks, Map<String, String> failedRules) {

    static PdfUaCheck of(Path pdf) throws IOException {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            List<TestAssertion> assertions = result.getTestAssertions();
            for (TestAssertion assertion : assertions) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber();
                    failed.merge(
                            rule,
                            assertion.getMessage() + " ["
                                    + assertion.getLocation().getContext() + "]",
                            (a, b) -> a);
                }
            }
            return new PdfUaCheck(pdf, result.isCompliant(), result.getTotalAssertions(), failed);
        } catch (Exception e) {
            throw new IOException("veraPDF could not validate " + pdf + ": " + e, e);
        }
    }

    /** One line for the test output: the file, the checks run and the failed rules. */
    String summary() {
        return "veraPDF PDF/UA-1 " + pdf + ": " + checks + " checks, " + failedRules.size() + " failed rules"
                + (failedRules.isEmpty() ? "" : " " + failedRules);
    }
}
