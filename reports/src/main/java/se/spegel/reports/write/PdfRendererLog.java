package se.spegel.reports.write;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps openhtmltopdf quiet: it logs every font load and layout step at INFO, and a warning for each CSS
 * property only browsers know (the template is shared with the HTML report, so those are expected).
 * Other warnings and errors go to java.util.logging under {@code com.openhtmltopdf}.
 */
final class PdfRendererLog implements XRLogger {

    private static final Logger LOG = Logger.getLogger("com.openhtmltopdf");

    private PdfRendererLog() {}

    /** Installs this logger for openhtmltopdf (a process-wide setting); idempotent. */
    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof PdfRendererLog)) {
            XRLog.setLoggerImpl(new PdfRendererLog());
        }
    }

    private static boolean shown(String where, Level level) {
        return level.intValue() >= Level.WARNING.intValue() && !XRLog.CSS_PARSE.equals(where);
    }

    @Override
    public void log(String where, Level level, String msg) {
        if (shown(where, level)) {
            LOG.log(level, msg);
        }
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (shown(where, level)) {
            LOG.log(level, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are fixed: WARNING and above, CSS parsing left out
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return shown(diagnostic.getLogMessageId().getWhere(), diagnostic.getLevel());
    }
}
