import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.function.IntToDoubleFunction;

/**
 * Generates the research example: 120 synthetic dialogue processes — an open meeting, a participatory
 * budget and a citizens' assembly in each of ten fictional municipalities in each of the years
 * 2021–2024 — with population tables for every municipality and year, so that `spegel compare` has
 * many processes to compare.
 *
 * <p>Run: {@code java examples/research/GenerateResearch.java examples/research}
 *
 * <p>Participants are drawn from the generated population with method-typical propensities:
 * open meetings draw the older, the more educated, men and Swedish background; participatory budgets
 * draw the young and women, and reach people with foreign background, less so each year as outreach
 * is learnt (the skew shrinks by 12 % a year from 2021); citizens' assemblies invite a random sample,
 * whose answers are skewed like an open meeting's but milder, and then seat a stratified lottery on
 * gender × age band (the bands of conf/spegel.conf) × education (post-secondary or not), so that
 * these end close to the population while origin keeps some of the response skew. Each process's skew has
 * its own random strength. One {@link Random} with a constant seed and {@link StrictMath} only: every
 * run on every JDK writes byte-identical files.
 */
public class GenerateResearch {

    static final long SEED = 2021_2024L;
    static final int FIRST_YEAR = 2021, LAST_YEAR = 2024;
    static final int MAX_AGE = 100, MIN_AGE = 16, EDU_MIN_AGE = 25, EDU_MAX_AGE = 64;
    static final String[] GENDERS = {"man", "kvinna"};
    static final String[] EDUCATIONS = {"forgymnasial", "gymnasial", "eftergymnasial_kort", "eftergymnasial_lang"};
    static final String[] ORIGINS = {"svensk_bakgrund", "fodd_i_sverige_utlandsk_bakgrund", "fodd_utomlands"};

    final Random rnd = new Random(SEED);

    /** A fictional municipality: size, age tilt (+ younger), education tilt (+ more educated), foreign-background share. */
    record Municipality(String code, String name, String slug, int size, double youth, double eduTilt, double foreign) {}

    static final List<Municipality> MUNICIPALITIES = List.of(
            new Municipality("9911", "Ekby", "ekby", 14_000, -0.5, -0.4, 0.12),
            new Municipality("9912", "Sjöstad", "sjostad", 85_000, 0.6, 0.7, 0.28),
            new Municipality("9913", "Bergvik", "bergvik", 22_000, -0.2, -0.1, 0.15),
            new Municipality("9914", "Ådala", "adala", 9_000, -0.8, -0.6, 0.09),
            new Municipality("9915", "Norrhamn", "norrhamn", 48_000, 0.2, 0.1, 0.33),
            new Municipality("9916", "Lövsta", "lovsta", 31_000, 0.4, 0.4, 0.22),
            new Municipality("9917", "Granås", "granas", 12_000, -0.4, -0.3, 0.18),
            new Municipality("9918", "Älvby", "alvby", 64_000, 0.3, 0.5, 0.26),
            new Municipality("9919", "Strandköping", "strandkoping", 27_000, 0.0, 0.0, 0.40),
            new Municipality("9920", "Östermark", "ostermark", 17_000, -0.3, -0.2, 0.14));

    static double bump(double a, double mu, double sd) { return StrictMath.exp(-0.5 * ((a - mu) / sd) * ((a - mu) / sd)); }

    /** Relative number of residents of an age and gender: Swedish-like pyramid, tilted by the municipality's youth. */
    static double ageWeight(int age, int gender, Municipality m, int year) {
        double lifespan = gender == 0 ? 86 : 89;
        double survival = 1 / (1 + StrictMath.exp((age - lifespan) / 4.5));
        if (age > 92) survival *= StrictMath.exp(-0.25 * (age - 92));
        double ageing = 1 + 0.01 * (year - FIRST_YEAR) * (age >= 65 ? 1 : 0); // a little older every year
        return (gender == 0 ? 1.04 : 1.0) * survival * ageing
                * Math.max(0.2, 1 + m.youth() * (0.8 * bump(age, 27, 7) - 0.6 * bump(age, 72, 9)));
    }

    /** Education shares (index as EDUCATIONS) at an age; tilt moves a municipality up or down. */
    static double[] educationShares(int age, double tilt) {
        if (age < 19) return new double[]{0.95, 0.05, 0, 0};
        if (age < 22) return new double[]{0.14, 0.80, 0.04, 0.02};
        if (age < 25) return new double[]{0.10, 0.62, 0.14, 0.14};
        double longer = age < 30 ? 0.30 + 0.016 * (age - 25) : 0.38 - 0.005 * (age - 30);
        longer = Math.max(0.04, longer + 0.12 * tilt);
        double compulsory = 0.07 + 0.003 * Math.max(0, age - 40) + 0.012 * Math.max(0, age - 64);
        compulsory = Math.min(0.55, Math.max(0.02, compulsory - 0.04 * tilt));
        double shorter = 0.16;
        return new double[]{compulsory, 1 - compulsory - shorter - longer, shorter, longer};
    }

    /** Origin shares (index as ORIGINS) at an age: born abroad peaks at 25–44, their Swedish-born children are young. */
    static double[] originShares(int age, double foreign) {
        double abroad = foreign * 0.75 * (age < 16 ? 0.35 : age < 25 ? 0.9 : age < 45 ? 1.5 : age < 65 ? 1.1 : age < 80 ? 0.6 : 0.4);
        double secondGeneration = foreign * 0.25 * (age < 16 ? 2.6 : age < 25 ? 2.0 : age < 45 ? 0.9 : age < 65 ? 0.5 : 0.2);
        return new double[]{Math.max(0.05, 1 - abroad - secondGeneration), secondGeneration, abroad};
    }

    /** Splits total into integer parts proportional to shares by rounding the running sum, so the parts add up to total. */
    static int[] allocate(int total, double[] shares) {
        double sum = Arrays.stream(shares).sum(), running = 0;
        int[] out = new int[shares.length];
        int before = 0;
        for (int i = 0; i < shares.length; i++) {
            running += shares[i];
            int upTo = (int) Math.round(total * running / sum);
            out[i] = upTo - before;
            before = upTo;
        }
        return out;
    }

    // ---------------------------------------------------------------- population

    /** Residents of one municipality and year: [gender][age]. */
    int[][] population(Municipality m, int year) {
        double[][] w = new double[2][MAX_AGE + 1];
        double total = 0;
        for (int g = 0; g < 2; g++)
            for (int a = 0; a <= MAX_AGE; a++) total += w[g][a] = ageWeight(a, g, m, year);
        double size = m.size() * (1 + 0.008 * (year - FIRST_YEAR));
        int[][] pop = new int[2][MAX_AGE + 1];
        for (int g = 0; g < 2; g++)
            for (int a = 0; a <= MAX_AGE; a++)
                pop[g][a] = (int) Math.max(0, Math.round(size * w[g][a] / total * (1 + 0.03 * rnd.nextGaussian())));
        return pop;
    }

    // ---------------------------------------------------------------- participants

    record Person(int age, int gender, int education, int origin) {}

    /** Relative propensity to take part by age, gender, education and origin. */
    record Skew(IntToDoubleFunction age, double[] gender, double[] education, double[] origin) {
        /** The skew raised to a power: 0 = no skew, 1 = as given, 1.5 = stronger. */
        Skew strength(double e) {
            IntToDoubleFunction a = age;
            return new Skew(x -> StrictMath.pow(a.applyAsDouble(x), e), pow(gender, e), pow(education, e), pow(origin, e));
        }
        static double[] pow(double[] xs, double e) {
            double[] out = new double[xs.length];
            for (int i = 0; i < xs.length; i++) out[i] = StrictMath.pow(xs[i], e);
            return out;
        }
        double of(Person p) {
            return age.applyAsDouble(p.age()) * gender[p.gender()] * education[p.education()] * origin[p.origin()];
        }
    }

    static final Skew OPEN_MEETING = new Skew(a -> a < 30 ? 0.2 : a < 50 ? 0.6 : a < 65 ? 1.6 : a <= 80 ? 2.6 : 0.8,
            new double[]{1.15, 1}, new double[]{0.4, 0.8, 1.3, 2.4}, new double[]{1, 0.55, 0.35});
    static final Skew BUDGET = new Skew(a -> a < 25 ? 2.2 : a < 35 ? 1.4 : a < 50 ? 1.1 : a < 65 ? 0.8 : a < 80 ? 0.55 : 0.3,
            new double[]{1, 1.35}, new double[]{0.9, 1, 1.1, 1.35}, new double[]{1, 1.3, 0.9});
    static final Skew ASSEMBLY_RESPONSE = new Skew(a -> a < 30 ? 0.6 : a < 45 ? 0.85 : a < 65 ? 1.15 : a < 80 ? 1.5 : 0.6,
            new double[]{1, 1.25}, new double[]{0.55, 0.85, 1.2, 2.0}, new double[]{1, 0.8, 0.55});
    static final Skew NONE = new Skew(a -> 1, new double[]{1, 1}, new double[]{1, 1, 1, 1}, new double[]{1, 1, 1});

    /** Draws a weighted index from non-negative weights. */
    int pick(double[] weights) {
        double total = Arrays.stream(weights).sum(), u = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) if ((u -= weights[i]) < 0 && weights[i] > 0) return i;
        for (int i = weights.length - 1; ; i--) if (weights[i] > 0) return i;
    }

    /** Draws n residents aged 16+ with replacement, weighted by count × skew; education and origin given age. */
    List<Person> drawResidents(int n, int[][] pop, Municipality m, Skew skew) {
        double[] w = new double[2 * (MAX_AGE + 1)];
        for (int g = 0; g < 2; g++)
            for (int a = MIN_AGE; a <= MAX_AGE; a++) w[g * (MAX_AGE + 1) + a] = pop[g][a] * skew.age().applyAsDouble(a) * skew.gender()[g];
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int cell = pick(w);
            int g = cell / (MAX_AGE + 1), a = cell % (MAX_AGE + 1);
            double[] edu = educationShares(a, m.eduTilt()), origin = originShares(a, m.foreign());
            for (int k = 0; k < edu.length; k++) edu[k] *= skew.education()[k];
            for (int k = 0; k < origin.length; k++) origin[k] *= skew.origin()[k];
            people.add(new Person(a, g, pick(edu), pick(origin)));
        }
        return people;
    }

    /** How strongly this process shows its method's skew: log-normal around 1. */
    double strength() {
        return Math.max(0.3, StrictMath.exp(0.3 * rnd.nextGaussian()));
    }

    /** Weighted sampling without replacement: the n largest Efraimidis–Spirakis keys, as logarithms log(u)/w. */
    List<Integer> weightedSample(List<Person> people, Skew skew, int n) {
        double[] key = new double[people.size()];
        for (int i = 0; i < key.length; i++) key[i] = StrictMath.log(rnd.nextDouble()) / skew.of(people.get(i));
        return java.util.stream.IntStream.range(0, key.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -key[i])).limit(n).sorted().toList();
    }

    /** The age bands of conf/spegel.conf from 16 on: 16-24, 25-34, …, 75-84, 85+. */
    static int ageBand(int age) { return age < 25 ? 0 : Math.min(7, (age - 15) / 10); }

    static final int STRATA = 32;

    /** Lottery strata: gender × age band × education (up to upper secondary / post-secondary). */
    static int stratum(int gender, int age, int education) { return (gender * 8 + ageBand(age)) * 2 + (education >= 2 ? 1 : 0); }

    /** Stratified lottery: seats proportional to the 16+ population per stratum, capped by who responded. */
    List<Integer> lottery(List<Person> people, List<Integer> responders, int seats, int[][] pop, Municipality m) {
        double[] popShare = new double[STRATA];
        for (int g = 0; g < 2; g++)
            for (int a = MIN_AGE; a <= MAX_AGE; a++) {
                double[] edu = educationShares(a, m.eduTilt());
                for (int e = 0; e < 4; e++) popShare[stratum(g, a, e)] += pop[g][a] * edu[e];
            }
        List<List<Integer>> byStratum = new ArrayList<>();
        for (int s = 0; s < STRATA; s++) byStratum.add(new ArrayList<>());
        for (int i : responders) {
            Person p = people.get(i);
            byStratum.get(stratum(p.gender(), p.age(), p.education())).add(i);
        }
        int[] quota = allocate(seats, popShare);
        int spare = 0;
        for (int s = 0; s < STRATA; s++) {
            int cap = byStratum.get(s).size();
            if (quota[s] > cap) { spare += quota[s] - cap; quota[s] = cap; }
        }
        double sum = Arrays.stream(popShare).sum();
        for (; spare > 0; spare--) { // to the stratum furthest below its fair share that still has people
            int best = -1;
            for (int s = 0; s < STRATA; s++)
                if (quota[s] < byStratum.get(s).size()
                        && (best < 0 || seats * popShare[s] / sum - quota[s] > seats * popShare[best] / sum - quota[best])) best = s;
            if (best < 0) break;
            quota[best]++;
        }
        List<Integer> chosen = new ArrayList<>();
        for (int s = 0; s < STRATA; s++) chosen.addAll(shuffle(byStratum.get(s)).subList(0, quota[s]));
        Collections.sort(chosen);
        return chosen;
    }

    <T> List<T> shuffle(List<T> list) {
        List<T> out = new ArrayList<>(list);
        for (int i = out.size() - 1; i > 0; i--) Collections.swap(out, i, rnd.nextInt(i + 1));
        return out;
    }

    // ---------------------------------------------------------------- processes

    record Process(String id, String name, String method, Municipality m, int year, String stages) {}

    final List<Process> processes = new ArrayList<>();
    final List<String> participantLines = new ArrayList<>();
    final Map<String, Integer> participantsPerMethod = new TreeMap<>();

    void addParticipants(Process p, List<Person> people, List<String> stages) {
        Set<Integer> used = new HashSet<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            int id;
            do id = 1 + rnd.nextInt(999_999); while (!used.add(id));
            lines.add(String.format(Locale.ROOT, "%s,p%06d,%s,%d,%s,%s,%s%n", p.id(), id, stages.get(i), person.age(),
                    GENDERS[person.gender()], EDUCATIONS[person.education()], ORIGINS[person.origin()]));
        }
        Collections.sort(lines); // by person id within the process: row order says nothing about the funnel
        participantLines.addAll(lines);
        participantsPerMethod.merge(p.method(), people.size(), Integer::sum);
        processes.add(p);
    }

    void openMeeting(Municipality m, int year, int[][] pop) {
        Process p = new Process(m.slug() + "-" + year + "-mote", "Öppet möte i " + m.name() + " " + year, "open_meeting", m, year, "");
        List<Person> people = drawResidents(30 + rnd.nextInt(90), pop, m, OPEN_MEETING.strength(strength()));
        addParticipants(p, people, Collections.nCopies(people.size(), ""));
    }

    void participatoryBudget(Municipality m, int year, int[][] pop) {
        Process p = new Process(m.slug() + "-" + year + "-budget", "Medborgarbudget " + m.name() + " " + year,
                "participatory_budget", m, year, "");
        double learning = 1 - 0.12 * (year - FIRST_YEAR); // outreach gets better every year
        List<Person> people = drawResidents(150 + rnd.nextInt(300), pop, m, BUDGET.strength(strength() * learning));
        addParticipants(p, people, Collections.nCopies(people.size(), ""));
    }

    /** 500 invited at random, 120 respond (skewed), 60 seated by stratified lottery, 56 attend. */
    void citizensAssembly(Municipality m, int year, int[][] pop) {
        Process p = new Process(m.slug() + "-" + year + "-rad", "Medborgarråd i " + m.name() + " " + year,
                "citizens_assembly", m, year, "invited>responded>selected>attended");
        List<Person> invited = drawResidents(500, pop, m, NONE);
        List<Integer> responded = weightedSample(invited, ASSEMBLY_RESPONSE.strength(strength()), 120);
        List<Integer> selected = lottery(invited, responded, 60, pop, m);
        Set<Integer> noShows = new HashSet<>(shuffle(selected).subList(0, 4));
        List<String> stages = new ArrayList<>(Collections.nCopies(invited.size(), "invited"));
        for (int i : responded) stages.set(i, "responded");
        for (int i : selected) stages.set(i, noShows.contains(i) ? "selected" : "attended");
        addParticipants(p, invited, stages);
    }

    // ---------------------------------------------------------------- files

    final List<String> ageGender = new ArrayList<>(), education = new ArrayList<>(), origin = new ArrayList<>();

    void addPopulation(Municipality m, int year, int[][] pop) {
        for (int a = 0; a <= MAX_AGE; a++) {
            for (int g = 0; g < 2; g++) ageGender.add(year + "," + m.code() + "," + a + "," + GENDERS[g] + "," + pop[g][a] + "\n");
            int total = pop[0][a] + pop[1][a];
            int[] byOrigin = allocate(total, originShares(a, m.foreign()));
            for (int o = 0; o < 3; o++) origin.add(year + "," + m.code() + "," + a + "," + ORIGINS[o] + "," + byOrigin[o] + "\n");
            if (a >= EDU_MIN_AGE && a <= EDU_MAX_AGE) {
                int[] byEducation = allocate(total, educationShares(a, m.eduTilt()));
                for (int e = 0; e < 4; e++) education.add(year + "," + m.code() + "," + a + "," + EDUCATIONS[e] + "," + byEducation[e] + "\n");
            }
        }
    }

    static void write(Path dir, String file, String header, List<String> lines) throws IOException {
        StringBuilder sb = new StringBuilder(header).append('\n');
        lines.forEach(sb::append);
        Files.write(dir.resolve(file), sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    void generate(Path dir) throws IOException {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (Municipality m : MUNICIPALITIES) {
                int[][] pop = population(m, year);
                addPopulation(m, year, pop);
                openMeeting(m, year, pop);
                participatoryBudget(m, year, pop);
                citizensAssembly(m, year, pop);
            }
        }
        Files.createDirectories(dir);
        List<String> processLines = processes.stream().map(p -> String.join(",", p.id(), p.name(), p.method(),
                p.m().code(), String.valueOf(p.year()), String.valueOf(MIN_AGE), "", p.stages()) + "\n").toList();
        write(dir, "processes.csv", "process_id,name,method,area_code,period,min_age,max_age,stages", processLines);
        write(dir, "participants.csv", "process_id,person_id,stage,age,gender,education,origin", participantLines);
        write(dir, "population_age_gender.csv", "period,area_code,age,gender,count", ageGender);
        write(dir, "population_education.csv", "period,area_code,age,education,count", education);
        write(dir, "population_origin.csv", "period,area_code,age,origin,count", origin);
        System.out.printf("%d processes, %d participant rows %s; population rows: %d age×gender, %d education, %d origin%n",
                processes.size(), participantLines.size(), participantsPerMethod, ageGender.size(), education.size(), origin.size());
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java GenerateResearch.java OUTDIR");
            System.exit(2);
        }
        new GenerateResearch().generate(Path.of(args[0]));
    }
}
