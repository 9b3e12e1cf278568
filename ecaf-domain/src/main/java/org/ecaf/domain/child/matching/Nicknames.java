package org.ecaf.domain.child.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Given names and their short forms: Beth and Elizabeth, Alfie and Alfred, Kasia and Katarzyna.
 *
 * <p>The table is {@code nicknames.csv}, the hand-curated list of the <a
 * href="https://github.com/carltonnorthern/nicknames">nicknames project</a> (Old Dominion University, Apache
 * License 2.0; about 1,100 names and 2,700 short forms, unchanged but for a credit header), plus
 * {@code nicknames-uk.csv}, eCAF's own short list of forms common in the UK that the first one lacks (Alfie,
 * Archie, Kasia…). Each line says that {@code name1} has the nickname {@code name2}.
 *
 * <p>Two folded given names are <em>the same name</em> when one is a short form of the other or both are short
 * forms of one full name (Beth and Liz, both Elizabeth). Thread-safe and immutable.
 */
public final class Nicknames {

    /** Canonical forms of very ambiguous short forms ("Al", "Sam"…) are not used as blocking keys beyond this. */
    static final int MAX_KEY_FORMS = 4;

    private static final Nicknames STANDARD = load("nicknames.csv", "nicknames-uk.csv");

    /** Folded name to the folded full names it is a short form of (never itself). */
    private final Map<String, Set<String>> fullForms;

    private Nicknames(Map<String, Set<String>> fullForms) {
        this.fullForms = fullForms;
    }

    /** The table shipped with eCAF. */
    public static Nicknames standard() {
        return STANDARD;
    }

    /** Whether two folded given names are the same name written differently (not equal; see the class). */
    public boolean sameName(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        Set<String> fullA = fullForms.getOrDefault(a, Set.of());
        Set<String> fullB = fullForms.getOrDefault(b, Set.of());
        if (fullA.contains(b) || fullB.contains(a)) {
            return true;
        }
        for (String f : fullA) {
            if (fullB.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The full names {@code folded} may stand for, for blocking keys: empty when it is no known short form or when
     * it could stand for more than {@value #MAX_KEY_FORMS} names.
     */
    public Set<String> fullFormsForKeys(String folded) {
        Set<String> full = fullForms.getOrDefault(folded, Set.of());
        return full.size() > MAX_KEY_FORMS ? Set.of() : full;
    }

    /** How many short forms the table knows. */
    public int size() {
        return fullForms.size();
    }

    private static Nicknames load(String... resources) {
        Map<String, Set<String>> full = new HashMap<>();
        for (String resource : resources) {
            try (InputStream in = Nicknames.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#") || line.startsWith("name1,")) {
                        continue;
                    }
                    String[] cells = line.split(",");
                    if (cells.length != 3 || !"has_nickname".equals(cells[1])) {
                        continue;
                    }
                    String name = NameFolding.fold(cells[0]).replace(" ", "");
                    String nickname = NameFolding.fold(cells[2]).replace(" ", "");
                    if (!name.isEmpty() && !nickname.isEmpty() && !name.equals(nickname)) {
                        full.computeIfAbsent(nickname, k -> new TreeSet<>()).add(name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        full.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new Nicknames(Map.copyOf(frozen));
    }
}
