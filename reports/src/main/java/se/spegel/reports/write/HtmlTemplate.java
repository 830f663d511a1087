package se.spegel.reports.write;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import se.spegel.reports.view.ComparisonView;
import se.spegel.reports.view.MethodComparisonView;
import se.spegel.reports.view.ReportView;

/**
 * The FreeMarker templates {@code templates/report.ftlh}, {@code comparison.ftlh} and {@code method-comparison.ftlh},
 * HTML output format: every value is escaped.
 */
public final class HtmlTemplate {

    private static final String TEMPLATE = "report.ftlh";
    private static final String COMPARISON_TEMPLATE = "comparison.ftlh";
    private static final String METHOD_COMPARISON_TEMPLATE = "method-comparison.ftlh";
    private final Configuration configuration;

    public HtmlTemplate() {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(HtmlTemplate.class, "/se/spegel/reports/templates");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    String render(ReportView report, Map<String, String> texts) throws IOException {
        return process(TEMPLATE, report, texts);
    }

    /** The comparison of several processes, {@code templates/comparison.ftlh}. */
    String renderComparison(ComparisonView comparison, Map<String, String> texts) throws IOException {
        return process(COMPARISON_TEMPLATE, comparison, texts);
    }

    /** The comparison of dialogue methods over many processes, {@code templates/method-comparison.ftlh}. */
    String renderMethodComparison(MethodComparisonView comparison, Map<String, String> texts) throws IOException {
        return process(METHOD_COMPARISON_TEMPLATE, comparison, texts);
    }

    private String process(String name, Object report, Map<String, String> texts) throws IOException {
        Template template = configuration.getTemplate(name);
        StringWriter out = new StringWriter();
        try {
            template.process(Map.of("report", report, "t", texts), out);
        } catch (TemplateException e) {
            throw new IllegalStateException("report template failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
