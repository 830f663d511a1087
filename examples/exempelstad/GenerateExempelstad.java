import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Predicate;

/**
 * Generates the bundled sample data for the fictional municipality Exempelstad (kommun 9901).
 *
 * <p>Run: {@code java examples/exempelstad/GenerateExempelstad.java examples/exempelstad}
 *
 * <p>Everything is drawn from {@link Random}s with constant seeds (one for the population,
 * education and participants, a separate one for the origin-by-age table so that adding it
 * shifted no other draw), and only {@link StrictMath} is used for floating point, so every
 * run on every JDK writes byte-identical files (tests are written against the printed summary).
 * Participants are drawn from the generated population tables, so they are
 * consistent with them; the skews per method are what the demo reports should find.
 */
public class GenerateExempelstad {

    static final long SEED = 9901_2024L;
    static final long ORIGIN_SEED = 9901_2024_03L; // own stream: the origin table must not shift any other draw
    static final long CLIMATE_SEED = 9901_2024_18L; // own stream: the climate answers must not shift any other draw
    /** The survey benchmark (survey_climate.csv) and the assembly's answers: the pool is more worried than the survey. */
    static final String[] CLIMATE_ANSWERS = {"Mycket orolig", "Ganska orolig", "Inte särskilt orolig", "Inte alls orolig"};
    static final double[] CLIMATE_SURVEY = {0.28, 0.42, 0.21, 0.09};
    static final double[] CLIMATE_RESPONDERS = {0.42, 0.39, 0.13, 0.06};
    static final int CLIMATE_SURVEY_N = 1200;
    static final int PERIOD = 2024;
    static final int MAX_AGE = 100; // the age 100 means "100 or older", as in SCB tables
    static final int EDU_MIN_AGE = 25, EDU_MAX_AGE = 64; // universe of SCB's education table
    static final String[] GENDER_LABELS = {"män", "kvinnor"};
    static final String[] EDUCATIONS = {"förgymnasial", "gymnasial", "eftergymnasial < 3 år", "eftergymnasial ≥ 3 år", "uppgift saknas"};
    static final int EDU_MISSING = 4;
    static final String[] ORIGINS = {"svensk_bakgrund", "fodd_i_sverige_utlandsk_bakgrund", "fodd_utomlands"};
    static final String[] OUTSIDE_CODES = {"9902R001", "9902R003", "9903R002"}; // neighbouring municipalities, not in areas.csv

    final Random rnd = new Random(SEED);
    final Random originRnd = new Random(ORIGIN_SEED);
    final Random climateRnd = new Random(CLIMATE_SEED);

    /** A RegSO district: size, educational tilt (-1..1), origin mix and how its age pyramid differs. */
    record District(String code, String name, int size, double eduTilt, double[] originShares, DoubleUnaryOperator ageFactor) {
        String deso(int i) { return "9901A" + code.substring(5) + i; } // 9901R001 -> 9901A0011, 9901A0012
    }

    static final List<District> DISTRICTS = List.of(
            // inner city: young adults, few children
            new District("9901R001", "Centrum", 12_000, 0.5, new double[]{0.72, 0.06, 0.22},
                    a -> 1 + 0.9 * bump(a, 27, 6) - (a < 16 ? 0.4 : 0)),
            // student district next to the university college
            new District("9901R002", "Norrstrand", 9_000, 0.8, new double[]{0.74, 0.05, 0.21},
                    a -> 1 + 3.0 * bump(a, 23, 3.5) - (a < 16 ? 0.5 : 0) - (a >= 65 ? 0.3 : 0)),
            // new-built harbour area, mixed
            new District("9901R003", "Södra hamnen", 10_000, -0.3, new double[]{0.62, 0.09, 0.29},
                    a -> 1 + 0.5 * bump(a, 32, 7) + 0.3 * bump(a, 5, 5)),
            // family suburb of detached houses: children and parents aged 35-49
            new District("9901R004", "Österäng", 11_000, 0.3, new double[]{0.84, 0.04, 0.12},
                    a -> 1 + 0.8 * bump(a, 9, 6) + 0.7 * bump(a, 42, 6) - 0.5 * bump(a, 23, 3) - (a >= 70 ? 0.3 : 0)),
            // older district: pensioners in villas and senior housing
            new District("9901R005", "Västby", 9_000, 0.0, new double[]{0.86, 0.03, 0.11},
                    a -> 1 + 1.2 / (1 + StrictMath.exp(-(a - 60) / 5.0)) - (a < 30 ? 0.4 : 0)),
            // 1970s housing estate: many born abroad, lower formal education
            new District("9901R006", "Kvarnbacken", 9_000, -0.8, new double[]{0.52, 0.14, 0.34},
                    a -> 1 + 0.3 * bump(a, 8, 6) + 0.3 * bump(a, 30, 8)));

    static double bump(double a, double mu, double sd) { return StrictMath.exp(-0.5 * ((a - mu) / sd) * ((a - mu) / sd)); }

    /** Swedish-like base pyramid: flat cohorts, mortality from ~75, women living about three years longer. */
    static double baseAgeWeight(int age, int gender) {
        if (age == MAX_AGE) { // the open-ended group 100+ holds every single year from 100 up
            double sum = 0;
            for (int a = MAX_AGE; a <= 110; a++) sum += singleYearWeight(a, gender);
            return sum;
        }
        return singleYearWeight(age, gender);
    }

    static double singleYearWeight(int age, int gender) {
        double births = gender == 0 ? 1.04 : 1.0; // slightly more boys are born
        double lifespan = gender == 0 ? 86 : 89;
        double survival = 1 / (1 + StrictMath.exp((age - lifespan) / 4.5));
        if (age > 92) survival *= StrictMath.exp(-0.25 * (age - 92)); // thin the tail so 100+ stays a handful
        double cohorts = 1 + 0.10 * bump(age, 34, 5) + 0.08 * bump(age, 77, 3); // 1990 and 1946 baby booms
        return births * survival * cohorts;
    }

    /** Education level shares (index as EDUCATIONS) at a given age; tilt moves a district up or down. */
    static double[] educationShares(int age, double tilt) {
        if (age < 19) return new double[]{0.95, 0.05, 0, 0, 0}; // still in school
        if (age < 22) return new double[]{0.14, 0.80, 0.04, 0.02, 0};
        if (age < 25) return new double[]{0.10, 0.62, 0.14, 0.14, 0};
        double longer = age < 30 ? 0.30 + 0.016 * (age - 25) : 0.38 - 0.005 * (age - 30); // younger cohorts study longer
        longer = Math.max(0.04, longer + 0.10 * tilt);
        double compulsory = 0.07 + 0.003 * Math.max(0, age - 40) + 0.012 * Math.max(0, age - 64);
        compulsory = Math.min(0.55, Math.max(0.02, compulsory - 0.04 * tilt));
        double shorter = 0.16, missing = 0.012 + 0.008 * Math.max(0, -tilt);
        return new double[]{compulsory, 1 - compulsory - shorter - longer - missing, shorter, longer, missing};
    }

    /**
     * How common each origin is at an age relative to its all-ages share (index as ORIGINS), as
     * piecewise-linear curves over AGE_KNOTS: the born-abroad peak at 25–44, Swedish-born children
     * of immigrants concentrated among children and young adults, few of either among the oldest.
     */
    static final int[] AGE_KNOTS = {0, 6, 16, 25, 35, 45, 65, 80, MAX_AGE};
    static final double[][] ORIGIN_AGE_PROFILE = {
            {1, 1, 1, 1, 1, 1, 1, 1, 1},                                 // svensk_bakgrund
            {2.8, 2.7, 2.3, 1.6, 1.0, 0.55, 0.3, 0.15, 0.1},            // fodd_i_sverige_utlandsk_bakgrund
            {0.15, 0.45, 0.75, 1.4, 1.6, 1.3, 0.8, 0.5, 0.35}};         // fodd_utomlands

    static double originAgeFactor(int origin, int age) {
        double[] y = ORIGIN_AGE_PROFILE[origin];
        int i = 1;
        while (AGE_KNOTS[i] < age) i++;
        double t = (age - AGE_KNOTS[i - 1]) / (double) (AGE_KNOTS[i] - AGE_KNOTS[i - 1]);
        return y[i - 1] + t * (y[i] - y[i - 1]);
    }

    // ---------------------------------------------------------------- population

    final int[][][] pop = new int[DISTRICTS.size()][2][MAX_AGE + 1]; // [district][gender 0=män 1=kvinnor][age]

    void generatePopulation() {
        for (int d = 0; d < DISTRICTS.size(); d++) {
            District district = DISTRICTS.get(d);
            double[][] weight = new double[2][MAX_AGE + 1];
            double total = 0;
            for (int g = 0; g < 2; g++)
                for (int a = 0; a <= MAX_AGE; a++)
                    total += weight[g][a] = baseAgeWeight(a, g) * Math.max(0.05, district.ageFactor().applyAsDouble(a));
            for (int g = 0; g < 2; g++)
                for (int a = 0; a <= MAX_AGE; a++) // 5 % noise so single years look like real counts
                    pop[d][g][a] = (int) Math.max(0, Math.round(district.size() * weight[g][a] / total * (1 + 0.05 * rnd.nextGaussian())));
        }
    }

    int districtTotal(int d) {
        int sum = 0;
        for (int[] byAge : pop[d]) for (int n : byAge) sum += n;
        return sum;
    }

    /** Splits total into integer parts proportional to shares (largest remainder), so sums match exactly. */
    static int[] allocate(int total, double[] shares) {
        double sum = Arrays.stream(shares).sum();
        int[] out = new int[shares.length];
        double[] remainder = new double[shares.length];
        int used = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = total * shares[i] / sum;
            out[i] = (int) Math.floor(exact);
            remainder[i] = exact - out[i];
            used += out[i];
        }
        for (int left = total - used; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < shares.length; i++) if (remainder[i] > remainder[best]) best = i;
            out[best]++;
            remainder[best] = -1;
        }
        return out;
    }

    // ---------------------------------------------------------------- participants

    /** One resident: indices into DISTRICTS, GENDER_LABELS (0 man, 1 woman), EDUCATIONS, ORIGINS. */
    record Person(int district, int age, int gender, int education, int origin) {}

    /** Relative propensity to take part, by attribute; multiplied together. */
    record Skew(DoubleUnaryOperator age, double[] gender, double[] district, double[] education, double[] origin) {
        double of(Person p) {
            return age.applyAsDouble(p.age()) * gender[p.gender()] * district[p.district()] * education[p.education()] * origin[p.origin()];
        }
    }

    static final double[] ONE2 = {1, 1}, ONE3 = {1, 1, 1}, ONE4 = {1, 1, 1, 1}, ONE6 = {1, 1, 1, 1, 1, 1};
    static final Skew OPEN_MEETING = new Skew(a -> a < 30 ? 0.15 : a < 50 ? 0.5 : a <= 80 ? 3.0 : 0.8,
            new double[]{1.05, 1}, new double[]{10, 1, 1, 1, 1, 1}, new double[]{0.35, 0.8, 1.4, 2.6}, new double[]{1, 0.6, 0.35});
    static final Skew BUDGET = new Skew(a -> a < 25 ? 1.4 : a >= 75 ? 0.6 : 1,
            new double[]{1, 1.5}, new double[]{1.1, 1.3, 0.9, 1, 0.9, 0.8}, new double[]{0.8, 1, 1.1, 1.3}, new double[]{1, 1.1, 0.9});
    static final Skew ASSEMBLY_RESPONSE = new Skew(a -> a < 30 ? 0.55 : a < 45 ? 0.85 : a < 65 ? 1.2 : a < 80 ? 1.7 : 0.8,
            new double[]{1, 1.35}, ONE6, new double[]{0.55, 0.85, 1.2, 2.0}, new double[]{1, 0.8, 0.55});

    /** Draws a weighted index from non-negative weights. */
    int pick(double[] weights) {
        double total = Arrays.stream(weights).sum(), u = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) if ((u -= weights[i]) < 0 && weights[i] > 0) return i;
        for (int i = weights.length - 1; ; i--) if (weights[i] > 0) return i; // rounding at the very end
    }

    /** Education and origin are not in the age×gender table, so they are drawn given district and age. */
    Person completePerson(int d, int age, int g, Skew skew) {
        double[] edu = Arrays.copyOf(educationShares(age, DISTRICTS.get(d).eduTilt()), 4); // people answer; "uppgift saknas" is a register gap
        double[] origin = DISTRICTS.get(d).originShares().clone();
        for (int k = 0; k < 4; k++) edu[k] *= skew.education()[k];
        for (int k = 0; k < 3; k++) origin[k] *= skew.origin()[k];
        return new Person(d, age, g, pick(edu), pick(origin));
    }

    /** Draws n residents aged minAge+ with replacement, each cell weighted by its count times the skew. */
    List<Person> drawResidents(int n, int minAge, Skew skew) {
        double[] w = new double[DISTRICTS.size() * 2 * (MAX_AGE + 1)];
        for (int d = 0; d < DISTRICTS.size(); d++)
            for (int g = 0; g < 2; g++)
                for (int a = minAge; a <= MAX_AGE; a++)
                    w[cell(d, g, a)] = pop[d][g][a] * skew.age().applyAsDouble(a) * skew.gender()[g] * skew.district()[d];
        double[] cumulative = w.clone();
        for (int i = 1; i < cumulative.length; i++) cumulative[i] += cumulative[i - 1];
        List<Person> out = new ArrayList<>();
        while (out.size() < n) {
            int i = Arrays.binarySearch(cumulative, rnd.nextDouble() * cumulative[cumulative.length - 1]);
            i = i >= 0 ? i + 1 : -i - 1;
            if (w[i] == 0) continue;
            out.add(personInCell(i, skew));
        }
        return out;
    }

    /** Cells of the age×gender table flattened to one index, so one weighted draw picks district, gender and age. */
    static int cell(int d, int g, int a) { return (d * 2 + g) * (MAX_AGE + 1) + a; }

    Person personInCell(int i, Skew skew) {
        return completePerson(i / (2 * (MAX_AGE + 1)), i % (MAX_AGE + 1), (i / (MAX_AGE + 1)) % 2, skew);
    }

    /** A simple random sample of residents aged minAge+ without replacement: the assembly's invitation letters. */
    List<Person> drawInvitations(int n, int minAge) {
        double[] remaining = new double[DISTRICTS.size() * 2 * (MAX_AGE + 1)];
        for (int d = 0; d < DISTRICTS.size(); d++)
            for (int g = 0; g < 2; g++)
                for (int a = minAge; a <= MAX_AGE; a++) remaining[cell(d, g, a)] = pop[d][g][a];
        Skew neutral = new Skew(a -> 1, ONE2, ONE6, ONE4, ONE3);
        List<Person> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = pick(remaining);
            remaining[i]--;
            out.add(personInCell(i, neutral));
        }
        return out;
    }

    /** Weighted sampling without replacement (Efraimidis–Spirakis keys u^(1/w)): who answers the invitation. */
    List<Integer> weightedSample(List<Person> people, Skew skew, int n) {
        Integer[] idx = new Integer[people.size()];
        double[] key = new double[people.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
            key[i] = StrictMath.pow(rnd.nextDouble(), 1 / skew.of(people.get(i)));
        }
        Arrays.sort(idx, (x, y) -> Double.compare(key[y], key[x]));
        List<Integer> chosen = new ArrayList<>(Arrays.asList(idx).subList(0, n));
        Collections.sort(chosen);
        return chosen;
    }

    static int lotteryStratum(Person p) { return p.gender() * 4 + (p.age() < 30 ? 0 : p.age() < 45 ? 1 : p.age() < 65 ? 2 : 3); }

    /**
     * Stratified lottery on gender × age band, seats proportional to the 16+ population and capped
     * by who responded, and balanced on district as Swedish lotteries are (swedish-sortition's
     * "geografi"): a stratified draw is kept only when every district's seats lie within one of
     * seats × its 16+ share, else drawn again.
     */
    List<Integer> stratifiedLottery(List<Person> people, List<Integer> responders, int seats) {
        double[] popShare = new double[8];
        districtShares = new double[DISTRICTS.size()];
        for (int d = 0; d < DISTRICTS.size(); d++)
            for (int g = 0; g < 2; g++)
                for (int a = 16; a <= MAX_AGE; a++) {
                    popShare[lotteryStratum(new Person(d, a, g, 0, 0))] += pop[d][g][a];
                    districtShares[d] += pop[d][g][a];
                }
        List<List<Integer>> byStratum = new ArrayList<>();
        for (int s = 0; s < 8; s++) byStratum.add(new ArrayList<>());
        for (int i : responders) byStratum.get(lotteryStratum(people.get(i))).add(i);
        int[] quota = allocate(seats, popShare);
        lotteryShares = popShare.clone();
        int spare = 0;
        for (int s = 0; s < 8; s++) { // too few responders in a stratum: its seats go elsewhere
            int cap = byStratum.get(s).size();
            if (quota[s] > cap) { spare += quota[s] - cap; quota[s] = cap; }
        }
        for (; spare > 0; spare--) { // to the stratum furthest below its fair share that still has people
            int best = -1;
            for (int s = 0; s < 8; s++)
                if (quota[s] < byStratum.get(s).size()
                        && (best < 0 || seats * popShare[s] / sum(popShare) - quota[s] > seats * popShare[best] / sum(popShare) - quota[best]))
                    best = s;
            quota[best]++;
        }
        // the first draw takes the main stream's numbers, redraws their own stream: they shift no other file's draws
        List<Integer> chosen = balancedDraw(rnd, new Random(SEED + 5), people, byStratum, quota, seats);
        // each responder's chance of a seat, estimated by repeating the lottery on its own stream
        Random repeats = new Random(SEED + 7);
        selectionCounts = new HashMap<>();
        for (int r = 0; r < PROBABILITY_REPEATS; r++) {
            for (int i : balancedDraw(repeats, repeats, people, byStratum, quota, seats)) selectionCounts.merge(i, 1, Integer::sum);
        }
        Collections.sort(chosen);
        return chosen;
    }

    static final int PROBABILITY_REPEATS = 4000;

    List<Integer> balancedDraw(Random first, Random redraws, List<Person> people, List<List<Integer>> byStratum, int[] quota, int seats) {
        double total = sum(districtShares);
        for (Random random = first; ; random = redraws) {
            List<Integer> chosen = new ArrayList<>();
            for (int s = 0; s < 8; s++) chosen.addAll(shuffle(byStratum.get(s), random).subList(0, quota[s]));
            int[] perDistrict = new int[DISTRICTS.size()];
            for (int i : chosen) perDistrict[people.get(i).district()]++;
            boolean balanced = true;
            for (int d = 0; d < perDistrict.length; d++) {
                double target = seats * districtShares[d] / total;
                balanced &= perDistrict[d] >= Math.floor(target) - 1 && perDistrict[d] <= Math.ceil(target) + 1;
            }
            if (balanced) return chosen;
        }
    }

    static double sum(double[] xs) { return Arrays.stream(xs).sum(); }

    /** Fisher–Yates with our own generator (Collections.shuffle's algorithm is not specified). */
    <T> List<T> shuffle(List<T> list) {
        return shuffle(list, rnd);
    }

    static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> out = new ArrayList<>(list);
        for (int i = out.size() - 1; i > 0; i--) Collections.swap(out, i, random.nextInt(i + 1));
        return out;
    }

    // ---------------------------------------------------------------- writing rows, with deliberate mess

    /** One participants.csv row; canonicalGender ("kvinna", "man", "annat", "missing") is kept for the summary. */
    static final class Row {
        String processId, personId = "", stage, age = "", birthYear = "", gender, education, origin, area;
        /** "ja" for a reserve drawn after the first draw (the assembly only); the person's index in its process. */
        String replacement = "";
        /** The assembly's application form asked about climate worry: answered from the responded stage on. */
        String climate = "";
        int index;
        String canonicalGender;
        Row(String processId, String stage) { this.processId = processId; this.stage = stage; }
    }

    /** How untidy a process's list is: counts of fixed oddities and rates of random ones. */
    record Mess(int genderBlank, int genderRefused, int nonBinary, int outside, int areaBlank, int eduRefused,
                double eduBlankRate, double originBlankRate, double stageBlankRate, Set<String> tidyStages) {}

    List<Row> toRows(String processId, List<Person> people, List<String> stages, Mess mess) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            Row r = new Row(processId, rnd.nextDouble() < mess.stageBlankRate() ? "" : stages.get(i));
            r.index = i;
            if (rnd.nextDouble() < 0.15) r.birthYear = String.valueOf(PERIOD - p.age()); else r.age = String.valueOf(p.age());
            String[][] spellings = {{"man", "Man", "M"}, {"kvinna", "Kvinna", "K"}};
            r.gender = spellings[p.gender()][rnd.nextInt(3)];
            r.canonicalGender = p.gender() == 0 ? "man" : "kvinna";
            r.education = rnd.nextDouble() < mess.eduBlankRate() ? "" : EDUCATIONS[p.education()];
            r.origin = rnd.nextDouble() < mess.originBlankRate() ? "" : ORIGINS[p.origin()];
            District d = DISTRICTS.get(p.district());
            r.area = rnd.nextDouble() < 0.10 ? d.deso(1 + rnd.nextInt(2)) : d.code(); // some lists give the finer DeSO
            rows.add(r);
        }
        // fixed-count oddities go to distinct rows, never to the stages a lottery relied on
        List<Row> messable = shuffle(rows.stream().filter(r -> !mess.tidyStages().contains(r.stage)).toList());
        Iterator<Row> it = messable.iterator();
        repeat(mess.genderBlank(), it, r -> { r.gender = ""; r.canonicalGender = "missing"; });
        repeat(mess.genderRefused(), it, r -> { r.gender = "vill ej uppge"; r.canonicalGender = "missing"; });
        repeat(mess.nonBinary(), it, r -> { r.gender = "icke-binär"; r.canonicalGender = "annat"; });
        repeat(mess.outside(), it, r -> r.area = OUTSIDE_CODES[rnd.nextInt(OUTSIDE_CODES.length)]);
        repeat(mess.areaBlank(), it, r -> r.area = "");
        repeat(mess.eduRefused(), it, r -> r.education = "vill ej uppge");
        assignPersonIds(rows);
        rows.sort(Comparator.comparing(r -> r.personId));
        return rows;
    }

    static void repeat(int n, Iterator<Row> rows, java.util.function.Consumer<Row> change) {
        for (int i = 0; i < n; i++) change.accept(rows.next());
    }

    /** Pseudonymous ids: distinct random six-digit numbers, so row order says nothing about the person. */
    void assignPersonIds(List<Row> rows) {
        Set<Integer> used = new HashSet<>();
        for (Row r : rows) {
            int id;
            do id = 1 + rnd.nextInt(999_999); while (!used.add(id));
            r.personId = String.format(Locale.ROOT, "p%06d", id);
        }
    }

    List<Row> openMeeting() {
        List<Person> people = drawResidents(82, 16, OPEN_MEETING);
        return toRows("oppet-mote-centrum", people, Collections.nCopies(people.size(), "attended"),
                new Mess(1, 1, 0, 3, 1, 2, 0.06, 0.05, 0.45, Set.of()));
    }

    List<Row> participatoryBudget() {
        List<Person> people = drawResidents(3000, 16, BUDGET);
        return toRows("medborgarbudget-2025", people, Collections.nCopies(people.size(), "voted"),
                new Mess(3, 2, 1, 5, 2, 25, 0.29, 0.20, 0.30, Set.of()));
    }

    /** The assembly's lottery, kept for its quota and probability files: per stratum the 16+ population, seats, pool. */
    double[] lotteryShares;
    double[] districtShares;
    Map<Integer, Integer> selectionCounts;
    List<Person> assemblyInvited;
    Set<Integer> assemblyNoShows;

    /** 2500 invited at random, 180 respond (skewed), 45 drawn by stratified lottery, 40 attend. */
    List<Row> citizensAssembly() {
        List<Person> invited = drawInvitations(2500, 16);
        List<Integer> responded = weightedSample(invited, ASSEMBLY_RESPONSE, 180);
        List<Integer> selected = stratifiedLottery(invited, responded, 45);
        Set<Integer> noShows = new HashSet<>(shuffle(selected).subList(0, 5));
        List<String> stages = new ArrayList<>(Collections.nCopies(invited.size(), "invited"));
        for (int i : responded) stages.set(i, "responded");
        for (int i : selected) stages.set(i, noShows.contains(i) ? "selected" : "attended");
        assemblyInvited = invited;
        assemblyNoShows = noShows;
        List<Row> rows = toRows("medborgarrad-klimat", invited, stages,
                new Mess(2, 2, 0, 4, 1, 3, 0.04, 0.03, 0.0, Set.of("selected", "attended")));
        markReplacements(rows);
        return rows;
    }

    /**
     * Of the 45 seats, three went to reserves drawn after the first draw: for the first three no-shows
     * (by index), an attendee of the same stratum (the first by index) is marked as the reserve that
     * replaced them. Draws no random numbers, so every other row stays as it was.
     */
    void markReplacements(List<Row> rows) {
        Map<Integer, Row> byIndex = new HashMap<>();
        rows.forEach(r -> byIndex.put(r.index, r));
        int marked = 0;
        for (int noShow : new TreeSet<>(assemblyNoShows)) {
            int stratum = lotteryStratum(assemblyInvited.get(noShow));
            for (int i = 0; i < assemblyInvited.size() && marked < 3; i++) {
                Row r = byIndex.get(i);
                if (r.stage.equals("attended") && r.replacement.isEmpty() && lotteryStratum(assemblyInvited.get(i)) == stratum) {
                    r.replacement = "ja";
                    marked++;
                    break;
                }
            }
        }
    }

    /** The lottery's quotas per gender and age band: 45 × the 16+ population share, ±1 seat around it. */
    List<String> quotaLines() {
        List<String> out = new ArrayList<>();
        double total = sum(lotteryShares);
        String[] genders = {"Man", "Kvinna"};
        for (int g = 1; g >= 0; g--) {
            double share = 0;
            for (int a = 0; a < 4; a++) share += lotteryShares[g * 4 + a];
            out.add(quotaLine("kön", genders[g], 45 * share / total));
        }
        String[] bands = {"16-29", "30-44", "45-64", "65+"};
        for (int a = 0; a < 4; a++) {
            out.add(quotaLine("ålder", bands[a], 45 * (lotteryShares[a] + lotteryShares[4 + a]) / total));
        }
        for (int d = 0; d < DISTRICTS.size(); d++) {
            out.add(quotaLine("geografi", DISTRICTS.get(d).name(), 45 * districtShares[d] / sum(districtShares)));
        }
        return out;
    }

    static String quotaLine(String feature, String value, double target) {
        return csvLine("medborgarrad-klimat", feature, value, (int) Math.floor(target) - 1, (int) Math.ceil(target) + 1,
                String.format(Locale.ROOT, "%.2f", target));
    }

    /** Each responder's chance of a seat: the share of the lottery's repeats that seated them. */
    List<String> probabilityLines(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.processId.equals("medborgarrad-klimat") && !r.stage.equals("invited")) {
                double chance = selectionCounts.getOrDefault(r.index, 0) / (double) PROBABILITY_REPEATS;
                out.add(csvLine(r.processId, r.personId, String.format(Locale.ROOT, "%.6f", chance)));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- files and summary

    static String csvLine(Object... fields) {
        StringJoiner line = new StringJoiner(",");
        for (Object f : fields) {
            String s = String.valueOf(f);
            line.add(s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
        }
        return line + "\n";
    }

    final Map<String, Integer> rowsPerFile = new LinkedHashMap<>();

    void write(Path dir, String file, String header, List<String> lines) throws IOException {
        StringBuilder sb = new StringBuilder(header).append('\n');
        lines.forEach(sb::append);
        Files.write(dir.resolve(file), sb.toString().getBytes(StandardCharsets.UTF_8));
        rowsPerFile.put(file, lines.size());
    }

    List<String> areaLines() {
        List<String> out = new ArrayList<>(List.of(csvLine("SE", "", "riket", "Sverige"),
                csvLine("99", "SE", "lan", "Exempellän"), csvLine("9901", "99", "kommun", "Exempelstad")));
        for (District d : DISTRICTS) out.add(csvLine(d.code(), "9901", "regso", d.name()));
        for (District d : DISTRICTS)
            for (int i = 1; i <= 2; i++) out.add(csvLine(d.deso(i), d.code(), "deso", d.name() + " " + (i == 1 ? "norra" : "södra")));
        return out;
    }

    List<String> ageGenderLines() {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < DISTRICTS.size(); d++)
            for (int a = 0; a <= MAX_AGE; a++)
                for (int g = 0; g < 2; g++) out.add(csvLine(PERIOD, DISTRICTS.get(d).code(), a, GENDER_LABELS[g], pop[d][g][a]));
        return out;
    }

    List<String> educationLines() {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < DISTRICTS.size(); d++)
            for (int a = EDU_MIN_AGE; a <= EDU_MAX_AGE; a++) {
                double[] shares = educationShares(a, DISTRICTS.get(d).eduTilt());
                for (int k = 0; k < shares.length; k++) shares[k] *= Math.max(0.5, 1 + 0.04 * rnd.nextGaussian());
                int[] counts = allocate(pop[d][0][a] + pop[d][1][a], shares); // sums to men + women exactly
                for (int k = 0; k < counts.length; k++) out.add(csvLine(PERIOD, DISTRICTS.get(d).code(), a, EDUCATIONS[k], counts[k]));
            }
        return out;
    }

    /** Residents per district × age × origin; each district × age sums exactly to men + women. */
    List<String> originLines() {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < DISTRICTS.size(); d++) {
            double[] scale = originScales(d);
            for (int a = 0; a <= MAX_AGE; a++) {
                double[] shares = originShares(d, a, scale);
                for (int k = 0; k < shares.length; k++) shares[k] *= Math.max(0.5, 1 + 0.06 * originRnd.nextGaussian());
                int[] counts = allocate(pop[d][0][a] + pop[d][1][a], shares);
                for (int k = 0; k < counts.length; k++) out.add(csvLine(PERIOD, DISTRICTS.get(d).code(), a, ORIGINS[k], counts[k]));
            }
        }
        return out;
    }

    /** Unnormalised origin shares at an age: the district's mix, times the age profile, times the fitted scale. */
    static double[] originShares(int d, int age, double[] scale) {
        double[] shares = DISTRICTS.get(d).originShares().clone();
        for (int k = 0; k < shares.length; k++) shares[k] *= originAgeFactor(k, age) * scale[k];
        return shares;
    }

    /**
     * Per-origin multipliers that make the district's expected origin totals equal its all-ages
     * mix (iterative proportional fitting of the age × origin table to both margins).
     */
    double[] originScales(int d) {
        double[] target = Arrays.stream(allocate(districtTotal(d), DISTRICTS.get(d).originShares())).asDoubleStream().toArray();
        double[] scale = {1, 1, 1};
        for (int iteration = 0; iteration < 200; iteration++) {
            double[] expected = expectedOriginTotals(d, scale);
            for (int k = 0; k < scale.length; k++) scale[k] *= target[k] / expected[k];
        }
        return scale;
    }

    double[] expectedOriginTotals(int d, double[] scale) {
        double[] totals = new double[ORIGINS.length];
        for (int a = 0; a <= MAX_AGE; a++) {
            double[] shares = originShares(d, a, scale);
            double sum = sum(shares);
            for (int k = 0; k < shares.length; k++) totals[k] += (pop[d][0][a] + pop[d][1][a]) * shares[k] / sum;
        }
        return totals;
    }

    static List<String> processLines() {
        return List.of(
                csvLine("oppet-mote-centrum", "Öppet möte om Centrumplanen", "open_meeting", "9901", PERIOD, 16, "", "2025-03-12", "2025-03-12", ""),
                csvLine("medborgarbudget-2025", "Medborgarbudget 2025", "participatory_budget", "9901", PERIOD, 16, "", "2025-04-01", "2025-05-31", ""),
                csvLine("medborgarrad-klimat", "Medborgarråd om klimatet", "citizens_assembly", "9901", PERIOD, 16, "", "2025-08-25", "2025-11-15",
                        "invited>responded>selected>attended"));
    }

    void printSummary(List<Row> rows) {
        int total = 0;
        for (int d = 0; d < DISTRICTS.size(); d++) total += districtTotal(d);
        System.out.println("Exempelstad sample data (seed " + SEED + ")");
        rowsPerFile.forEach((f, n) -> System.out.printf("  %-30s %6d rows%n", f, n));
        System.out.printf("  residents: %d;", total);
        for (int d = 0; d < DISTRICTS.size(); d++) System.out.printf(" %s=%d", DISTRICTS.get(d).code(), districtTotal(d));
        System.out.println();
        for (String process : rows.stream().map(r -> r.processId).distinct().toList()) {
            List<Row> mine = rows.stream().filter(r -> r.processId.equals(process)).toList();
            System.out.printf("%s: %d rows%n", process, mine.size());
            System.out.println("  stage:     " + tally(mine, r -> r.stage.isEmpty() ? "(blank)" : r.stage));
            System.out.println("  gender:    " + tally(mine, r -> r.gender.isEmpty() ? "(blank)" : r.gender));
            System.out.println("  gender→    " + tally(mine, r -> r.canonicalGender));
            System.out.println("  age given: " + count(mine, r -> !r.age.isEmpty()) + ", birth_year given: " + count(mine, r -> !r.birthYear.isEmpty()));
            System.out.println("  education: blank " + count(mine, r -> r.education.isEmpty()) + ", vill ej uppge " + count(mine, r -> r.education.equals("vill ej uppge")));
            System.out.println("  origin:    blank " + count(mine, r -> r.origin.isEmpty()));
            System.out.println("  area_code: deso " + count(mine, r -> r.area.startsWith("9901A")) + ", outside " + count(mine, r -> r.area.startsWith("990") && !r.area.startsWith("9901"))
                    + ", blank " + count(mine, r -> r.area.isEmpty()));
        }
        List<String> funnel = List.of("invited", "responded", "selected", "attended");
        System.out.println("medborgarrad-klimat gender per cumulative stage (kvinna/man/annat/missing):");
        for (int s = 0; s < funnel.size(); s++) {
            int from = s;
            List<Row> reached = rows.stream().filter(r -> r.processId.equals("medborgarrad-klimat") && funnel.indexOf(r.stage) >= from).toList();
            System.out.printf("  %-9s n=%4d  kvinna=%d man=%d annat=%d missing=%d%n", funnel.get(s), reached.size(),
                    count(reached, r -> r.canonicalGender.equals("kvinna")), count(reached, r -> r.canonicalGender.equals("man")),
                    count(reached, r -> r.canonicalGender.equals("annat")), count(reached, r -> r.canonicalGender.equals("missing")));
        }
    }

    static long count(List<Row> rows, Predicate<Row> p) { return rows.stream().filter(p).count(); }

    /**
     * The assembly's answers to the application form's climate question, on their own stream (so no other
     * value of any file changes): whoever responded answered (a few left it blank), drawn from shares more
     * worried than the municipality's survey, as people who answer an invitation to a climate assembly are.
     */
    void climateAnswers(List<Row> rows) {
        for (Row r : rows) {
            if (!r.processId.equals("medborgarrad-klimat") || r.stage.equals("invited") || r.stage.isEmpty()) {
                continue;
            }
            if (climateRnd.nextDouble() < 0.03) {
                continue; // left blank: a missing answer
            }
            double u = climateRnd.nextDouble();
            int k = 0;
            while (k < CLIMATE_RESPONDERS.length - 1 && u >= CLIMATE_RESPONDERS[k]) {
                u -= CLIMATE_RESPONDERS[k];
                k++;
            }
            r.climate = CLIMATE_ANSWERS[k];
        }
    }

    /** The municipality's (fictional) citizen survey: 1 200 respondents, the municipality as its area. */
    static List<String> climateSurveyLines() {
        String[] codes = {"mycket_orolig", "ganska_orolig", "inte_sarskilt_orolig", "inte_alls_orolig"};
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < codes.length; k++) {
            lines.add(csvLine("klimatoro", codes[k], String.valueOf(CLIMATE_SURVEY[k]), String.valueOf(CLIMATE_SURVEY_N),
                    "9901", "Exempelstads medborgarundersökning 2024 (fiktiv)"));
        }
        return lines;
    }

    static Map<String, Long> tally(List<Row> rows, java.util.function.Function<Row, String> key) {
        Map<String, Long> out = new TreeMap<>();
        rows.forEach(r -> out.merge(key.apply(r), 1L, Long::sum));
        return out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java GenerateExempelstad.java OUTPUT_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        GenerateExempelstad g = new GenerateExempelstad();
        g.generatePopulation();
        List<Row> rows = new ArrayList<>();
        rows.addAll(g.openMeeting());
        rows.addAll(g.participatoryBudget());
        rows.addAll(g.citizensAssembly());
        g.write(dir, "areas.csv", "area_code,parent_code,level,name", g.areaLines());
        g.write(dir, "population_age_gender.csv", "period,area_code,age,gender,count", g.ageGenderLines());
        g.write(dir, "population_education.csv", "period,area_code,age,education,count", g.educationLines());
        g.write(dir, "population_origin.csv", "period,area_code,age,origin,count", g.originLines());
        g.write(dir, "processes.csv", "process_id,name,method,area_code,period,min_age,max_age,start_date,end_date,stages", processLines());
        g.climateAnswers(rows);
        g.write(dir, "participants.csv", "process_id,person_id,stage,age,birth_year,gender,education,origin,area_code,weight,replacement,klimatoro",
                rows.stream().map(r -> csvLine(r.processId, r.personId, r.stage, r.age, r.birthYear, r.gender, r.education, r.origin, r.area, "", r.replacement, r.climate)).toList());
        g.write(dir, "survey_climate.csv", "dimension,category,share,survey_n,area_code,source", climateSurveyLines());
        g.write(dir, "quotas.csv", "process_id,feature,value,min,max,target", g.quotaLines());
        g.write(dir, "selection_probabilities.csv", "process_id,person_id,probability", g.probabilityLines(rows));
        g.printSummary(rows);
    }
}
