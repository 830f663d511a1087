package se.spegel.schema.input.px;

import java.io.IOException;
import java.io.Reader;

/**
 * Characters of a PC-Axis file with the line each one is on, and the two token shapes the format
 * has: a keyword entry {@code KEY[lang]("sub")=value;} and the data values after {@code DATA=}.
 */
final class PxText implements AutoCloseable {
    private final Reader reader;
    private int peeked = -2;
    private long line = 1;
    private long valueLine;

    PxText(Reader reader) {
        this.reader = reader;
    }

    long line() {
        return line;
    }

    /** The line of the last value {@link #nextDataValue} returned. */
    long valueLine() {
        return valueLine;
    }

    int peek() throws IOException {
        if (peeked == -2) {
            peeked = reader.read();
        }
        return peeked;
    }

    int next() throws IOException {
        int c = peek();
        peeked = -2;
        if (c == '\n') {
            line++;
        }
        return c;
    }

    void skipWhitespace() throws IOException {
        while (peek() >= 0 && Character.isWhitespace(peek())) {
            next();
        }
    }

    /** Everything up to (not including) {@code stop} outside double quotes; null at the end of the file. */
    String until(char stop) throws IOException {
        StringBuilder text = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = next()) >= 0) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == stop && !quoted) {
                return text.toString();
            }
            text.append((char) c); // quotes stay: PxValues reads them
        }
        return text.isEmpty() ? null : text.toString();
    }

    /**
     * The next data value: a number, or a quoted or bare symbol such as {@code ".."} or {@code -};
     * values are separated by white space or commas and end at {@code ;}. Null after the last one.
     */
    String nextDataValue() throws IOException {
        while (peek() >= 0 && (Character.isWhitespace(peek()) || peek() == ',')) {
            next();
        }
        if (peek() < 0 || peek() == ';') {
            return null;
        }
        valueLine = line;
        StringBuilder value = new StringBuilder();
        if (peek() == '"') {
            next();
            int c;
            while ((c = next()) >= 0 && c != '"') {
                value.append((char) c);
            }
            return value.toString();
        }
        while (peek() >= 0 && !Character.isWhitespace(peek()) && peek() != ',' && peek() != ';') {
            value.append((char) next());
        }
        return value.toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
