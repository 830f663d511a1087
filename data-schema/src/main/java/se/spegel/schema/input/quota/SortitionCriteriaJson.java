package se.spegel.schema.input.quota;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.spegel.schema.input.InputException;

/**
 * Digidem Lab's swedish-sortition criteria file: for each criterion (feature) the ideal number of
 * seats per value and the criterion's weight,
 * <pre>{"gender": {"values": {"Man": 20, "Kvinna": 21, "Annat": 1}, "weight": 1}, ...}</pre>
 * The tool has no hard minimum or maximum: it draws many panels and keeps the one nearest the
 * ideal numbers (see {@code QuotaDistance} in jobs), so each value becomes a quota with a target
 * only. Read with Jackson's streaming parser, which knows the line and column of every key, so a
 * mistake is reported where it was written.
 */
final class SortitionCriteriaJson {
    private static final JsonFactory JSON = new JsonFactory();

    private SortitionCriteriaJson() {}

    static List<Quota> read(Path file, String processId) {
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = JSON.createParser(in)) {
            List<Quota> quotas = new ArrayList<>();
            expect(
                    parser,
                    parser.nextToken(),
                    JsonToken.START_OBJECT,
                    file,
                    "the criteria file must be one JSON object"
                            + " of criteria, {\"gender\": {\"values\": {...}, \"weight\": 1}, ...}");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String feature = parser.currentName().strip();
                JsonLocation at = parser.currentTokenLocation();
                expect(
                        parser,
                        parser.nextToken(),
                        JsonToken.START_OBJECT,
                        file,
                        "criterion '" + feature + "' must be an object {\"values\": {...}, \"weight\": 1}");
                List<Quota> criterion = criterion(parser, file, processId, feature, at);
                quotas.addAll(criterion);
            }
            if (quotas.isEmpty()) {
                throw InputException.ofFile(file, "the criteria file names no criterion");
            }
            return quotas;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ");
            throw new InputException(
                    file,
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    null,
                    "not valid JSON: " + message);
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot be read: " + e.getMessage());
        }
    }

    /** One criterion's object: its values (seats per value) and optional weight, in any order. */
    private static List<Quota> criterion(
            JsonParser parser, Path file, String processId, String feature, JsonLocation featureAt) throws IOException {
        record Value(String name, double target, JsonLocation at) {}
        List<Value> values = new ArrayList<>();
        double weight = 1;
        boolean hasValues = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            if (key.equals("values")) {
                expect(
                        parser,
                        token,
                        JsonToken.START_OBJECT,
                        file,
                        "values of '" + feature + "' must be an object of seats per value");
                hasValues = true;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName().strip();
                    JsonLocation at = parser.currentTokenLocation();
                    double seats = number(parser, parser.nextToken(), file, feature + " = " + name);
                    if (seats < 0) {
                        throw error(file, parser, "the seats of " + feature + " = " + name + " must not be negative");
                    }
                    values.add(new Value(name, seats, at));
                }
            } else if (key.equals("weight")) {
                weight = number(parser, token, file, "weight of '" + feature + "'");
                if (!(weight > 0)) {
                    throw error(file, parser, "the weight of '" + feature + "' must be above 0");
                }
            } else {
                parser.skipChildren(); // other keys are the tool's business
            }
        }
        if (!hasValues || values.isEmpty()) {
            throw new InputException(
                    file,
                    featureAt.getLineNr(),
                    featureAt.getColumnNr(),
                    null,
                    "criterion '" + feature + "' has no values");
        }
        List<Quota> quotas = new ArrayList<>();
        for (Value value : values) {
            quotas.add(new Quota(
                    processId,
                    feature,
                    value.name(),
                    null,
                    null,
                    value.target(),
                    weight,
                    file,
                    value.at().getLineNr(),
                    featureAt.getColumnNr(),
                    value.at().getColumnNr()));
        }
        return quotas;
    }

    private static double number(JsonParser parser, JsonToken token, Path file, String what) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error(file, parser, what + " must be a number, not " + parser.getText());
        }
        return parser.getDoubleValue();
    }

    private static void expect(JsonParser parser, JsonToken token, JsonToken wanted, Path file, String message) {
        if (token != wanted) {
            throw error(file, parser, message);
        }
    }

    private static InputException error(Path file, JsonParser parser, String message) {
        JsonLocation at = parser.currentTokenLocation();
        return new InputException(file, at.getLineNr(), at.getColumnNr(), null, message);
    }
}
