package se.spegel.schema.config;

/** An age band "LOW-HIGH" (inclusive) or "LOW+" (open-ended, {@code high} = Integer.MAX_VALUE). */
public record AgeBand(String code, int low, int high) implements java.io.Serializable {

    public static AgeBand parse(String code) {
        String text = code.strip();
        try {
            if (text.endsWith("+")) {
                return new AgeBand(
                        text,
                        Integer.parseInt(text.substring(0, text.length() - 1).strip()),
                        Integer.MAX_VALUE);
            }
            int dash = text.indexOf('-', 1);
            if (dash < 0) {
                int single = Integer.parseInt(text);
                return new AgeBand(text, single, single);
            }
            return new AgeBand(
                    text,
                    Integer.parseInt(text.substring(0, dash).strip()),
                    Integer.parseInt(text.substring(dash + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("age band '" + code + "' is not of the form 16-24 or 85+");
        }
    }

    public boolean contains(int age) {
        return age >= low && age <= high;
    }
}
