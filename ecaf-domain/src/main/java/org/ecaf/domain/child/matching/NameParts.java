package org.ecaf.domain.child.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One name field (given names, family name, or an other/previous name) prepared for comparison: folded words,
 * their concatenation, and the distinctive parts a double-barrelled or hyphenated name is matched on.
 *
 * <p>Particles are joined to the word that follows them, so "O Neill", "O'Neill" and "ONeill" all give the part
 * ONEILL, "Mc Donald" gives MCDONALD, "Van der Berg" gives VANDERBERG. Particles that are often dropped (Al, El,
 * Van, Von, De, Da, Di, Du, Le, La, Del, Der, Den, Dos, Das, Della, Ten, Ter) also leave the bare word (BERG,
 * HASSAN) to be matched. Single letters in given names are initials and are ignored.
 *
 * <p>Placeholders used before a baby is named count as "not known": given names that begin with Unborn, Baby,
 * Infant, Newborn, Unnamed, Unknown or Twin, or that read "Not known" and the like. A family name written as
 * "Unborn baby of Jane Smith" is taken to be the mother's family name, Smith.
 */
final class NameParts {

    /** A distinctive part of a name; {@code bare} is the word without a droppable particle, or null. */
    record Part(String merged, String bare) {

        boolean sameAs(Part other) {
            return merged.equals(other.merged)
                    || bare != null && (bare.equals(other.merged) || bare.equals(other.bare))
                    || other.bare != null && other.bare.equals(merged);
        }
    }

    private static final Set<String> PLACEHOLDERS = Set.of("UNBORN", "BABY", "INFANT", "NEWBORN", "UNNAMED",
            "UNKNOWN", "TWIN", "NK", "TBC", "TBA");
    private static final Set<String> UNKNOWN_PHRASES = Set.of("NOT KNOWN", "NOT YET KNOWN", "NOT NAMED",
            "NOT YET NAMED", "NO NAME", "NAME NOT KNOWN", "NOT STATED", "NONE");
    private static final Set<String> DROPPABLE_PARTICLES = Set.of("AL", "EL", "VAN", "VON", "DE", "DA", "DI", "DU",
            "LE", "LA", "DEL", "DER", "DEN", "DOS", "DAS", "DELLA", "TEN", "TER");
    private static final Set<String> KEPT_PARTICLES = Set.of("MC", "MAC", "ST", "O");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TOKENS = Pattern.compile("[\\s\\-\u2010\u2011]+");

    private final String original;
    private final List<String> words;
    private final String joined;
    private final List<Part> parts;

    private NameParts(String original, List<String> words, List<Part> parts) {
        this.original = original == null ? "" : SPACES.matcher(original.trim()).replaceAll(" ");
        this.words = List.copyOf(words);
        this.joined = String.join("", words);
        this.parts = List.copyOf(parts);
    }

    static NameParts givenNames(String raw) {
        String folded = NameFolding.fold(raw);
        List<String> words = folded.isEmpty() ? List.of() : List.of(folded.split(" "));
        if (words.isEmpty() || UNKNOWN_PHRASES.contains(folded) || PLACEHOLDERS.contains(words.get(0))) {
            return new NameParts(raw, List.of(), List.of());
        }
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (word.length() > 1 && !PLACEHOLDERS.contains(word)) {
                kept.add(word);
            }
        }
        List<Part> parts = new ArrayList<>();
        for (String word : kept) {
            parts.add(new Part(word, null));
        }
        return new NameParts(raw, kept, parts);
    }

    static NameParts familyName(String raw) {
        String folded = NameFolding.fold(raw);
        List<String> words = folded.isEmpty() ? List.of() : List.of(folded.split(" "));
        if (words.isEmpty() || UNKNOWN_PHRASES.contains(folded)) {
            return new NameParts(raw, List.of(), List.of());
        }
        if (PLACEHOLDERS.contains(words.get(0))) {
            int of = words.lastIndexOf("OF");
            if (of >= 0) {
                List<String> mother = words.subList(of + 1, words.size());
                words = mother.size() >= 2 ? mother.subList(1, mother.size()) : mother;
            }
        }
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (!PLACEHOLDERS.contains(word)) {
                kept.add(word);
            }
        }
        return new NameParts(raw, kept, mergeParticles(kept));
    }

    /** An other or previous name, which may be a whole name ("Jack Jones") or a single name. */
    static NameParts otherName(String raw) {
        NameParts asFamily = familyName(raw);
        List<Part> parts = new ArrayList<>();
        for (Part part : asFamily.parts) {
            if (part.merged().length() > 1) {
                parts.add(part);
            }
        }
        return new NameParts(raw, asFamily.words, parts);
    }

    private static List<Part> mergeParticles(List<String> words) {
        List<Part> parts = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        boolean prefixDroppable = true;
        for (String word : words) {
            boolean droppable = DROPPABLE_PARTICLES.contains(word);
            if (droppable || KEPT_PARTICLES.contains(word) || word.length() == 1) {
                prefix.append(word);
                prefixDroppable &= droppable;
                continue;
            }
            if (prefix.length() == 0) {
                parts.add(new Part(word, null));
            } else {
                parts.add(new Part(prefix + word, prefixDroppable ? word : null));
            }
            prefix.setLength(0);
            prefixDroppable = true;
        }
        if (prefix.length() > 0 && parts.isEmpty()) {
            parts.add(new Part(prefix.toString(), null));
        }
        return parts;
    }

    boolean isKnown() {
        return !parts.isEmpty();
    }

    String original() {
        return original;
    }

    List<String> words() {
        return words;
    }

    /** All folded words run together: "O Neill" and "O'Neill" both give ONEILL. */
    String joined() {
        return joined;
    }

    List<Part> parts() {
        return parts;
    }

    /** The first distinctive part, or null when the name is not known. */
    Part first() {
        return parts.isEmpty() ? null : parts.get(0);
    }

    /** The spelling of {@code foldedWord} as entered, e.g. "Zoë" for ZOE, or the word in title case. */
    String asEntered(String foldedWord) {
        for (String token : TOKENS.split(original)) {
            if (String.join("", NameFolding.words(token)).equals(foldedWord)) {
                return token;
            }
        }
        return foldedWord.isEmpty() ? foldedWord
                : foldedWord.charAt(0) + foldedWord.substring(1).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return original;
    }
}
