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
 *     --children 200000 --queries 2000 [--seed 42] [--model file.properties] [--threshold 187]</pre>
 */
public final class EvaluateLinkageModel {

    private EvaluateLinkageModel() {
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
        DuplicateMatcher matcher = new DuplicateMatcher(model);
        int dominance = Integer.parseInt(opts.getOrDefault("dominance", "0"));
        RegisterGenerator.Generated g = new RegisterGenerator(seed, LocalDate.of(2026, 12, 1)).generate(children, queries);
        List<ChildParticulars> register = new ArrayList<>();
        Map<Long, List<int[]>> index = new HashMap<>();
        for (int i = 0; i < g.register().size(); i++) {
            ChildParticulars c = g.register().get(i).particulars((long) i + 1);
            register.add(c);
            final int row = i;
            BlockingKeys.stored(c).forEach((key, weight) ->
                    index.computeIfAbsent(BlockingKeys.hash(key), k -> new ArrayList<>()).add(new int[] {row, weight}));
        }
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
        if (opts.containsKey("lines")) {
            lines.forEach(l -> System.out.println("  " + l));
        }
    }
}
