package se.spegel.schema.input;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Columns that carry direct identifiers, recognised by name or by content (names, e-mail, phone, street address,
 * personnummer). Spegel never needs them: such columns are dropped as the file is read.
 */
public final class DirectIdentifiers {
    private static final Pattern IDENTIFYING_HEADER = Pattern.compile(
            "(?i)^(f[öo]r)?namn$|^efternamn$|^(first|last|full|sur)_?name$|^name$|^e-?post(adress)?$|^e-?mail(_address)?$"
                    + "|^mail$|^telefon(nummer)?$|^tel(efon)?nr$|^phone(_number)?$|^mobil(nummer)?$|^mobile$"
                    + "|^personnummer$|^pnr$|^personnr$|^ssn$|^(gatu|post)?adress$|^(street_)?address$");

    private static final Pattern IDENTIFYING_VALUE = Pattern.compile(
            "(?i)^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$" // e-mail address
                    + "|^(19|20)?\\d{6}[-+]?\\d{4}$" // Swedish personnummer / samordningsnummer
                    + "|^(\\+46|0046|0)[\\s-]?7[\\d\\s-]{7,12}$" // Swedish mobile number
                    + "|^(\\+46|0046)[\\s-]?(\\(0\\))?[1-9][\\d\\s-]{5,12}$" // any Swedish number, international form
                    + "|^0[1-9]\\d{0,2}[\\s/-]\\s?\\d[\\d\\s]{4,9}$" // landline with its area code: 08-123 456 78
                    + "|^0[1-9]\\d{7,8}$"); // landline without separators: 031123456

    /** A column whose sampled values look like this in at least half the non-blank cells is dropped. */
    static final double CONTENT_SHARE = 0.5;
    /** Fewer non-blank sampled values than this say too little to judge by content. */
    static final int MIN_VALUES = 3;

    private DirectIdentifiers() {}

    /** Whether a cell looks like an e-mail address, a personnummer or a mobile number. */
    public static boolean isIdentifyingValue(String value) {
        return IDENTIFYING_VALUE.matcher(value.strip()).find();
    }

    /** Whether sampled values of a column say it holds direct identifiers. */
    static boolean isIdentifyingContent(List<String> sample) {
        List<String> values =
                sample.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        long identifying =
                values.stream().filter(DirectIdentifiers::isIdentifyingValue).count();
        return values.size() >= MIN_VALUES && identifying >= CONTENT_SHARE * values.size();
    }

    public static boolean isIdentifyingHeader(String canonicalHeader) {
        return IDENTIFYING_HEADER.matcher(canonicalHeader).find();
    }
}
