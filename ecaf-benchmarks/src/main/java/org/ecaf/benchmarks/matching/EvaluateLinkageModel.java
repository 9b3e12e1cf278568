package org.ecaf.benchmarks.matching;

import java.io.InputStreamReader;
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
import org.ecaf.benchmarks.matching.RegisterGenerator.Kind;
import org.ecaf.benchmarks.matching.RegisterGenerator.Query;
import org.ecaf.domain.child.matching.BlockingKeys;
import org.ecaf.domain.child.matching.ChildParticulars;
import org.ecaf.domain.child.matching.DuplicateMatcher;
import org.ecaf.domain.child.matching.LinkageModel;
import org.ecaf.domain.child.matching.MatchReasonCode;
import org.ecaf.domain.child.matching.NameFrequencies;
import org.ecaf.domain.child.matching.PossibleDuplicate;

/**
 * The duplicate check's quality without a database: the register's keys are held in memory and ranked as the
 * database ranks them (the summed weight of the shared keys, the best 100), as {@link TrainLinkageModel} does, and
 * every query goes through {@link DuplicateMatcher#findLikelyDuplicates}. Prints recall, precision of the flagged
 * records and false alarms by kind, for the standard model or a properties file ({@code --model}), at its threshold
 * or another ({@code --threshold}). A minute at 200,000 children instead of the import that
 * {@link MatchingBenchmark} times; the figures to report are {@link MatchingBenchmark}'s, which runs the
 * application's statements (ties in the candidate ranking may be broken differently here).
 *
 * <pre>java -cp ecaf-benchmarks/target/benchmarks.jar org.ecaf.benchmarks.matching.EvaluateLinkageModel \
 *     --children 200000 --queries 2000 [--seed 42] [--model file.properties] [--threshold 187] [--names compact]</pre>
 */
public final class EvaluateLinkageModel {

    private EvaluateLinkageModel() {
    }

    /** A flagged record's score for the sweep: a shared identifier flags whatever the threshold. */
    private static int sweepScore(PossibleDuplicate d) {
        return d.has(MatchReasonCode.SAME_NHS_NUMBER) || d.has(MatchReasonCode.SAME_UPN) ? Integer.MAX_VALUE : d.score();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Options.parse(args);
        int children = Integer.parseInt(opts.getOrDefault("children", "200000"));
        int queries = Integer.parseInt(opts.getOrDefault("queries", "2000"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "42"));
        LinkageModel model = LinkageModel.standard();
        if (opts.containsKey("model")) {
            Properties p = new Properties();
            try (var in = new InputStreamReader(Files.newInputStream(Path.of(opts.get("model"))), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            model = LinkageModel.of(p);
        }
        if (opts.containsKey("threshold")) {
            model = model.withThreshold(Integer.parseInt(opts.get("threshold")));
        }
        int dominance = Integer.parseInt(opts.getOrDefault("dominance", "0"));
        // --sweep LOW:HIGH:STEP: the check runs at threshold LOW and the figures are printed for every threshold
        // from LOW to HIGH (a record flagged at T is one flagged at LOW scoring T or more, or sharing an identifier:
        // the much-stronger rule leaves out the same records at either threshold)
        int[] sweep = null;
        if (opts.containsKey("sweep")) {
            String[] parts = opts.get("sweep").split(":");
            sweep = new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
            model = model.withThreshold(sweep[0]);
        }
        RegisterGenerator.Generated g = new RegisterGenerator(seed, LocalDate.of(2026, 12, 1), Options.names(opts))
                .generate(children, queries);
        List<ChildParticulars> register = new ArrayList<>();
        Map<Long, List<int[]>> index = new HashMap<>();
        NameFrequencies.Builder counted = NameFrequencies.builder();
        for (int i = 0; i < g.register().size(); i++) {
            ChildParticulars c = g.register().get(i).particulars((long) i + 1);
            register.add(c);
            counted.add(c);
            final int row = i;
            BlockingKeys.stored(c).forEach((key, weight) ->
                    index.computeIfAbsent(BlockingKeys.hash(key), k -> new ArrayList<>()).add(new int[] {row, weight}));
        }
        // --tf true: the same names weighed by their frequency in the register (--tf-rarer, --tf-commoner: caps;
        // --tf-together false: each name by its own share); --tf both: without, then with, on the same register
        String tf = opts.getOrDefault("tf", "false");
        NameFrequencies frequencies = counted.build();
        List<DuplicateMatcher> matchers = new ArrayList<>();
        if (!tf.equals("true")) {
            matchers.add(new DuplicateMatcher(model));
        }
        if (!tf.equals("false")) {
            matchers.add(new DuplicateMatcher(model, frequencies,
                    Integer.parseInt(opts.getOrDefault("tf-rarer", "" + DuplicateMatcher.MOST_RARER)),
                    Integer.parseInt(opts.getOrDefault("tf-commoner", "" + DuplicateMatcher.MOST_COMMONER)),
                    Boolean.parseBoolean(opts.getOrDefault("tf-together", "true"))));
        }
        for (DuplicateMatcher matcher : matchers) {
            System.out.println(matcher.frequencies().isKnown()
                    ? "== names weighed by their frequency in the register (" + frequencies.children() + " children)"
                    : "== names at the model's average weight");
            evaluate(matcher, g, register, index, sweep, dominance, opts.containsKey("lines"));
        }
    }

    private static void evaluate(DuplicateMatcher matcher, RegisterGenerator.Generated g,
            List<ChildParticulars> register, Map<Long, List<int[]>> index, int[] sweep, int dominance,
            boolean printLines) {
        LinkageModel model = matcher.model();
        List<int[]> sweepRows = new ArrayList<>(); // kind ordinal (or -1 for a duplicate), found score or MIN, scores of the others
        List<int[]> wrongScores = new ArrayList<>();
        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class); // queries, found, another flagged
        int flaggedTotal = 0;
        int flaggedTrue = 0;
        List<String> lines = new ArrayList<>();
        for (Query q : g.queries()) {
            int[] k = byKind.computeIfAbsent(q.kind(), x -> new int[3]);
            k[0]++;
            ChildParticulars probe = q.person().particulars(null);
            Map<Integer, Integer> ranked = new HashMap<>();
            for (String key : BlockingKeys.probe(probe)) {
                for (int[] hit : index.getOrDefault(BlockingKeys.hash(key), List.of())) {
                    ranked.merge(hit[0], hit[1], Integer::sum);
                }
            }
            List<ChildParticulars> pool = ranked.entrySet().stream()
                    .sorted((x, y) -> y.getValue() != x.getValue().intValue() ? y.getValue() - x.getValue()
                            : x.getKey() - y.getKey())
                    .limit(100).map(e -> register.get(e.getKey())).toList();
            List<PossibleDuplicate> flagged = matcher.findLikelyDuplicates(probe, pool);
            if (dominance > 0 && !flagged.isEmpty()) {
                int best = flagged.get(0).score();
                flagged = flagged.stream().filter(d -> d.score() > best - dominance).toList();
            }
            long truth = q.truth() + 1L;
            if (sweep != null) {
                // per query: its kind, the true record's score if flagged (identifier: MAX), the others' likewise
                int trueScore = flagged.stream().filter(d -> d.candidateId() == truth).mapToInt(EvaluateLinkageModel::sweepScore)
                        .findFirst().orElse(Integer.MIN_VALUE);
                sweepRows.add(new int[] {q.kind().ordinal(), trueScore});
                wrongScores.add(flagged.stream().filter(d -> d.candidateId() != truth)
                        .mapToInt(EvaluateLinkageModel::sweepScore).toArray());
            }
            boolean found = flagged.stream().anyMatch(d -> d.candidateId() == truth);
            flaggedTotal += flagged.size();
            flaggedTrue += found ? 1 : 0;
            k[1] += found ? 1 : 0;
            PossibleDuplicate wrong = flagged.stream().filter(d -> d.candidateId() != truth).findFirst().orElse(null);
            if (wrong != null) {
                k[2]++;
                lines.add("FALSE ALARM " + q.kind() + ": '" + probe.givenNames() + " " + probe.familyName() + "' "
                        + probe.dateOfBirth() + " " + probe.postcode() + " vs '" + wrong.candidate().givenNames() + " "
                        + wrong.candidate().familyName() + "' " + wrong.candidate().dateOfBirth() + " "
                        + wrong.candidate().postcode() + " score " + wrong.score() + " "
                        + wrong.reasons().stream().map(r -> r.level() + "").toList()
                        + wrong.differences().stream().map(r -> r.level() + "").toList());
            }
            if (q.truth() >= 0 && !found) {
                ChildParticulars t = register.get(q.truth());
                PossibleDuplicate s = matcher.score(probe, t);
                lines.add("MISS " + q.kind() + (q.second() == null ? "" : "+" + q.second()) + ": '" + probe.givenNames()
                        + " " + probe.familyName() + "' " + probe.dateOfBirth() + " vs '" + t.givenNames() + " "
                        + t.familyName() + "' " + t.dateOfBirth() + " score " + s.score() + " "
                        + s.reasons().stream().map(r -> r.level() + "").toList()
                        + s.differences().stream().map(r -> r.level() + "").toList());
            }
        }
        int duplicates = 0;
        int found = 0;
        for (Map.Entry<Kind, int[]> e : byKind.entrySet()) {
            int[] k = e.getValue();
            if (e.getKey().isDuplicate()) {
                duplicates += k[0];
                found += k[1];
                System.out.printf(Locale.ROOT, "%-26s %4d  recall %.3f  another flagged %.3f%n", e.getKey(), k[0],
                        k[1] / (double) k[0], k[2] / (double) k[0]);
            } else {
                System.out.printf(Locale.ROOT, "%-26s %4d  false alarm %.3f%n", e.getKey(), k[0], k[2] / (double) k[0]);
            }
        }
        System.out.printf(Locale.ROOT, "model %s threshold %d: recall %.4f (%d of %d), precision %.4f (%d of %d)%n",
                model.version(), model.threshold(), found / (double) duplicates, found, duplicates,
                flaggedTrue / (double) Math.max(1, flaggedTotal), flaggedTrue, flaggedTotal);
        if (sweep != null) {
            System.out.println("threshold  recall  precision  twins  siblings  strangers  (flagged: true of all)");
            for (int t = sweep[0]; t <= sweep[1]; t += sweep[2]) {
                int dups = 0;
                int hits = 0;
                int flaggedAll = 0;
                int[] alarms = new int[Kind.values().length];
                int[] perKind = new int[Kind.values().length];
                for (int i = 0; i < sweepRows.size(); i++) {
                    Kind kind = Kind.values()[sweepRows.get(i)[0]];
                    perKind[kind.ordinal()]++;
                    boolean hit = sweepRows.get(i)[1] >= t;
                    int others = 0;
                    for (int score : wrongScores.get(i)) {
                        others += score >= t ? 1 : 0;
                    }
                    flaggedAll += others + (hit ? 1 : 0);
                    alarms[kind.ordinal()] += others > 0 ? 1 : 0;
                    if (kind.isDuplicate()) {
                        dups++;
                        hits += hit ? 1 : 0;
                    }
                }
                System.out.printf(Locale.ROOT, "%9d  %.4f  %.4f     %.3f  %.3f     %.3f      (%d of %d)%n", t,
                        hits / (double) dups, hits / (double) Math.max(1, flaggedAll),
                        alarms[Kind.TWIN.ordinal()] / (double) Math.max(1, perKind[Kind.TWIN.ordinal()]),
                        alarms[Kind.SIBLING.ordinal()] / (double) Math.max(1, perKind[Kind.SIBLING.ordinal()]),
                        alarms[Kind.STRANGER.ordinal()] / (double) Math.max(1, perKind[Kind.STRANGER.ordinal()]),
                        hits, flaggedAll);
            }
        }
        if (printLines) {
            lines.forEach(l -> System.out.println("  " + l));
        }
    }
}
