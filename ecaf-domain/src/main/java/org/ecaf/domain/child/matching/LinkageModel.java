package org.ecaf.domain.child.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The weights of the Fellegi–Sunter model {@link DuplicateMatcher} scores with: for every {@link Agreement} level
 * its m probability (the level is seen when two records are the same child) and u probability (seen when they are
 * different children), the weight log2(m/u) in bits, and the threshold a pair's total must reach to be flagged.
 *
 * <p>The standard model is the resource {@code linkage-model.properties} beside this class, written by
 * {@code org.ecaf.benchmarks.matching.TrainLinkageModel} (see docs/matching.md): u from random pairs of a
 * generated register, m and the match prior by expectation–maximisation over the candidate pairs that blocking
 * finds. Its {@link #version()} is recorded with every check. Immutable and thread-safe.
 */
public final class LinkageModel {

    /** Probabilities are kept within [FLOOR, 1 − FLOOR] so that no weight is infinite. */
    static final double FLOOR = 1e-6;

    private static final LinkageModel STANDARD = load("linkage-model.properties");

    private final String version;
    private final int threshold;
    private final Map<Agreement, Double> m;
    private final Map<Agreement, Double> u;
    private final Map<Agreement, Integer> points;

    public LinkageModel(String version, int threshold, Map<Agreement, Double> m, Map<Agreement, Double> u) {
        this.version = Objects.requireNonNull(version, "version");
        this.threshold = threshold;
        this.m = new EnumMap<>(Agreement.class);
        this.u = new EnumMap<>(Agreement.class);
        this.points = new EnumMap<>(Agreement.class);
        for (Agreement level : Agreement.values()) {
            double mm = clamp(Objects.requireNonNull(m.get(level), () -> "m of " + level));
            double uu = clamp(Objects.requireNonNull(u.get(level), () -> "u of " + level));
            this.m.put(level, mm);
            this.u.put(level, uu);
            this.points.put(level, (int) Math.round(10 * Math.log(mm / uu) / Math.log(2)));
        }
    }

    /** The model shipped with eCAF. */
    public static LinkageModel standard() {
        return STANDARD;
    }

    public String version() {
        return version;
    }

    /** The lowest total, in tenths of a bit, that flags a pair whose names and date or postcode agree. */
    public int threshold() {
        return threshold;
    }

    public double m(Agreement level) {
        return m.get(level);
    }

    public double u(Agreement level) {
        return u.get(level);
    }

    /** The weight of {@code level} in tenths of a bit: round(10 · log2(m/u)). */
    public int points(Agreement level) {
        return points.get(level);
    }

    /** This model with another threshold. */
    public LinkageModel withThreshold(int newThreshold) {
        return new LinkageModel(version, newThreshold, m, u);
    }

    /** The model as the properties file it is stored in. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("version", version);
        p.setProperty("threshold", Integer.toString(threshold));
        for (Agreement level : Agreement.values()) {
            p.setProperty("m." + level.name(), String.format(Locale.ROOT, "%.8f", m.get(level)));
            p.setProperty("u." + level.name(), String.format(Locale.ROOT, "%.8f", u.get(level)));
        }
        return p;
    }

    /** Reads a model from its properties. */
    public static LinkageModel of(Properties p) {
        Map<Agreement, Double> m = new EnumMap<>(Agreement.class);
        Map<Agreement, Double> u = new EnumMap<>(Agreement.class);
        for (Agreement level : Agreement.values()) {
            m.put(level, Double.parseDouble(required(p, "m." + level.name())));
            u.put(level, Double.parseDouble(required(p, "u." + level.name())));
        }
        return new LinkageModel(required(p, "version"), Integer.parseInt(required(p, "threshold")), m, u);
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The linkage model lacks " + key);
        }
        return value.trim();
    }

    private static double clamp(double p) {
        return Math.max(FLOOR, Math.min(1 - FLOOR, p));
    }

    private static LinkageModel load(String resource) {
        try (InputStream in = LinkageModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return of(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
