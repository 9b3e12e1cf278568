package org.ecaf.benchmarks.matching;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.ecaf.benchmarks.matching.RegisterGenerator.Query;
import org.ecaf.domain.child.matching.Agreement;
import org.ecaf.domain.child.matching.BlockingKeys;
import org.ecaf.domain.child.matching.ChildParticulars;
import org.ecaf.domain.child.matching.DuplicateMatcher;
import org.ecaf.domain.child.matching.LinkageModel;
import org.ecaf.domain.child.matching.MatchReasonCode;

/**
 * Estimates the weights of the {@link LinkageModel} and writes {@code linkage-model.properties}.
 *
 * <ol>
 *   <li>A register and queries are generated with a training seed (7; the benchmarks use 42).</li>
 *   <li><b>u</b> (how often a level is seen between two different children) is counted on random pairs of the
 *       register, as Splink's {@code estimate_u_using_random_sampling} does: almost every random pair is a
 *       non-match.</li>
 *   <li><b>m</b> and the prior λ are estimated by expectation–maximisation (u held fixed) over the comparison
 *       vectors of the candidate pairs blocking finds for the queries — the labels are not used.</li>
 *   <li>The <b>threshold</b> is the lowest score at which the labelled training queries give precision ≥ 0.99 and
 *       the best recall (labels are used here only, on the training seed).</li>
 * </ol>
 *
 * <pre>java -cp ecaf-benchmarks/target/benchmarks.jar org.ecaf.benchmarks.matching.TrainLinkageModel \
 *     --out ecaf-domain/src/main/resources/org/ecaf/domain/child/matching/linkage-model.properties</pre>
 */
public final class TrainLinkageModel {

    private TrainLinkageModel() {
    }

    /**
     * Two records with UPNs that differ. The matcher gives that no level (a second UPN issued by another school is
     * how duplicates arise, so it counts for nothing), but the field is present: without counting such pairs, u and
     * m of "same UPN" would be estimated only on the pairs that share one (u near 1, the weight near nothing).
     */
    private static boolean bothHaveDifferentUpns(ChildParticulars a, ChildParticulars b) {
        return a.upn() != null && b.upn() != null && !a.upn().equals(b.upn());
    }

    /** A pair's agreement levels, and whether both have UPNs that differ (the UPN field present, without a level). */
    private record Vector(Set<Agreement> levels, boolean upnsDiffer) {
    }

    private static Vector vector(DuplicateMatcher matcher, ChildParticulars a, ChildParticulars b) {
        return new Vector(matcher.agreements(a, b), bothHaveDifferentUpns(a, b));
    }

    private static String namesKey(ChildParticulars c) {
        return org.ecaf.domain.child.matching.NameFolding.fold(c.familyName()) + "|"
                + org.ecaf.domain.child.matching.NameFolding.words(c.givenNames()).stream().findFirst().orElse("");
    }

    /** EM for the m of {@code fields}' levels and the prior, u fixed; returns the prior. */
    /**
     * The register rows that share blocking keys with {@code probe}, ranked by the summed weight of the keys they share
     * (as the database ranks them): at most 100, the best first; each entry is a row and its weight.
     */
    private static List<Map.Entry<Integer, Integer>> candidates(Map<Long, List<int[]>> index, ChildParticulars probe) {
        Map<Integer, Integer> ranked = new HashMap<>();
        for (String key : BlockingKeys.probe(probe)) {
            for (int[] hit : index.getOrDefault(BlockingKeys.hash(key), List.of())) {
                ranked.merge(hit[0], hit[1], Integer::sum);
            }
        }
        return ranked.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(100).toList();
    }

    private static double em(List<Vector> vectors, Map<Agreement, Double> m, Map<Agreement, Double> u,
            Set<Agreement.Field> fields) {
        double lambda = 0.1;
        // different UPNs: the field is present and none of its levels is seen, so the pair is that much less
        // likely a match than its levels alone say: P(no level of UPN | M) = 1 - m(UPN_SAME), likewise for u
        boolean upn = fields.contains(Agreement.Field.UPN);
        for (int iteration = 0; iteration < 100; iteration++) {
            Map<Agreement, Double> mNum = new EnumMap<>(Agreement.class);
            Map<Agreement.Field, Double> mDen = new EnumMap<>(Agreement.Field.class);
            double total = 0;
            for (Vector vector : vectors) {
                Set<Agreement> v = vector.levels();
                double pm = lambda;
                double pu = 1 - lambda;
                for (Agreement level : v) {
                    if (fields.contains(level.field())) {
                        pm *= m.get(level);
                        pu *= u.get(level);
                    }
                }
                if (upn && vector.upnsDiffer()) {
                    pm *= 1 - m.get(Agreement.UPN_SAME);
                    pu *= 1 - u.get(Agreement.UPN_SAME);
                }
                double w = pm / (pm + pu);
                total += w;
                for (Agreement level : v) {
                    if (fields.contains(level.field())) {
                        mNum.merge(level, w, Double::sum);
                        mDen.merge(level.field(), w, Double::sum);
                    }
                }
                if (upn && vector.upnsDiffer()) {
                    mDen.merge(Agreement.Field.UPN, w, Double::sum);
                }
            }
            for (Agreement level : Agreement.values()) {
                if (!fields.contains(level.field())) {
                    continue;
                }
                double den = mDen.getOrDefault(level.field(), 0.0);
                long levelsOfField = java.util.Arrays.stream(Agreement.values())
                        .filter(l -> l.field() == level.field()).count();
                // a level seen in fewer than five expected matches keeps its prior m: the data say too little of it
                m.put(level, den == 0 || mNum.getOrDefault(level, 0.0) < 5 ? m.get(level)
                        : (mNum.getOrDefault(level, 0.0) + 0.01) / (den + 0.01 * levelsOfField));
            }
            lambda = total / vectors.size();
        }
        return lambda;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Options.parse(args);
        int children = Integer.parseInt(opts.getOrDefault("children", "100000"));
        int queries = Integer.parseInt(opts.getOrDefault("queries", "4000"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "7"));
        Path out = Path.of(opts.getOrDefault("out", "linkage-model.properties"));
        LocalDate today = LocalDate.of(2026, 12, 1);
        RegisterGenerator.Names names = Options.names(opts);
        RegisterGenerator.Generated g = new RegisterGenerator(seed, today, names).generate(children, queries);
        List<ChildParticulars> register = new ArrayList<>();
        for (int i = 0; i < g.register().size(); i++) {
            register.add(g.register().get(i).particulars((long) i + 1));
        }
        DuplicateMatcher matcher = new DuplicateMatcher();

        // u from random pairs
        Random random = new Random(seed);
        Map<Agreement, Double> levelCount = new EnumMap<>(Agreement.class);
        Map<Agreement.Field, Double> fieldCount = new EnumMap<>(Agreement.Field.class);
        int randomPairs = Integer.parseInt(opts.getOrDefault("random-pairs", "300000"));
        for (int i = 0; i < randomPairs; i++) {
            ChildParticulars a = register.get(random.nextInt(register.size()));
            ChildParticulars b = register.get(random.nextInt(register.size()));
            if (a == b) {
                continue;
            }
            for (Agreement level : matcher.agreements(a, b)) {
                levelCount.merge(level, 1.0, Double::sum);
                fieldCount.merge(level.field(), 1.0, Double::sum);
            }
            if (bothHaveDifferentUpns(a, b)) {
                fieldCount.merge(Agreement.Field.UPN, 1.0, Double::sum);
            }
        }
        Map<Agreement, Double> u = new EnumMap<>(Agreement.class);
        for (Agreement level : Agreement.values()) {
            double seen = levelCount.getOrDefault(level, 0.0);
            double present = fieldCount.getOrDefault(level.field(), 0.0);
            // at least half a pair's worth, so that levels random pairs never show keep a finite weight (EM refines it)
            u.put(level, (seen + 0.5) / (present + 1.0));
        }

        // blocked candidate pairs of the queries (in-memory index of the stored keys, as the database ranks them)
        Map<Long, List<int[]>> index = new HashMap<>();
        for (int i = 0; i < register.size(); i++) {
            final int row = i;
            BlockingKeys.stored(register.get(i)).forEach((key, weight) ->
                    index.computeIfAbsent(BlockingKeys.hash(key), k -> new ArrayList<>()).add(new int[] {row, weight}));
        }
        List<Vector> vectors = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (Query q : g.queries()) {
            ChildParticulars probe = q.person().particulars(null);
            for (Map.Entry<Integer, Integer> e : candidates(index, probe)) {
                vectors.add(vector(matcher, probe, register.get(e.getKey())));
                labels.add(e.getKey() == q.truth());
            }
        }

        // m by EM in two sessions, as Splink trains: each session takes the pairs of (query, register record) that
        // agree exactly on one blocking rule and estimates m (and the prior) only for the fields outside that rule,
        // with u held at the random pairs' values; the labels are not used
        Map<Agreement, Double> m = new EnumMap<>(Agreement.class);
        LinkageModel start = LinkageModel.standard();
        for (Agreement level : Agreement.values()) {
            m.put(level, start.m(level));
        }
        Map<LocalDate, List<Integer>> byDate = new HashMap<>();
        Map<String, List<Integer>> byNames = new HashMap<>();
        for (int i = 0; i < register.size(); i++) {
            ChildParticulars c = register.get(i);
            byDate.computeIfAbsent(c.dateOfBirth(), k -> new ArrayList<>()).add(i);
            byNames.computeIfAbsent(namesKey(c), k -> new ArrayList<>()).add(i);
        }
        List<Vector> sessionA = new ArrayList<>();
        List<Vector> sessionB = new ArrayList<>();
        for (Query q : g.queries()) {
            ChildParticulars probe = q.person().particulars(null);
            for (int i : byDate.getOrDefault(probe.dateOfBirth(), List.of())) {
                sessionA.add(vector(matcher, probe, register.get(i)));
            }
            for (int i : byNames.getOrDefault(namesKey(probe), List.of())) {
                sessionB.add(vector(matcher, probe, register.get(i)));
            }
        }
        Set<Agreement.Field> namesAndIds = java.util.EnumSet.of(Agreement.Field.FAMILY_NAME,
                Agreement.Field.GIVEN_NAMES, Agreement.Field.MIDDLE_NAMES, Agreement.Field.POSTCODE, Agreement.Field.NHS_NUMBER, Agreement.Field.UPN);
        // a latent-class model needs three or more fields: session B models the date with postcode and identifiers,
        // then session A the names with postcode and identifiers (its values for those two are kept)
        double lambdaB = em(sessionB, m, u, java.util.EnumSet.of(Agreement.Field.DATE_OF_BIRTH,
                Agreement.Field.POSTCODE, Agreement.Field.NHS_NUMBER, Agreement.Field.UPN));
        double lambdaA = em(sessionA, m, u, namesAndIds);
        double lambda = lambdaA;
        vectors.clear();
        vectors.addAll(sessionA);
        vectors.addAll(sessionB);
        System.out.printf(Locale.ROOT, "EM: %d pairs blocked on the date of birth (prior %.4f), %d on the names (prior %.4f)%n",
                sessionA.size(), lambdaA, sessionB.size(), lambdaB);

        // a swap of given and family names is the evidence that both names agree, only the other way round: it may
        // not weigh more than both names agreeing in place (the training data, where one duplicate in eleven is
        // swapped, would otherwise make it the strongest evidence after an identifier)
        double inPlace = Math.log(m.get(Agreement.FAMILY_SAME) / u.get(Agreement.FAMILY_SAME))
                + Math.log(m.get(Agreement.GIVEN_SAME) / u.get(Agreement.GIVEN_SAME));
        double swapped = Math.log(m.get(Agreement.FAMILY_SWAPPED) / u.get(Agreement.FAMILY_SWAPPED));
        if (swapped > inPlace) {
            m.put(Agreement.FAMILY_SWAPPED, u.get(Agreement.FAMILY_SWAPPED) * Math.exp(inPlace));
        }

        // threshold: best recall with precision >= 0.99 on the labelled training queries, against a register of
        // --threshold-children (default: the same register): the more children, the more namesakes a query meets,
        // so the threshold is chosen at the size of register the model is for (the weights do not depend on it)
        int thresholdChildren = Integer.parseInt(opts.getOrDefault("threshold-children", Integer.toString(children)));
        RegisterGenerator.Generated tg = g;
        List<ChildParticulars> tRegister = register;
        Map<Long, List<int[]>> tIndex = index;
        if (thresholdChildren != children) {
            tg = new RegisterGenerator(seed, today, names).generate(thresholdChildren, queries);
            tRegister = new ArrayList<>();
            tIndex = new HashMap<>();
            for (int i = 0; i < tg.register().size(); i++) {
                ChildParticulars c = tg.register().get(i).particulars((long) i + 1);
                tRegister.add(c);
                for (Map.Entry<String, Integer> key : BlockingKeys.stored(c).entrySet()) {
                    tIndex.computeIfAbsent(BlockingKeys.hash(key.getKey()), k -> new ArrayList<>())
                            .add(new int[] {i, key.getValue()});
                }
            }
        }
        String version = "em-" + seed + "-" + children
                + (names == RegisterGenerator.Names.COMPACT ? "" : "-realistic")
                + (thresholdChildren != children ? "-t" + thresholdChildren : "");
        LinkageModel model = new LinkageModel(version, 0, m, u);
        DuplicateMatcher scoring = new DuplicateMatcher(model.withThreshold(Integer.MIN_VALUE + 1));
        List<int[]> scored = new ArrayList<>(); // score, label, flaggable
        int idx = 0;
        int duplicates = 0;
        for (Query q : tg.queries()) {
            if (q.truth() >= 0) {
                duplicates++;
            }
        }
        for (Query q : tg.queries()) {
            ChildParticulars probe = q.person().particulars(null);
            List<int[]> ofQuery = new ArrayList<>(); // score, label, flaggable, shares an identifier
            int best = Integer.MIN_VALUE;
            for (Map.Entry<Integer, Integer> e : candidates(tIndex, probe)) {
                ChildParticulars candidate = tRegister.get(e.getKey());
                var flagged = scoring.compare(probe, candidate);
                int score = scoring.score(probe, candidate).score();
                boolean identifier = flagged.isPresent() && (flagged.get().has(MatchReasonCode.SAME_NHS_NUMBER)
                        || flagged.get().has(MatchReasonCode.SAME_UPN));
                ofQuery.add(new int[] {score, e.getKey() == q.truth() ? 1 : 0, flagged.isPresent() ? 1 : 0,
                        identifier ? 1 : 0});
                if (flagged.isPresent()) {
                    best = Math.max(best, score);
                }
            }
            // as findLikelyDuplicates: a candidate far below the best one flagged is left out at any threshold that
            // flags it (the best is flagged too, being higher), unless it shares an identifier
            for (int[] c : ofQuery) {
                if (c[2] == 1 && c[3] == 0 && c[0] <= best - DuplicateMatcher.MUCH_STRONGER) {
                    c[2] = 0;
                }
                scored.add(c);
            }
            idx++;
        }
        scored.sort((x, y) -> y[0] - x[0]);
        {
            int t = 0;
            int f = 0;
            int next = 400;
            for (int[] s : scored) {
                if (s[2] == 0) {
                    continue;
                }
                while (s[0] < next && next > 0) {
                    System.out.printf(Locale.ROOT, "  threshold %d: recall %.4f precision %.4f%n", next,
                            t / (double) duplicates, t / (double) Math.max(1, t + f));
                    next -= 25;
                }
                if (s[1] == 1) {
                    t++;
                } else {
                    f++;
                }
            }
        }
        int bestThreshold = 0;
        int tp = 0;
        int fp = 0;
        double bestRecall = -1;
        for (int[] s : scored) {
            if (s[2] == 0) {
                continue;
            }
            if (s[1] == 1) {
                tp++;
            } else {
                fp++;
            }
            double precision = tp / (double) (tp + fp);
            double recall = tp / (double) duplicates;
            if (precision >= 0.99 && recall > bestRecall) {
                bestRecall = recall;
                bestThreshold = s[0];
            }
        }
        if (opts.containsKey("threshold")) {
            // a threshold fixed by hand (the sweep above shows what it gives on the training queries)
            System.out.printf(Locale.ROOT, "automatic threshold %d (training recall %.4f at precision >= 0.99)"
                    + " replaced by --threshold %s%n", bestThreshold, bestRecall, opts.get("threshold"));
            bestThreshold = Integer.parseInt(opts.get("threshold"));
            model = new LinkageModel(version + "-t" + bestThreshold, bestThreshold, m, u);
        }
        model = model.withThreshold(bestThreshold);
        System.out.printf(Locale.ROOT, "%d random pairs for u; %d candidate pairs of %d queries for EM; lambda %.4f;"
                + " threshold %d%n", randomPairs, vectors.size(), g.queries().size(), lambda, bestThreshold);
        for (Agreement level : Agreement.values()) {
            System.out.printf(Locale.ROOT, "  %-24s m %.5f  u %.7f  weight %+5d%n", level, model.m(level),
                    model.u(level), model.points(level));
        }
        Properties p = model.toProperties();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            p.store(w, "eCAF linkage model: written by org.ecaf.benchmarks.matching.TrainLinkageModel (docs/matching.md);"
                    + " u from random pairs, m and the prior by EM, threshold on labelled training queries (seed "
                    + seed + ")");
        }
        System.out.println("written " + out + " (" + idx + " queries)");
    }
}
