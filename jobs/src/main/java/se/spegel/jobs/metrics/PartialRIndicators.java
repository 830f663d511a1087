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
        Model model = new Model(variables, cells);
        long[] invited = new long[cells.size()];
        long[] responded = new long[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            invited[c] = cells.get(c).invited();
            responded[c] = cells.get(c).responded();
        }
        double[] values = model.compute(invited, responded);
        if (values == null) {
            return null;
        }
        List<Partial> partials = new ArrayList<>();
        for (int row = 0; row < model.rows(); row++) {
            partials.add(
                    new Partial(model.variable(row), model.category(row), values[2 + 2 * row], values[3 + 2 * row]));
        }
        return new Result(values[0], values[1], partials);
    }

    /**
     * The model's cells indexed once: per variable each cell's category and its cell of the other
     * variables, so that the bootstrap recomputes the indicators from count arrays alone.
     */
    static final class Model {
        private final List<String> variables;
        private final int cells;
        /** [variable][cell] → category index, and → index of the cell of the other variables. */
        private final int[][] category;

        private final int[][] others;
        private final List<List<String>> categoryNames = new ArrayList<>();
        private final int[] otherCounts;
        /** Output rows: (variable, category index or −1 for the variable row), categories with nobody invited left out. */
        private final List<int[]> rows = new ArrayList<>();

        Model(List<String> variables, List<Cell> cellList) {
            this.variables = List.copyOf(variables);
            this.cells = cellList.size();
            int v = variables.size();
            this.category = new int[v][cells];
            this.others = new int[v][cells];
            this.otherCounts = new int[v];
            for (Cell cell : cellList) {
                if (cell.categories().size() != v || cell.responded() > cell.invited() || cell.responded() < 0) {
                    throw new IllegalArgumentException(
                            "a cell needs one category per variable and 0 ≤ responded ≤ invited");
                }
            }
            for (int var = 0; var < v; var++) {
                Map<String, Integer> categories = new LinkedHashMap<>();
                Map<String, Integer> rest = new LinkedHashMap<>();
                long[] invitedPerCategory = new long[cells];
                for (int c = 0; c < cells; c++) {
                    Cell cell = cellList.get(c);
                    category[var][c] =
                            categories.computeIfAbsent(cell.categories().get(var), k -> categories.size());
                    others[var][c] = rest.computeIfAbsent(others(cell, var), k -> rest.size());
                    invitedPerCategory[category[var][c]] += cell.invited();
                }
                categoryNames.add(List.copyOf(categories.keySet()));
                otherCounts[var] = rest.size();
                rows.add(new int[] {var, -1});
                for (int k = 0; k < categories.size(); k++) {
                    if (invitedPerCategory[k] > 0) {
                        rows.add(new int[] {var, k}); // nobody invited in a category: it carries no propensity
                    }
                }
            }
        }

        int rows() {
            return rows.size();
        }

        String variable(int row) {
            return variables.get(rows.get(row)[0]);
        }

        String category(int row) {
            int[] r = rows.get(row);
            return r[1] < 0 ? null : categoryNames.get(r[0]).get(r[1]);
        }

        /**
         * {ρ̄, CV, then per output row its unconditional and conditional partial}; null when fewer
         * than two were invited or nobody responded.
         */
        double[] compute(long[] invited, long[] responded) {
            long totalInvited = 0;
            long totalResponded = 0;
            for (int c = 0; c < cells; c++) {
                totalInvited += invited[c];
                totalResponded += responded[c];
            }
            if (totalInvited < 2 || totalResponded == 0) {
                return null;
            }
            double n = totalInvited;
            double mean = totalResponded / n;
            double squares = 0;
            for (int c = 0; c < cells; c++) {
                squares += invited[c] * square(rate(invited[c], responded[c]) - mean);
            }
            double[] out = new double[2 + 2 * rows.size()];
            out[0] = mean;
            out[1] = Math.sqrt(squares / (n - 1)) / mean;
            int row = 0;
            for (int var = 0; var < variables.size(); var++) {
                int k = categoryNames.get(var).size();
                long[][] byCategory = new long[2][k];
                long[][] byOthers = new long[2][otherCounts[var]];
                for (int c = 0; c < cells; c++) {
                    byCategory[0][category[var][c]] += invited[c];
                    byCategory[1][category[var][c]] += responded[c];
                    byOthers[0][others[var][c]] += invited[c];
                    byOthers[1][others[var][c]] += responded[c];
                }
                double[] within = new double[k];
                for (int c = 0; c < cells; c++) {
                    if (invited[c] > 0) {
                        int o = others[var][c];
                        double otherRate = (double) byOthers[1][o] / byOthers[0][o];
                        within[category[var][c]] += invited[c] * square(rate(invited[c], responded[c]) - otherRate);
                    }
                }
                int variableRow = row++;
                double unconditional = 0;
                double conditional = 0;
                for (int cat = 0; cat < k; cat++) {
                    if (byCategory[0][cat] == 0) {
                        continue;
                    }
                    double signed = Math.sqrt(byCategory[0][cat] / n)
                            * ((double) byCategory[1][cat] / byCategory[0][cat] - mean);
                    unconditional += signed * signed;
                    conditional += within[cat] / n;
                    out[2 + 2 * row] = signed;
                    out[3 + 2 * row] = Math.sqrt(within[cat] / n);
                    row++;
                }
                out[2 + 2 * variableRow] = Math.sqrt(unconditional);
                out[3 + 2 * variableRow] = Math.sqrt(conditional);
            }
            return out;
        }
    }

    /** The cell's categories of every variable but v, as one key. */
    private static String others(Cell cell, int v) {
        List<String> rest = new ArrayList<>(cell.categories());
        rest.remove(v);
        return String.join("\u0000", rest);
    }

    private static double rate(long invited, long responded) {
        return invited == 0 ? 0 : (double) responded / invited;
    }

    private static double square(double x) {
        return x * x;
    }
}
