package org.ecaf.domain.child.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.ecaf.domain.child.matching.MatchReasonCode.Aspect;
import org.ecaf.domain.child.matching.NameParts.Part;
import org.ecaf.domain.child.matching.NameSimilarity.Likeness;
import org.ecaf.forms.UkTime;

/**
 * Looks among existing records for the child about to be registered, so that a practitioner sees likely
 * duplicates side by side before creating another record for the same child.
 *
 * <p><b>Scoring: a Fellegi–Sunter model.</b> Each field of the two records (NHS number, UPN, family name, given
 * names, date of birth, postcode) is compared and falls into one {@link Agreement} level: the same, sounding or
 * spelt alike, a short form (Beth and Elizabeth), given and family names the other way round, a date with day and
 * month swapped or the year one out, the same postcode district, different, and so on. A field one record lacks
 * adds nothing. Each level adds its weight log2(m/u) from the {@link LinkageModel} (m and u estimated from data;
 * see there), in tenths of a bit ({@link MatchReason#points()}); the score is their sum. Given
 * {@link NameFrequencies}, a family and a given name that agree are weighed by how common they are in the register
 * instead of at the average (a rare name counts for more, a common one for less; docs/matching.md).
 *
 * <p>A record is a likely duplicate when it shares an NHS number or UPN (whatever else differs), or when its
 * names are alike in some way <em>and</em> its date or its postcode supports them <em>and</em> the score reaches
 * the model's threshold <em>and</em> the given names, where both records have them, are not plainly different.
 * Names alone never flag (there are many Jack Smiths), nor do date of birth and postcode without any likeness of
 * name. The last rule keeps <b>twins and siblings</b> apart: the model treats fields as independent, but for twins
 * (same family name, date of birth and postcode) they are not, and a second record for the same child nearly
 * always shares or resembles a given name, has it in another form, or lists it as an other name; warning about
 * every twin teaches practitioners to ignore the warning. A baby without given names yet is still compared on
 * the rest, because nothing tells them apart.
 *
 * <p>Names transliterated differently from another script beyond what the phonetic codes catch (Siobhan and
 * Shivaun) and short forms the {@link Nicknames} table lacks are out of scope unless recorded as other names.
 *
 * <p>Deterministic: the same inputs give the same list in the same order whatever the order of
 * {@code candidates}. Thread-safe.
 */
public final class DuplicateMatcher {

    /** The standard model's threshold, in tenths of a bit. */
    public static final int DEFAULT_THRESHOLD = LinkageModel.standard().threshold();

    /**
     * A candidate scoring this much (tenths of a bit) below the best one found for the same child is left out of
     * {@link #findLikelyDuplicates}, unless it shares an NHS number or UPN: 10 bits, the best is a thousand times
     * likelier to be the child, and a child has one record. At a register of hundreds of thousands this drops the
     * namesakes (same names and birthday, another household) flagged beside the child's own record.
     */
    public static final int MUCH_STRONGER = 100;

    /** How far apart two expected dates of delivery may be (scans revise them). */
    static final int EXPECTED_DATES_DAYS_CLOSE = 28;
    /** A baby born from 17 weeks before (about 23 weeks' gestation) to 3 weeks after its expected date. */
    static final int BORN_WEEKS_BEFORE_EXPECTED = 17;
    static final int BORN_WEEKS_AFTER_EXPECTED = 3;

    static final Comparator<PossibleDuplicate> ORDER = Comparator
            .comparingInt(PossibleDuplicate::score).reversed()
            .thenComparing(PossibleDuplicate::candidateId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> String.valueOf(p.candidate().familyName()))
            .thenComparing(p -> String.valueOf(p.candidate().givenNames()))
            .thenComparing(p -> String.valueOf(p.candidate().dateOfBirth()))
            .thenComparing(p -> String.valueOf(p.candidate().expectedDateOfDelivery()))
            .thenComparing(p -> String.valueOf(p.candidate().postcode()))
            .thenComparing(p -> String.valueOf(p.candidate().otherNames()))
            .thenComparing(p -> String.valueOf(p.candidate().nhsNumber()))
            .thenComparing(p -> String.valueOf(p.candidate().upn()));

    private static final Nicknames NICKNAMES = Nicknames.standard();

    /** The fields {@link #cannotBeFlagged} compares exactly; every other field is counted at its best level. */
    private static final Set<Agreement.Field> CHEAP_FIELDS = EnumSet.of(Agreement.Field.NHS_NUMBER,
            Agreement.Field.UPN, Agreement.Field.DATE_OF_BIRTH, Agreement.Field.POSTCODE);

    /**
     * The most a name's rarity may add to the weight of the same name, in tenths of a bit ({@link NameFrequencies}):
     * 3 bits, a name eight times rarer than the model's average. The share of a name seen a few times in the register
     * is a poor estimate (and a misspelt name is "rare"); see docs/matching.md for how it was chosen.
     */
    public static final int MOST_RARER = 30;
    /**
     * The most a name's commonness may take from the weight of the same name: 3 bits, a name eight times commoner
     * than the average; no name of the generated register or of the UK's lists comes near it.
     */
    public static final int MOST_COMMONER = 30;

    private final LinkageModel model;
    private final NameFrequencies frequencies;
    private final int mostRarer;
    private final int mostCommoner;
    /** Whether the same given and family name are weighed together by the pair's share (else each by its own). */
    private final boolean together;
    /** The most points the fields other than {@link #CHEAP_FIELDS} can add, each at its best level (or nothing). */
    private final int mostOtherPoints;

    /** A matcher with the {@linkplain LinkageModel#standard() standard model}. */
    public DuplicateMatcher() {
        this(LinkageModel.standard());
    }

    /** A matcher with the standard model and a local threshold; the rules that names alone never flag still apply. */
    public DuplicateMatcher(int threshold) {
        this(LinkageModel.standard().withThreshold(positive(threshold)));
    }

    private static int positive(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be positive");
        }
        return threshold;
    }

    public DuplicateMatcher(LinkageModel model) {
        this(model, NameFrequencies.NONE);
    }

    /**
     * A matcher that weighs the same family name and the same first given name by how common the name is in the
     * register ({@code frequencies}; {@link NameFrequencies#NONE}: not at all).
     */
    public DuplicateMatcher(LinkageModel model, NameFrequencies frequencies) {
        this(model, frequencies, MOST_RARER, MOST_COMMONER);
    }

    /** As {@link #DuplicateMatcher(LinkageModel, NameFrequencies)} with other caps (for measuring them). */
    public DuplicateMatcher(LinkageModel model, NameFrequencies frequencies, int mostRarer, int mostCommoner) {
        this(model, frequencies, mostRarer, mostCommoner, true);
    }

    /** As above; {@code together} false weighs each name by its own share only (for measuring it). */
    public DuplicateMatcher(LinkageModel model, NameFrequencies frequencies, int mostRarer, int mostCommoner,
            boolean together) {
        this.model = Objects.requireNonNull(model, "model");
        this.together = together;
        this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
        if (mostRarer < 0 || mostCommoner < 0) {
            throw new IllegalArgumentException("caps must not be negative");
        }
        this.mostRarer = mostRarer;
        this.mostCommoner = mostCommoner;
        Map<Agreement.Field, Integer> best = new EnumMap<>(Agreement.Field.class);
        for (Agreement level : Agreement.values()) {
            if (!CHEAP_FIELDS.contains(level.field())) {
                int most = model.points(level) + (frequencies.isKnown() && isRated(level) ? mostRarer : 0);
                best.merge(level.field(), Math.max(0, most), Math::max);
            }
        }
        this.mostOtherPoints = best.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The levels whose weight a name's frequency adjusts: the name fields' levels of agreement but a swap or an other name. */
    private static boolean isRated(Agreement level) {
        return (level.field() == Agreement.Field.FAMILY_NAME || level.field() == Agreement.Field.GIVEN_NAMES)
                && level != Agreement.FAMILY_SWAPPED && level != Agreement.FAMILY_OTHER_NAME
                && level != Agreement.GIVEN_OTHER_NAME && level != Agreement.GIVEN_SWAPPED
                && level != Agreement.FAMILY_DIFFERENT && level != Agreement.GIVEN_DIFFERENT;
    }

    /** The frequencies the same names are weighed by ({@link NameFrequencies#NONE} when not at all). */
    public NameFrequencies frequencies() {
        return frequencies;
    }

    /** The same matcher weighing names by {@code newFrequencies}. */
    public DuplicateMatcher withFrequencies(NameFrequencies newFrequencies) {
        return new DuplicateMatcher(model, newFrequencies, mostRarer, mostCommoner, together);
    }

    /**
     * How much a name (or pair of names) with {@code share} of the register adds to (or takes from) the weight of
     * agreeing on it, in tenths of a bit: log2(u / share), u the level's average, within the caps; 0 when the share
     * is not known.
     */
    int rarity(double u, double share) {
        if (Double.isNaN(share) || share <= 0) {
            return 0;
        }
        long adjustment = Math.round(10 * Math.log(u / share) / Math.log(2));
        return (int) Math.max(-mostCommoner, Math.min(mostRarer, adjustment));
    }

    public LinkageModel model() {
        return model;
    }

    public int threshold() {
        return model.threshold();
    }

    /**
     * The candidates likely to be {@code newChild}, highest score first. A candidate with the same (non-null) id
     * as {@code newChild} is the child itself and is left out; null candidates are ignored. A candidate
     * {@link #MUCH_STRONGER} or more below the best is left out too, unless it shares an identifier: the child is
     * the best one, the other most likely a namesake. The cost: when the register already holds two records of the
     * child, one far weaker than the other, the weaker one is not shown here (search still finds it).
     */
    public List<PossibleDuplicate> findLikelyDuplicates(ChildParticulars newChild,
            Collection<ChildParticulars> candidates) {
        Objects.requireNonNull(newChild, "newChild");
        Objects.requireNonNull(candidates, "candidates");
        Profile mine = new Profile(newChild);
        List<PossibleDuplicate> found = new ArrayList<>();
        for (ChildParticulars candidate : candidates) {
            if (candidate == null || newChild.id() != null && newChild.id().equals(candidate.id())) {
                continue;
            }
            if (cannotBeFlagged(newChild, candidate)) {
                continue;
            }
            Assessment assessment = assess(mine, new Profile(candidate));
            if (assessment.flagged()) {
                found.add(assessment.result());
            }
        }
        found.sort(ORDER);
        if (!found.isEmpty()) {
            int best = found.get(0).score();
            found.removeIf(d -> d.score() <= best - MUCH_STRONGER && !sharesIdentifier(d));
        }
        return List.copyOf(found);
    }

    private static boolean sharesIdentifier(PossibleDuplicate d) {
        return d.has(MatchReasonCode.SAME_NHS_NUMBER) || d.has(MatchReasonCode.SAME_UPN);
    }

    /** {@code candidate} with its score and reasons when it is a likely duplicate of {@code newChild}. */
    public Optional<PossibleDuplicate> compare(ChildParticulars newChild, ChildParticulars candidate) {
        Assessment assessment = assess(newChild, candidate);
        return assessment.flagged() ? Optional.of(assessment.result()) : Optional.empty();
    }

    /** {@code child} prepared once for comparing with many others ({@link #compare(Prepared, Prepared)}). */
    public Prepared prepare(ChildParticulars child) {
        return new Prepared(new Profile(Objects.requireNonNull(child, "child")));
    }

    /** As {@link #compare(ChildParticulars, ChildParticulars)}, for particulars prepared once (bulk import). */
    public Optional<PossibleDuplicate> compare(Prepared newChild, Prepared candidate) {
        if (cannotBeFlagged(newChild.profile.child, candidate.profile.child)) {
            return Optional.empty();
        }
        Assessment assessment = assess(newChild.profile, candidate.profile);
        return assessment.flagged() ? Optional.of(assessment.result()) : Optional.empty();
    }

    /** A child's particulars with their names taken apart once. */
    public static final class Prepared {
        private final Profile profile;

        private Prepared(Profile profile) {
            this.profile = profile;
        }

        public ChildParticulars particulars() {
            return profile.child;
        }
    }

    /**
     * Whether the words typed into a search name {@code candidate} by its own given and family names (in any order,
     * in short or full form, sounding alike), not only by one of its other (previous) names. For a record the searcher
     * may see only in part, a match through a previous name alone would link that name to the child's present one.
     */
    public boolean typedNamesMatch(String text, ChildParticulars candidate) {
        List<String> words = NameFolding.words(text);
        if (words.isEmpty()) {
            return false;
        }
        ChildParticulars own = new ChildParticulars(candidate.id(), candidate.givenNames(), candidate.familyName(),
                List.of(), null, null, null, null, null);
        for (ChildParticulars probe : typed(words, null)) {
            if (score(probe, own).reasons().stream().anyMatch(r -> r.code().aspect() == MatchReasonCode.Aspect.NAME
                    && r.code() != MatchReasonCode.MATCHES_OTHER_NAME)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The particulars that words typed into a search stand for, to score children against: one word as a family name
     * or as a given name; more, the last as the family name and the others as given names (the matcher also tries
     * them the other way round).
     */
    public static List<ChildParticulars> typed(List<String> words, LocalDate dateOfBirth) {
        if (words.isEmpty()) {
            return List.of();
        }
        String last = words.get(words.size() - 1);
        if (words.size() == 1) {
            return List.of(new ChildParticulars(null, null, last, List.of(), dateOfBirth, null, null, null, null),
                    new ChildParticulars(null, last, null, List.of(), dateOfBirth, null, null, null, null));
        }
        String rest = String.join(" ", words.subList(0, words.size() - 1));
        return List.of(new ChildParticulars(null, rest, last, List.of(), dateOfBirth, null, null, null, null));
    }

    /** {@code candidate} with its score and reasons whether flagged or not (for ranking search results). */
    public PossibleDuplicate score(ChildParticulars newChild, ChildParticulars candidate) {
        return assess(newChild, candidate).result();
    }

    /** The agreement levels of a pair, for estimating the model's weights. */
    public java.util.Set<Agreement> agreements(ChildParticulars a, ChildParticulars b) {
        java.util.Set<Agreement> levels = java.util.EnumSet.noneOf(Agreement.class);
        PossibleDuplicate result = assess(a, b).result();
        for (MatchReason r : result.reasons()) {
            if (r.level() != null) {
                levels.add(r.level());
            }
        }
        for (MatchReason r : result.differences()) {
            if (r.level() != null) {
                levels.add(r.level());
            }
        }
        return levels;
    }

    /** The full comparison, flagged or not. */
    Assessment assess(ChildParticulars newChild, ChildParticulars candidate) {
        return assess(new Profile(Objects.requireNonNull(newChild, "newChild")),
                new Profile(Objects.requireNonNull(candidate, "candidate")));
    }

    /**
     * Whether identifiers, dates and postcodes alone already rule a flag out, whatever the names say: no shared
     * identifier, and either neither a date nor a postcode in support, or too few points even if every other field
     * agreed at its best level. Each field adds one finding at most (names given the other way round add one in place
     * of two), so this never rules out a pair that {@link #assess} would flag; it spares the name comparisons, the
     * costly part, for most pairs a bulk import meets and most of the hundred candidates of a check.
     */
    private boolean cannotBeFlagged(ChildParticulars a, ChildParticulars b) {
        Findings cheap = new Findings(this);
        compareIdentifiers(a, b, cheap);
        if (cheap.has(MatchReasonCode.SAME_NHS_NUMBER) || cheap.has(MatchReasonCode.SAME_UPN)) {
            return false;
        }
        compareDates(a, b, cheap);
        comparePostcodes(a, b, cheap);
        return !cheap.hasEvidence(Aspect.DATE) && !cheap.hasEvidence(Aspect.POSTCODE)
                || cheap.score() + mostOtherPoints < model.threshold();
    }

    /** A comparison whether flagged or not. */
    record Assessment(PossibleDuplicate result, boolean flagged) {
    }

    private Assessment assess(Profile a, Profile b) {
        Findings findings = new Findings(this);
        compareIdentifiers(a.child, b.child, findings);
        if (!namesSwapped(a, b, findings)) {
            compareFamilyNames(a, b, findings);
            compareGivenNames(a, b, findings);
            findings.rateNames();
        }
        compareDates(a.child, b.child, findings);
        comparePostcodes(a.child, b.child, findings);
        int score = findings.score();
        boolean identifier = findings.has(MatchReasonCode.SAME_NHS_NUMBER) || findings.has(MatchReasonCode.SAME_UPN);
        boolean supported = findings.hasEvidence(Aspect.NAME)
                && (findings.hasEvidence(Aspect.DATE) || findings.hasEvidence(Aspect.POSTCODE));
        boolean givenNamesDiffer = findings.differences.stream()
                .anyMatch(d -> d.code() == MatchReasonCode.DIFFERENT_GIVEN_NAMES);
        boolean flagged = identifier || supported && !givenNamesDiffer && score >= model.threshold();
        return new Assessment(new PossibleDuplicate(b.child, score, findings.reasons, findings.differences), flagged);
    }

    /**
     * Given and family names entered the other way round: neither the family names nor the first given names are
     * alike, but each record's family name is alike the other's first given name.
     */
    private static boolean namesSwapped(Profile a, Profile b, Findings findings) {
        if (!a.given.isKnown() || !b.given.isKnown() || !a.family.isKnown() || !b.family.isKnown()) {
            return false;
        }
        String aFirst = a.given.words().get(0);
        String bFirst = b.given.words().get(0);
        if (familyAlike(a.family, b.family.joined()) || familyAlike(b.family, a.family.joined())
                || wordsAlike(aFirst, bFirst)) {
            return false;
        }
        if ((familyAlike(a.family, bFirst) || familyAlike(a.family, b.given.joined()))
                && (familyAlike(b.family, aFirst) || familyAlike(b.family, a.given.joined()))) {
            // one piece of evidence, counted once: the given-name field adds nothing more
            findings.add(MatchReasonCode.NAMES_SWAPPED, "Given and family names the other way round: '"
                    + a.given.original() + " " + a.family.original() + "' here, '" + b.given.original() + " "
                    + b.family.original() + "' on this record", Agreement.FAMILY_SWAPPED);
            return true;
        }
        return false;
    }

    /** Whether a family name, or one part of a double-barrelled one, is alike {@code word}. */
    private static boolean familyAlike(NameParts family, String word) {
        if (wordsAlike(family.joined(), word)) {
            return true;
        }
        for (Part part : family.parts()) {
            if (wordsAlike(part.merged(), word) || part.bare() != null && wordsAlike(part.bare(), word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordsAlike(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        if (x.length() >= 3 && y.length() >= 3 && NameSimilarity.compare(x, y) != Likeness.NONE) {
            return true;
        }
        return NICKNAMES.sameName(x, y);
    }

    // ----- identifiers

    private static void compareIdentifiers(ChildParticulars a, ChildParticulars b, Findings findings) {
        if (a.nhsNumber() != null && b.nhsNumber() != null) {
            if (a.nhsNumber().equals(b.nhsNumber())) {
                findings.add(MatchReasonCode.SAME_NHS_NUMBER, "Same NHS number", Agreement.NHS_SAME);
            } else {
                findings.add(MatchReasonCode.DIFFERENT_NHS_NUMBER, "Different NHS numbers", Agreement.NHS_DIFFERENT);
            }
        }
        // different UPNs count for nothing: a second UPN issued by another school is how duplicates arise
        if (a.upn() != null && a.upn().equals(b.upn())) {
            findings.add(MatchReasonCode.SAME_UPN, "Same unique pupil number (UPN)", Agreement.UPN_SAME);
        }
    }

    // ----- family names

    private static void compareFamilyNames(Profile a, Profile b, Findings findings) {
        NameParts mine = a.family;
        NameParts theirs = b.family;
        boolean bothKnown = mine.isKnown() && theirs.isKnown();
        if (bothKnown && directFamilyMatch(mine, theirs, findings)) {
            return;
        }
        if (mine.isKnown()) {
            for (NameParts other : b.others) {
                if (partsAlike(mine.parts(), other.parts())) {
                    findings.add(MatchReasonCode.MATCHES_OTHER_NAME, "Family name matches other or previous name '"
                            + other.original() + "' on this record", Agreement.FAMILY_OTHER_NAME);
                    return;
                }
            }
        }
        if (theirs.isKnown()) {
            for (NameParts other : a.others) {
                if (partsAlike(other.parts(), theirs.parts())) {
                    findings.add(MatchReasonCode.MATCHES_OTHER_NAME, "Other or previous name '" + other.original()
                            + "' of this child matches family name '" + theirs.original() + "'", Agreement.FAMILY_OTHER_NAME);
                    return;
                }
            }
        }
        if (bothKnown) {
            findings.add(MatchReasonCode.DIFFERENT_FAMILY_NAME, "Family names differ: '" + mine.original()
                    + "' and '" + theirs.original() + "'", Agreement.FAMILY_DIFFERENT);
        }
    }

    private static boolean directFamilyMatch(NameParts mine, NameParts theirs, Findings findings) {
        if (mine.joined().equals(theirs.joined())) {
            String explanation = sameWritten(mine.original(), theirs.original()) ? "Same family name"
                    : "Same family name, written '" + theirs.original() + "' on this record";
            findings.addFamily(MatchReasonCode.SAME_FAMILY_NAME, explanation, Agreement.FAMILY_SAME, mine, theirs);
            return true;
        }
        Likeness whole = NameSimilarity.compare(mine.joined(), theirs.joined());
        if (whole != Likeness.NONE) {
            findings.addFamily(MatchReasonCode.SIMILAR_FAMILY_NAME, "Family name " + likenessPhrase(whole) + " '"
                    + theirs.original() + "'", Agreement.FAMILY_SIMILAR, mine, theirs);
            return true;
        }
        for (Part p : mine.parts()) {
            for (Part q : theirs.parts()) {
                if (p.sameAs(q)) {
                    findings.addFamily(MatchReasonCode.SIMILAR_FAMILY_NAME, "Family name '" + mine.original()
                            + "' shares a part with '" + theirs.original() + "'", Agreement.FAMILY_SIMILAR, mine, theirs);
                    return true;
                }
            }
        }
        for (Part p : mine.parts()) {
            for (Part q : theirs.parts()) {
                Likeness likeness = partLikeness(p, q);
                if (likeness != Likeness.NONE) {
                    findings.addFamily(MatchReasonCode.SIMILAR_FAMILY_NAME, "Part of the family name '" + mine.original()
                            + "' " + likenessPhrase(likeness) + " part of '" + theirs.original() + "'",
                            Agreement.FAMILY_PART_SIMILAR, mine, theirs);
                    return true;
                }
            }
        }
        return false;
    }

    // ----- given names

    private static void compareGivenNames(Profile a, Profile b, Findings findings) {
        NameParts mine = a.given;
        NameParts theirs = b.given;
        boolean bothKnown = mine.isKnown() && theirs.isKnown();
        if (bothKnown) {
            int[] matched = directGivenMatch(mine, theirs, findings);
            if (matched != null) {
                compareMiddleNames(mine, theirs, matched, findings);
                return;
            }
        }
        if (mine.isKnown()) {
            for (NameParts other : b.others) {
                if (wordsAlikeParts(mine.words(), other.parts())) {
                    findings.add(MatchReasonCode.MATCHES_OTHER_NAME, "Given name matches other or previous name '"
                            + other.original() + "' on this record", Agreement.GIVEN_OTHER_NAME);
                    return;
                }
            }
        }
        if (theirs.isKnown()) {
            for (NameParts other : a.others) {
                if (wordsAlikeParts(theirs.words(), other.parts())) {
                    findings.add(MatchReasonCode.MATCHES_OTHER_NAME, "Other or previous name '" + other.original()
                            + "' of this child matches given name '" + theirs.original() + "'", Agreement.GIVEN_OTHER_NAME);
                    return;
                }
            }
        }
        if (bothKnown) {
            findings.add(MatchReasonCode.DIFFERENT_GIVEN_NAMES, "Given names differ: '" + mine.original()
                    + "' and '" + theirs.original() + "'", Agreement.GIVEN_DIFFERENT);
        }
    }

    /**
     * Puts the given names in a level when one of them matches; returns the positions of the matching words in
     * {@code mine} and {@code theirs}, or null when none does.
     */
    private static int[] directGivenMatch(NameParts mine, NameParts theirs, Findings findings) {
        List<String> myWords = mine.words();
        List<String> theirWords = theirs.words();
        if (mine.joined().equals(theirs.joined())) {
            String explanation = myWords.size() == 1 && theirWords.size() == 1 ? "Same given name"
                    : "Same given names";
            if (!sameWritten(mine.original(), theirs.original())) {
                explanation += ", written '" + theirs.original() + "' on this record";
            }
            findings.addGiven(MatchReasonCode.SAME_GIVEN_NAME, explanation, Agreement.GIVEN_SAME, myWords.get(0),
                    theirWords.get(0));
            return new int[] {0, 0};
        }
        if (myWords.get(0).equals(theirWords.get(0))) {
            findings.addGiven(MatchReasonCode.SAME_GIVEN_NAME, "Same first name '" + mine.asEntered(myWords.get(0))
                    + "' (given names on this record: '" + theirs.original() + "')", Agreement.GIVEN_SAME,
                    myWords.get(0), theirWords.get(0));
            return new int[] {0, 0};
        }
        if (NICKNAMES.sameName(myWords.get(0), theirWords.get(0))) {
            findings.addGiven(MatchReasonCode.GIVEN_NAME_SHORT_FORM, "Given names are the same name ("
                    + mine.asEntered(myWords.get(0)) + " / " + theirs.asEntered(theirWords.get(0)) + ")",
                    Agreement.GIVEN_NICKNAME, myWords.get(0), theirWords.get(0));
            return new int[] {0, 0};
        }
        for (int i = 0; i < myWords.size(); i++) {
            String word = myWords.get(i);
            if (theirWords.contains(word)) {
                findings.addGiven(MatchReasonCode.SAME_GIVEN_NAME, "Given name '" + mine.asEntered(word)
                        + "' is among the given names on this record ('" + theirs.original() + "')", Agreement.GIVEN_AMONG,
                        word, word);
                return new int[] {i, theirWords.indexOf(word)};
            }
        }
        for (int i = 0; i < myWords.size(); i++) {
            for (int j = 0; j < theirWords.size(); j++) {
                if (NICKNAMES.sameName(myWords.get(i), theirWords.get(j))) {
                    findings.addGiven(MatchReasonCode.GIVEN_NAME_SHORT_FORM, "Given names are the same name ("
                            + mine.asEntered(myWords.get(i)) + " / " + theirs.asEntered(theirWords.get(j)) + ")",
                            Agreement.GIVEN_NICKNAME, myWords.get(i), theirWords.get(j));
                    return new int[] {i, j};
                }
            }
        }
        Likeness first = NameSimilarity.compare(myWords.get(0), theirWords.get(0));
        if (first != Likeness.NONE) {
            findings.addGiven(MatchReasonCode.SIMILAR_GIVEN_NAME, "Given name " + likenessPhrase(first) + " '"
                    + theirs.asEntered(theirWords.get(0)) + "'", Agreement.GIVEN_SIMILAR, myWords.get(0),
                    theirWords.get(0));
            return new int[] {0, 0};
        }
        for (int i = 0; i < myWords.size(); i++) {
            for (int j = 0; j < theirWords.size(); j++) {
                String word = myWords.get(i);
                String theirWord = theirWords.get(j);
                Likeness likeness = word.length() < 3 || theirWord.length() < 3 ? Likeness.NONE
                        : NameSimilarity.compare(word, theirWord);
                if (likeness != Likeness.NONE) {
                    findings.addGiven(MatchReasonCode.SIMILAR_GIVEN_NAME, "Given name '" + mine.asEntered(word) + "' "
                            + likenessPhrase(likeness) + " '" + theirs.asEntered(theirWord)
                            + "' (given names on this record: '" + theirs.original() + "')", Agreement.GIVEN_AMONG_SIMILAR,
                            word, theirWord);
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    /**
     * The given names besides the two that matched ({@code matched}: their positions): when both records have
     * some, one the same, the same name in another form or alike counts for a match, none alike against ("Ava
     * Grace" and "Ava Isabella": two children named Ava, most likely). Nothing when either record has no more.
     */
    private static void compareMiddleNames(NameParts mine, NameParts theirs, int[] matched, Findings findings) {
        List<String> myRest = rest(mine.words(), matched[0]);
        List<String> theirRest = rest(theirs.words(), matched[1]);
        if (myRest.isEmpty() || theirRest.isEmpty()) {
            return;
        }
        // the words after the first names are middle names; when a middle name matched a first name, the rest are
        // just the other given names
        boolean middle = matched[0] == 0 && matched[1] == 0;
        for (String word : myRest) {
            for (String theirWord : theirRest) {
                if (word.equals(theirWord) || NICKNAMES.sameName(word, theirWord) || word.length() >= 3
                        && theirWord.length() >= 3 && NameSimilarity.compare(word, theirWord) != Likeness.NONE) {
                    String name = middle ? "middle name" : "other given name";
                    findings.add(MatchReasonCode.SAME_MIDDLE_NAME, word.equals(theirWord)
                            ? "Same " + name + " '" + mine.asEntered(word) + "'"
                            : capitalised(name) + " '" + mine.asEntered(word) + "' is alike '"
                                    + theirs.asEntered(theirWord) + "' on this record", Agreement.MIDDLE_SAME);
                    return;
                }
            }
        }
        findings.add(MatchReasonCode.DIFFERENT_MIDDLE_NAMES, (middle ? "Middle names" : "Other given names")
                + " differ: '" + String.join(" ", myRest.stream().map(mine::asEntered).toList()) + "' and '"
                + String.join(" ", theirRest.stream().map(theirs::asEntered).toList()) + "' on this record",
                Agreement.MIDDLE_DIFFERENT);
    }

    private static String capitalised(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    private static List<String> rest(List<String> words, int matched) {
        List<String> rest = new ArrayList<>(words);
        rest.remove(matched);
        return rest;
    }

    // ----- name helpers

    private static boolean partsAlike(List<Part> mine, List<Part> theirs) {
        for (Part p : mine) {
            for (Part q : theirs) {
                if (p.sameAs(q) || partLikeness(p, q) != Likeness.NONE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wordsAlikeParts(List<String> words, List<Part> parts) {
        for (String word : words) {
            Part asPart = new Part(word, null);
            for (Part part : parts) {
                if (asPart.sameAs(part) || partLikeness(asPart, part) != Likeness.NONE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Likeness of two parts of at least three letters (shorter parts only ever match exactly). */
    private static Likeness partLikeness(Part p, Part q) {
        if (p.merged().length() < 3 || q.merged().length() < 3) {
            return Likeness.NONE;
        }
        return NameSimilarity.compare(p.merged(), q.merged());
    }

    private static String likenessPhrase(Likeness likeness) {
        return likeness == Likeness.SOUNDS_LIKE ? "sounds like" : "is spelt almost the same as";
    }

    private static boolean sameWritten(String mine, String theirs) {
        return mine.equalsIgnoreCase(theirs);
    }

    // ----- dates

    private static void compareDates(ChildParticulars a, ChildParticulars b, Findings findings) {
        if (a.dateOfBirth() != null && b.dateOfBirth() != null) {
            compareDatesOfBirth(a.dateOfBirth(), b.dateOfBirth(), findings);
            return;
        }
        LocalDate myExpected = a.expectedDateOfDelivery();
        LocalDate theirExpected = b.expectedDateOfDelivery();
        boolean comparable = false;
        if (myExpected != null && theirExpected != null) {
            comparable = true;
            if (Math.abs(ChronoUnit.DAYS.between(myExpected, theirExpected)) <= EXPECTED_DATES_DAYS_CLOSE) {
                findings.add(MatchReasonCode.EXPECTED_DATE_OF_DELIVERY_CLOSE, myExpected.equals(theirExpected)
                        ? "Same expected date of delivery " + uk(myExpected)
                        : "Expected date of delivery " + uk(myExpected) + " is close to " + uk(theirExpected)
                                + " on this record", Agreement.EXPECTED_DATE_CLOSE);
                return;
            }
        }
        if (myExpected != null && b.dateOfBirth() != null) {
            comparable = true;
            if (bornAroundExpectedDate(b.dateOfBirth(), myExpected)) {
                findings.add(MatchReasonCode.EXPECTED_DATE_OF_DELIVERY_CLOSE, "Expected date of delivery "
                        + uk(myExpected) + " is close to the date of birth " + uk(b.dateOfBirth())
                        + " on this record", Agreement.EXPECTED_DATE_CLOSE);
                return;
            }
        }
        if (a.dateOfBirth() != null && theirExpected != null) {
            comparable = true;
            if (bornAroundExpectedDate(a.dateOfBirth(), theirExpected)) {
                findings.add(MatchReasonCode.EXPECTED_DATE_OF_DELIVERY_CLOSE, "Date of birth " + uk(a.dateOfBirth())
                        + " is close to the expected date of delivery " + uk(theirExpected) + " on this record",
                        Agreement.EXPECTED_DATE_CLOSE);
                return;
            }
        }
        if (comparable) {
            findings.add(MatchReasonCode.DIFFERENT_DATE_OF_BIRTH, "Dates differ: " + describe(a)
                    + " for this child, " + describe(b) + " on this record", Agreement.DOB_DIFFERENT);
        }
    }

    private static String describe(ChildParticulars child) {
        return child.dateOfBirth() != null ? "date of birth " + uk(child.dateOfBirth())
                : "expected date of delivery " + uk(child.expectedDateOfDelivery());
    }

    private static boolean bornAroundExpectedDate(LocalDate born, LocalDate expected) {
        return !born.isBefore(expected.minusWeeks(BORN_WEEKS_BEFORE_EXPECTED))
                && !born.isAfter(expected.plusWeeks(BORN_WEEKS_AFTER_EXPECTED));
    }

    private static void compareDatesOfBirth(LocalDate mine, LocalDate theirs, Findings findings) {
        switch (DateCloseness.of(mine, theirs)) {
            case SAME -> findings.add(MatchReasonCode.SAME_DATE_OF_BIRTH, "Same date of birth " + uk(mine), Agreement.DOB_SAME);
            case DAY_MONTH_SWAPPED -> findings.add(MatchReasonCode.DATE_OF_BIRTH_DAY_MONTH_SWAPPED, "Date of birth "
                    + uk(mine) + " could be " + uk(theirs) + " with day and month swapped", Agreement.DOB_DAY_MONTH_SWAPPED);
            case DAYS_APART -> {
                long days = Math.abs(ChronoUnit.DAYS.between(mine, theirs));
                findings.add(MatchReasonCode.DATE_OF_BIRTH_CLOSE, "Date of birth " + uk(mine) + " is " + days
                        + (days == 1 ? " day" : " days") + " from " + uk(theirs), Agreement.DOB_DAYS_APART);
            }
            case ONE_DIGIT -> findings.add(MatchReasonCode.DATE_OF_BIRTH_CLOSE, "Date of birth " + uk(mine)
                    + " differs by one digit from " + uk(theirs), Agreement.DOB_DIGIT);
            case DIGITS_SWAPPED -> findings.add(MatchReasonCode.DATE_OF_BIRTH_CLOSE, "Date of birth " + uk(mine)
                    + " could be " + uk(theirs) + " with two digits swapped", Agreement.DOB_DIGIT);
            case YEAR_ONE_OUT -> findings.add(MatchReasonCode.DATE_OF_BIRTH_CLOSE, "Date of birth " + uk(mine)
                    + " could be " + uk(theirs) + " with the year one out", Agreement.DOB_YEAR_ONE_OUT);
            case NONE -> findings.add(MatchReasonCode.DIFFERENT_DATE_OF_BIRTH, "Dates of birth differ: "
                    + uk(mine) + " and " + uk(theirs), Agreement.DOB_DIFFERENT);
        }
    }

    private static String uk(LocalDate date) {
        return UkTime.date(date);
    }

    // ----- postcodes

    private static void comparePostcodes(ChildParticulars a, ChildParticulars b, Findings findings) {
        if (a.postcode() == null || b.postcode() == null) {
            return;
        }
        if (a.postcode().equals(b.postcode())) {
            findings.add(MatchReasonCode.SAME_POSTCODE, "Same postcode " + a.postcode().value(), Agreement.POSTCODE_SAME);
        } else if (a.postcode().district().equals(b.postcode().district())) {
            findings.add(MatchReasonCode.SAME_POSTCODE_DISTRICT, "Same postcode district " + a.postcode().district()
                    + " (" + a.postcode().value() + " and " + b.postcode().value() + ")", Agreement.POSTCODE_DISTRICT);
        } else {
            findings.add(MatchReasonCode.DIFFERENT_POSTCODE, "Postcodes differ: " + a.postcode().value() + " and "
                    + b.postcode().value(), Agreement.POSTCODE_DIFFERENT);
        }
    }

    // ----- working state

    /** One child's names prepared once for comparison with many others. */
    private static final class Profile {
        final ChildParticulars child;
        final NameParts given;
        final NameParts family;
        final List<NameParts> others;

        Profile(ChildParticulars child) {
            this.child = child;
            this.given = NameParts.givenNames(child.givenNames());
            this.family = NameParts.familyName(child.familyName());
            List<NameParts> parsed = new ArrayList<>();
            for (String other : child.otherNames()) {
                NameParts parts = NameParts.otherName(other);
                if (parts.isKnown()) {
                    parsed.add(parts);
                }
            }
            this.others = List.copyOf(parsed);
        }
    }

    private static final class Findings {
        final DuplicateMatcher matcher;
        final LinkageModel model;
        final List<MatchReason> reasons = new ArrayList<>();
        final List<MatchReason> differences = new ArrayList<>();

        Findings(DuplicateMatcher matcher) {
            this.matcher = matcher;
            this.model = matcher.model;
        }

        void add(MatchReasonCode code, String explanation, Agreement level) {
            MatchReason reason = new MatchReason(code, explanation, model.points(level), level);
            (code.isDifference() ? differences : reasons).add(reason);
        }

        /** The reasons (positions in {@link #reasons}) of a family name and a given name alike, and the names. */
        int familyAt = -1;
        int givenAt = -1;
        String myFamily;
        String theirFamily;
        String myGiven;
        String theirGiven;

        /** A family name alike on both records ({@code mine}, {@code theirs}), weighed when {@linkplain #rateNames rated}. */
        void addFamily(MatchReasonCode code, String explanation, Agreement level, NameParts mine, NameParts theirs) {
            familyAt = reasons.size();
            myFamily = mine.joined();
            theirFamily = theirs.joined();
            add(code, explanation, level);
        }

        /** A given name alike on both records (the words that matched), likewise. */
        void addGiven(MatchReasonCode code, String explanation, Agreement level, String mine, String theirs) {
            givenAt = reasons.size();
            myGiven = mine;
            theirGiven = theirs;
            add(code, explanation, level);
        }

        /**
         * Weighs a family name and a given name that agree (the same, alike or another form) by how common they
         * are: each by its share of the register, or, when both agree, the two together by the share of the
         * register with both (given and family names go together: Ling with Li, Oluwaseun with Okafor, and the
         * product of their shares would make a pair look far rarer than it is). When the two records spell a
         * name differently, the commoner spelling counts (Muhammad and Mohammed are as common a pair as
         * Mohammed and Mohammed). u is the exact level's, as in Splink. The explanation says when a name is rare
         * or common (a bit or more either way).
         */
        void rateNames() {
            NameFrequencies frequencies = matcher.frequencies;
            if (!frequencies.isKnown() || familyAt < 0 && givenAt < 0) {
                return;
            }
            double uFamily = model.u(Agreement.FAMILY_SAME);
            double uGiven = model.u(Agreement.GIVEN_SAME);
            int family = familyAt < 0 ? 0 : matcher.rarity(uFamily,
                    Math.max(frequencies.familyShare(myFamily), frequencies.familyShare(theirFamily)));
            int given = givenAt < 0 ? 0 : matcher.rarity(uGiven,
                    Math.max(frequencies.givenShare(myGiven), frequencies.givenShare(theirGiven)));
            int familyPoints = family;
            int givenPoints = given;
            if (familyAt >= 0 && givenAt >= 0 && matcher.together) {
                int both = matcher.rarity(uFamily * uGiven, Math.max(frequencies.pairShare(myFamily, myGiven),
                        frequencies.pairShare(theirFamily, theirGiven)));
                familyPoints = both / 2;
                givenPoints = both - familyPoints;
            }
            if (familyAt >= 0) {
                rate(familyAt, familyPoints, family);
            }
            if (givenAt >= 0) {
                rate(givenAt, givenPoints, given);
            }
        }

        /** Adds {@code points} to a reason; {@code rarity}, the name's own, says whether it is rare or common. */
        private void rate(int at, int points, int rarity) {
            MatchReason reason = reasons.get(at);
            String said = rarity >= 10 ? reason.explanation() + " (a rare name)"
                    : rarity <= -10 ? reason.explanation() + " (a common name)" : reason.explanation();
            reasons.set(at, new MatchReason(reason.code(), said, reason.points() + points, reason.level()));
        }

        boolean has(MatchReasonCode code) {
            return reasons.stream().anyMatch(r -> r.code() == code);
        }

        boolean hasEvidence(Aspect aspect) {
            return reasons.stream().anyMatch(r -> r.code().aspect() == aspect);
        }

        int score() {
            int score = 0;
            for (MatchReason reason : reasons) {
                score += reason.points();
            }
            for (MatchReason difference : differences) {
                score += difference.points();
            }
            return score;
        }
    }
}
