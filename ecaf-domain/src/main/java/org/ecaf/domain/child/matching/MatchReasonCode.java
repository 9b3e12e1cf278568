package org.ecaf.domain.child.matching;

/**
 * Stable codes of the reasons two children's records may belong to the same child, and of the differences that
 * count against it. The codes are part of the API; the explanations that go with them are for people.
 */
public enum MatchReasonCode {

    SAME_NHS_NUMBER(Aspect.IDENTIFIER, "same NHS number"),
    SAME_UPN(Aspect.IDENTIFIER, "same UPN"),
    SAME_FAMILY_NAME(Aspect.NAME, "same family name"),
    /** Sounds alike, spelt almost the same, or shares a part of a double-barrelled or hyphenated name. */
    SIMILAR_FAMILY_NAME(Aspect.NAME, "family names alike"),
    /** The same given name, including one child's first name being the other's middle name. */
    SAME_GIVEN_NAME(Aspect.NAME, "same given name"),
    SIMILAR_GIVEN_NAME(Aspect.NAME, "given names alike"),
    /** A name of one child matches an other or previous name recorded for the other. */
    MATCHES_OTHER_NAME(Aspect.NAME, "a name matches another name recorded"),
    /** The given names are the same name in another form: Beth and Elizabeth (see {@link Nicknames}). */
    GIVEN_NAME_SHORT_FORM(Aspect.NAME, "given names are the same name in another form"),
    /** Given and family names entered the other way round. */
    NAMES_SWAPPED(Aspect.NAME, "given and family names the other way round"),
    /** Both records have further given names (middle names) and one of them is the same or alike. */
    SAME_MIDDLE_NAME(Aspect.NAME, "same middle name"),
    SAME_DATE_OF_BIRTH(Aspect.DATE, "same date of birth"),
    DATE_OF_BIRTH_DAY_MONTH_SWAPPED(Aspect.DATE, "date of birth with day and month swapped"),
    /** One digit different, two neighbouring digits swapped, the year one out, or a few days apart. */
    DATE_OF_BIRTH_CLOSE(Aspect.DATE, "dates of birth close"),
    /** An expected date of delivery close to the other record's expected date or date of birth. */
    EXPECTED_DATE_OF_DELIVERY_CLOSE(Aspect.DATE, "expected date of delivery close"),
    SAME_POSTCODE(Aspect.POSTCODE, "same postcode"),
    SAME_POSTCODE_DISTRICT(Aspect.POSTCODE, "same postcode district"),

    /** Both records have an NHS number and they are different. */
    DIFFERENT_NHS_NUMBER(Aspect.IDENTIFIER, true, "different NHS numbers"),
    /** Both records have a postcode and they are in different districts. */
    DIFFERENT_POSTCODE(Aspect.POSTCODE, true, "postcodes in different districts"),
    /** Both records have given names and none is alike. */
    DIFFERENT_GIVEN_NAMES(Aspect.NAME, true, "given names differ"),
    /** Both records have further given names (middle names) besides the ones that match, and none is alike. */
    DIFFERENT_MIDDLE_NAMES(Aspect.NAME, true, "middle names differ"),
    /** Both records have a family name and they are not alike. */
    DIFFERENT_FAMILY_NAME(Aspect.NAME, true, "family names differ"),
    /** Both records have dates (of birth or expected delivery) and they are not close. */
    DIFFERENT_DATE_OF_BIRTH(Aspect.DATE, true, "dates of birth differ");

    /** What a reason is about. */
    public enum Aspect { IDENTIFIER, NAME, DATE, POSTCODE }

    private final Aspect aspect;
    private final boolean difference;
    private final String words;

    MatchReasonCode(Aspect aspect, String words) {
        this(aspect, false, words);
    }

    MatchReasonCode(Aspect aspect, boolean difference, String words) {
        this.aspect = aspect;
        this.difference = difference;
        this.words = words;
    }

    /**
     * What the code means in a few words that quote neither record ("same postcode", not "Same postcode NB1 1AA"): for
     * a reader who may not see the records, such as an administrator reading an import's report.
     */
    public String words() {
        return words;
    }

    public Aspect aspect() {
        return aspect;
    }

    /** Whether this code counts against the records being the same child. */
    public boolean isDifference() {
        return difference;
    }
}
