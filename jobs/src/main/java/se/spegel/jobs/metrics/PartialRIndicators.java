package se.spegel.jobs.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Partial R-indicators (Schouten, Shlomo and Skinner 2011, "Indicators for monitoring and
 * improving representativeness of response", Journal of Official Statistics 27(2), 231–253; the
 * RISQ project's tools): which auxiliary variable, and which of its categories, drives the lack
 * of representativeness of a random invitation's response.
 *
 * <p>Response propensities come from a saturated model of the variables: ρ_i is the response rate
 * of person i's cell (the cross-classification of all variables), ρ̄ the overall rate, N the
 * number invited. For a variable Z with categories k (N_k invited, mean propensity ρ̄_k):
 * <ul>
 * <li>unconditional P_U(Z) = √(Σ_k (N_k/N)(ρ̄_k − ρ̄)²), the between-category spread of the
 *     propensities; per category P_U(Z, k) = √(N_k/N)(ρ̄_k − ρ̄), signed (negative: the category
 *     responded less than the invited as a whole), so that P_U(Z)² = Σ_k P_U(Z, k)²;</li>
 * <li>conditional P_C(Z) = √((1/N) Σ_i (ρ_i − ρ̄_{X⁻(i)})²), the spread Z adds within the cells
 *     X⁻ of the other variables (ρ̄_{X⁻(i)} the response rate of i's cell of the others); per
 *     category P_C(Z, k) is the same sum over the i in k, so that P_C(Z)² = Σ_k P_C(Z, k)².</li>
 * </ul>
 * With one variable the other variables' cell is everyone, so P_C = P_U, and P_U is S(ρ) with the
 * divisor N instead of N − 1: R = 1 − 2·√(N/(N − 1))·P_U ({@link RIndicator}). The coefficient of
 * variation CV = S(ρ)/ρ̄ (S with divisor N − 1, as in R) is the propensities' spread relative to the
 * response rate, the scale-free companion of R.
 */
public final class PartialRIndicators {
    private PartialRIndicators() {}

    /** One cell of the model: its category of each variable (in the variables' order), invited and responded. */
    public record Cell(List<String> categories, long invited, long responded) {}

    /** A variable's row ({@code category} null) or one of its categories' rows. */
    public record Partial(String variable, String category, double unconditional, double conditional) {}

    /** The overall response rate ρ̄, the propensities' CV and the partials: each variable's row, then its categories'. */
    public record Result(double responseRate, double coefficientOfVariation, List<Partial> partials) {}

    /** Null when fewer than two people were invited or nobody responded. */
    public static Result of(List<String> variables, List<Cell> cells) {
        long invited = 0;
        long responded = 0;
        for (Cell cell : cells) {
            if (cell.categories().size() != variables.size() || cell.responded() > cell.invited() || cell.responded() < 0) {
                throw new IllegalArgumentException("a cell needs one category per variable and 0 ≤ responded ≤ invited");
            }
            invited += cell.invited();
            responded += cell.responded();
        }
        if (invited < 2 || responded == 0) {
            return null;
        }
        double n = invited;
        double mean = responded / n;
        double squares = 0;
        for (Cell cell : cells) {
            squares += cell.invited() * square(rate(cell) - mean);
        }
        double cv = Math.sqrt(squares / (n - 1)) / mean;
        List<Partial> partials = new ArrayList<>();
        for (int v = 0; v < variables.size(); v++) {
            partials.addAll(partials(variables.get(v), v, cells, n, mean));
        }
        return new Result(mean, cv, partials);
    }

    private static List<Partial> partials(String variable, int v, List<Cell> cells, double n, double mean) {
        Map<String, long[]> byCategory = totals(cells, c -> c.categories().get(v));
        Map<String, long[]> byOthers = totals(cells, c -> others(c, v));
        Map<String, Double> within = new LinkedHashMap<>();
        for (Cell cell : cells) {
            if (cell.invited() == 0) {
                continue;
            }
            long[] other = byOthers.get(others(cell, v));
            double otherRate = (double) other[1] / other[0];
            within.merge(cell.categories().get(v), cell.invited() * square(rate(cell) - otherRate), Double::sum);
        }
        List<Partial> categories = new ArrayList<>();
        double unconditional = 0;
        double conditional = 0;
        for (Map.Entry<String, long[]> category : byCategory.entrySet()) {
            long[] t = category.getValue();
            if (t[0] == 0) {
                continue; // nobody invited in the category: it carries no propensity
            }
            double signed = Math.sqrt(t[0] / n) * ((double) t[1] / t[0] - mean);
            double withinShare = within.get(category.getKey()) / n;
            unconditional += signed * signed;
            conditional += withinShare;
            categories.add(new Partial(variable, category.getKey(), signed, Math.sqrt(withinShare)));
        }
        List<Partial> rows = new ArrayList<>();
        rows.add(new Partial(variable, null, Math.sqrt(unconditional), Math.sqrt(conditional)));
        rows.addAll(categories);
        return rows;
    }

    /** Invited and responded per key, keys in first-seen order. */
    private static Map<String, long[]> totals(List<Cell> cells, java.util.function.Function<Cell, String> key) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (Cell cell : cells) {
            long[] t = totals.computeIfAbsent(key.apply(cell), k -> new long[2]);
            t[0] += cell.invited();
            t[1] += cell.responded();
        }
        return totals;
    }

    /** The cell's categories of every variable but v, as one key. */
    private static String others(Cell cell, int v) {
        List<String> rest = new ArrayList<>(cell.categories());
        rest.remove(v);
        return String.join("\u0000", rest);
    }

    private static double rate(Cell cell) {
        return cell.invited() == 0 ? 0 : (double) cell.responded() / cell.invited();
    }

    private static double square(double x) {
        return x * x;
    }
}
