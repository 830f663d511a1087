package se.spegel.schema.input;

import java.util.regex.Pattern;

/**
 * Column names that carry direct identifiers (names, e-mail, phone, street address,
 * personnummer). Spegel never needs them: such columns are dropped as the file is read.
 */
public final class DirectIdentifiers {
    private static final Pattern IDENTIFYING_HEADER = Pattern.compile(
            "(?i)^(f[öo]r)?namn$|^efternamn$|^(first|last|full|sur)_?name$|^name$|^e-?post(adress)?$|^e-?mail(_address)?$"
                    + "|^mail$|^telefon(nummer)?$|^tel(efon)?nr$|^phone(_number)?$|^mobil(nummer)?$|^mobile$"
                    + "|^personnummer$|^pnr$|^personnr$|^ssn$|^(gatu|post)?adress$|^(street_)?address$");

    private DirectIdentifiers() {}

    public static boolean isIdentifyingHeader(String canonicalHeader) {
        return IDENTIFYING_HEADER.matcher(canonicalHeader).find();
    }
}
