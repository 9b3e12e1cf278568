package org.ecaf.domain.child.matching;

/**
 * Stable codes of the reasons two children's records may belong to the same child, and of the differences that
 * count against it. The codes are part of the API; the explanations that go with them are for people.
 */
public enum MatchReasonCode {

    SAME_NHS_NUMBER(Aspect.IDENTIFIER),
    SAME_UPN(Aspect.IDENTIFIER),
    SAME_FAMILY_NAME(Aspect.NAME),
    /** Sounds alike, spelt almost the same, or shares a part of a double-barrelled or hyphenated name. */
    SIMILAR_FAMILY_NAME(Aspect.NAME),
    /** The same given name, including one child's first name being the other's middle name. */
    SAME_GIVEN_NAME(Aspect.NAME),
    SIMILAR_GIVEN_NAME(Aspect.NAME),
    /** A name of one child matches an other or previous name recorded for the other. */
    MATCHES_OTHER_NAME(Aspect.NAME),
    /** The given names are the same name in another form: Beth and Elizabeth (see {@link Nicknames}). */
    GIVEN_NAME_SHORT_FORM(Aspect.NAME),
    /** Given and family names entered the other way round. */
    NAMES_SWAPPED(Aspect.NAME),
    /** Both records have further given names (middle names) and one of them is the same or alike. */
    SAME_MIDDLE_NAME(Aspect.NAME),
    SAME_DATE_OF_BIRTH(Aspect.DATE),
    DATE_OF_BIRTH_DAY_MONTH_SWAPPED(Aspect.DATE),
    /** One digit different, two neighbouring digits swapped, the year one out, or a few days apart. */
    DATE_OF_BIRTH_CLOSE(Aspect.DATE),
    /** An expected date of delivery close to the other record's expected date or date of birth. */
    EXPECTED_DATE_OF_DELIVERY_CLOSE(Aspect.DATE),
    SAME_POSTCODE(Aspect.POSTCODE),
    SAME_POSTCODE_DISTRICT(Aspect.POSTCODE),

    /** Both records have an NHS number and they are different. */
    DIFFERENT_NHS_NUMBER(Aspect.IDENTIFIER, true),
    /** Both records have a postcode and they are in different districts. */
    DIFFERENT_POSTCODE(Aspect.POSTCODE, true),
    /** Both records have given names and none is alike. */
    DIFFERENT_GIVEN_NAMES(Aspect.NAME, true),
    /** Both records have further given names (middle names) besides the ones that match, and none is alike. */
    DIFFERENT_MIDDLE_NAMES(Aspect.NAME, true),
    /** Both records have a family name and they are not alike. */
    DIFFERENT_FAMILY_NAME(Aspect.NAME, true),
    /** Both records have dates (of birth or expected delivery) and they are not close. */
    DIFFERENT_DATE_OF_BIRTH(Aspect.DATE, true);

    /** What a reason is about. */
    public enum Aspect { IDENTIFIER, NAME, DATE, POSTCODE }

    private final Aspect aspect;
    private final boolean difference;

    MatchReasonCode(Aspect aspect) {
        this(aspect, false);
    }

    MatchReasonCode(Aspect aspect, boolean difference) {
        this.aspect = aspect;
        this.difference = difference;
    }

    public Aspect aspect() {
        return aspect;
    }

    /** Whether this code counts against the records being the same child. */
    public boolean isDifference() {
        return difference;
    }
}
