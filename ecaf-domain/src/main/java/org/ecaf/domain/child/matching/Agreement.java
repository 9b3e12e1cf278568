package org.ecaf.domain.child.matching;

/**
 * The comparison levels of the probabilistic (Fellegi–Sunter) model: for each field, how two records agree.
 * A field that one of the two records lacks has no level and adds nothing. Each level has an m probability (of
 * being seen when the records are the same child) and a u probability (when they are two different children),
 * estimated from data and kept in {@link LinkageModel}; its weight is log2(m / u).
 */
public enum Agreement {

    NHS_SAME(Field.NHS_NUMBER), NHS_DIFFERENT(Field.NHS_NUMBER),
    UPN_SAME(Field.UPN),

    FAMILY_SAME(Field.FAMILY_NAME),
    /** Sounds alike or is spelt almost the same (one or two letters), or shares a part of a double-barrelled name. */
    FAMILY_SIMILAR(Field.FAMILY_NAME),
    /** Only one part of two multi-part names sounds or is spelt alike. */
    FAMILY_PART_SIMILAR(Field.FAMILY_NAME),
    /** Matches an other or previous name of the other record. */
    FAMILY_OTHER_NAME(Field.FAMILY_NAME),
    /** Given and family names entered the other way round. */
    FAMILY_SWAPPED(Field.FAMILY_NAME),
    FAMILY_DIFFERENT(Field.FAMILY_NAME),

    GIVEN_SAME(Field.GIVEN_NAMES),
    /** One record's given name is among the other's (a middle name used as first name). */
    GIVEN_AMONG(Field.GIVEN_NAMES),
    /** The same name in another form: Beth and Elizabeth, Alfie and Alfred. */
    GIVEN_NICKNAME(Field.GIVEN_NAMES),
    /** First names sound or are spelt alike. */
    GIVEN_SIMILAR(Field.GIVEN_NAMES),
    /** Another of the given names sounds or is spelt alike. */
    GIVEN_AMONG_SIMILAR(Field.GIVEN_NAMES),
    GIVEN_OTHER_NAME(Field.GIVEN_NAMES),
    GIVEN_SWAPPED(Field.GIVEN_NAMES),
    GIVEN_DIFFERENT(Field.GIVEN_NAMES),

    /**
     * Both records have further given names (middle names) beside the ones matched, and one of them is the same,
     * the same name in another form, or alike.
     */
    MIDDLE_SAME(Field.MIDDLE_NAMES),
    /** Both records have further given names beside the ones matched, and none is alike. */
    MIDDLE_DIFFERENT(Field.MIDDLE_NAMES),

    DOB_SAME(Field.DATE_OF_BIRTH),
    DOB_DAY_MONTH_SWAPPED(Field.DATE_OF_BIRTH),
    /** Up to three days apart. */
    DOB_DAYS_APART(Field.DATE_OF_BIRTH),
    /** One digit different or two neighbouring digits swapped. */
    DOB_DIGIT(Field.DATE_OF_BIRTH),
    DOB_YEAR_ONE_OUT(Field.DATE_OF_BIRTH),
    /** An expected date of delivery close to the other record's expected date or date of birth. */
    EXPECTED_DATE_CLOSE(Field.DATE_OF_BIRTH),
    DOB_DIFFERENT(Field.DATE_OF_BIRTH),

    POSTCODE_SAME(Field.POSTCODE),
    POSTCODE_DISTRICT(Field.POSTCODE),
    POSTCODE_DIFFERENT(Field.POSTCODE);

    /** The fields compared. */
    public enum Field { NHS_NUMBER, UPN, FAMILY_NAME, GIVEN_NAMES, MIDDLE_NAMES, DATE_OF_BIRTH, POSTCODE }

    private final Field field;

    Agreement(Field field) {
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
