package se.spegel.reports.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import se.spegel.reports.InvalidMetricsException;

/**
 * The folder name of a process's report: its id with every character outside {@code [A-Za-z0-9._-]}
 * replaced by {@code _} (so no slash, backslash, colon or NUL can lead elsewhere), a leading dot
 * replaced too (no hidden folder, no {@code .} or {@code ..}), a name Windows reserves ({@code CON},
 * {@code NUL}, {@code COM1} …) or would cut short (a trailing dot) made safe, and a name longer
 * than file systems allow shortened, with a hash of the full id to keep it distinct.
 */
public final class ProcessFolderName {

    /** Well below the 255 bytes most file systems allow, leaving room for the files inside in paths. */
    static final int MAX_LENGTH = 100;

    private static final int KEPT_WHEN_SHORTENED = MAX_LENGTH - 13;

    private ProcessFolderName() {}

    public static String of(String processId) throws InvalidMetricsException {
        String name = processId.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isEmpty()) {
            throw new InvalidMetricsException("process_id '" + processId + "' cannot be used as a folder name");
        }
        if (name.startsWith(".")) {
            name = "_" + name.substring(1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1) + "_";
        }
        if (isWindowsDeviceName(name)) {
            name = "_" + name;
        }
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, KEPT_WHEN_SHORTENED) + "-"
                    + sha256(processId).substring(0, 12);
        }
        return name;
    }

    /** CON, PRN, AUX, NUL, COM1–9 and LPT1–9, also with an extension (con.txt): devices, not files, on Windows. */
    private static boolean isWindowsDeviceName(String name) {
        String stem = name.split("\\.", 2)[0].toUpperCase(Locale.ROOT);
        return stem.matches("CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9]");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
