package se.spegel.reports;

import java.io.IOException;

/**
 * A metric table is missing, lacks a column, or holds a cell that cannot be read, or a district boundaries
 * file cannot be used. The message says where, on one line.
 */
public final class InvalidMetricsException extends IOException {

    private static final long serialVersionUID = 1L;

    public InvalidMetricsException(String message) {
        super(message);
    }
}
