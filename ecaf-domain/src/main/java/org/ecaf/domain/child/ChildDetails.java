package org.ecaf.domain.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.child.identity.NhsNumber;
import org.ecaf.domain.child.identity.Postcode;
import org.ecaf.domain.child.identity.UniquePupilNumber;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Text;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.UkTime;

/**
 * A child's particulars, checked: names present, a date of birth (or an expected date of delivery for an unborn
 * baby) that makes sense, and identifiers in their proper form. {@link #of} reports every problem at once.
 */
public record ChildDetails(String givenNames, String familyName, List<String> otherNames, LocalDate dateOfBirth,
                           LocalDate expectedDateOfDelivery, String gender, String address, Postcode postcode,
                           NhsNumber nhsNumber, UniquePupilNumber upn, String firstLanguage, boolean shielded) {

    /** The genders a record may hold, as the national form records them. */
    public static final Set<String> GENDERS = Set.of("female", "male", "other", "not_known");

    public ChildDetails {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }

    /** Checks raw input; throws {@link InvalidInput} listing every problem. */
    public static ChildDetails of(String givenNames, String familyName, List<String> otherNames, LocalDate dateOfBirth,
                                  LocalDate expectedDateOfDelivery, String gender, String address, String postcode,
                                  String nhsNumber, String upn, String firstLanguage, boolean shielded, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        String given = name(givenNames, "givenNames", "Enter the child's given names.", problems);
        String family = name(familyName, "familyName", "Enter the child's family name.", problems);
        if (dateOfBirth == null && expectedDateOfDelivery == null) {
            problems.add(new Violation(RefusalCode.REQUIRED,
                    "Enter the date of birth, or the expected date of delivery for an unborn baby.",
                    "dateOfBirth"));
        }
        if (dateOfBirth != null && expectedDateOfDelivery != null) {
            problems.add(new Violation(RefusalCode.DATE_OF_BIRTH_AND_DUE_DATE,
                    "Enter either a date of birth or an expected date of "
                    + "delivery, not both.", "expectedDateOfDelivery"));
        }
        if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
            problems.add(new Violation(RefusalCode.DATE_IN_FUTURE, "The date of birth " + UkTime.date(dateOfBirth)
                    + " is in the future. For an unborn baby enter the expected date of delivery instead.", "dateOfBirth"));
        }
        if (dateOfBirth != null && !dateOfBirth.isAfter(today.minusYears(26))) {
            problems.add(new Violation(RefusalCode.TOO_OLD, "CAF is for children and young people up to 25: check the date of birth "
                    + UkTime.date(dateOfBirth) + ".", "dateOfBirth"));
        }
        if (expectedDateOfDelivery != null && expectedDateOfDelivery.isAfter(today.plusMonths(10))) {
            problems.add(new Violation(RefusalCode.DUE_DATE_TOO_FAR, "The expected date of delivery "
                    + UkTime.date(expectedDateOfDelivery) + " is more than ten months away.", "expectedDateOfDelivery"));
        }
        String sex = optional(gender, 40);
        if (sex != null && !GENDERS.contains(sex)) {
            problems.add(new Violation(RefusalCode.UNKNOWN_OPTION, "Gender must be one of: female, male, other, not_known.", "gender"));
        }
        Postcode code = parse(postcode, problems, "postcode", Postcode::parse);
        NhsNumber nhs = parse(nhsNumber, problems, "nhsNumber", NhsNumber::parse);
        UniquePupilNumber pupil = parse(upn, problems, "upn", UniquePupilNumber::parse);
        String home = optional(address, 400);
        if (address != null && address.length() > 400) {
            problems.add(new Violation(RefusalCode.TOO_LONG, "The address is longer than 400 characters.", "address"));
        }
        text(address, "address", problems);
        text(firstLanguage, "firstLanguage", problems);
        List<String> others = new ArrayList<>();
        if (otherNames != null) {
            for (String name : otherNames) {
                if (name != null && name.strip().length() > 200) {
                    problems.add(new Violation(RefusalCode.TOO_LONG, "Each other name must be at most 200 characters.",
                            "otherNames"));
                    continue;
                }
                String problem = Text.nameProblem(name);
                if (problem != null) {
                    problems.add(new Violation(RefusalCode.INVALID_CHARACTERS, "An other name " + problem + ".",
                            "otherNames"));
                    continue;
                }
                String kept = optional(name, 200);
                if (kept != null) {
                    others.add(kept);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ChildDetails(given, family, others, dateOfBirth, expectedDateOfDelivery, sex, home, code, nhs, pupil,
                optional(firstLanguage, 100), shielded);
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(String text, List<Violation> problems, String field, Parser<T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.parse(text);
        } catch (Refusal refusal) {
            for (Violation v : refusal.violations()) {
                problems.add(new Violation(v.code(), v.message(), field));
            }
            if (refusal.violations().isEmpty()) {
                problems.add(new Violation(refusal.code(), refusal.getMessage(), field));
            }
            return null;
        }
    }

    /** A required name of at most 200 characters, free of control, invisible and direction-changing characters. */
    static String name(String value, String field, String message, List<Violation> problems) {
        String problem = Text.nameProblem(value);
        if (problem != null) {
            problems.add(new Violation(RefusalCode.INVALID_CHARACTERS,
                    "The name " + problem + ". Type the name as it is "
                    + "written, without hidden characters.", field));
            return null;
        }
        return required(value, field, message, 200, problems);
    }

    /** Free text may not hold control characters such as a NUL byte. */
    static void text(String value, String field, List<Violation> problems) {
        String problem = Text.textProblem(value);
        if (problem != null) {
            problems.add(new Violation(RefusalCode.INVALID_CHARACTERS, "This " + problem + ".", field));
        }
    }

    static String required(String value, String field, String message, int max, List<Violation> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Violation(RefusalCode.REQUIRED, message, field));
            return null;
        }
        if (value.strip().length() > max) {
            problems.add(new Violation(RefusalCode.TOO_LONG, "This is longer than " + max + " characters.", field));
            return null;
        }
        return value.strip();
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
