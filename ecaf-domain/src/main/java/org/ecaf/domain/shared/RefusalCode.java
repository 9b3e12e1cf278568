package org.ecaf.domain.shared;

/**
 * Every code eCAF answers when it refuses something: the {@code code} of a {@link Refusal}, of each of its
 * {@link Violation}s, of a problem+json answer of the API and of a refused copy. The name is the code, exactly as
 * the API, the audit log and the pages show it (see docs/api.md, "Every code", which lists these constants in this
 * order with the same sentences; {@code RefusalCodeDocumentationTest} holds the two together). Each constant says
 * when it is answered.
 *
 * <p>A code names what is wrong, not the HTTP status: the same code (e.g. {@link #REQUIRED}) can be part of an
 * {@link InvalidInput} or of a {@link RulesViolated}. The refusal's {@link Refusal.Kind} decides the status.
 */
public enum RefusalCode {

    /** Access without involvement was asked for a shielded child, which it can never cover. */
    ACCESS_GRANT_NOT_POSSIBLE,
    /** The signed-in account has been disabled since it signed in. */
    ACCOUNT_DISABLED,
    /** Single sign-on: the identity provider did not use the sign-in strength eCAF requires ({@code ECAF_OIDC_ACR}). */
    ACR_NOT_ACCEPTED,
    /** A case is allocated to the practitioner who already holds it. */
    ALREADY_ALLOCATED,
    /** A practitioner is added to the Team Around the Child who is in it already. */
    ALREADY_A_MEMBER,
    /** A case note is corrected that a later note already corrects (correct the later note). */
    ALREADY_CORRECTED,
    /** Someone asks to join or take over a case they already work on. */
    ALREADY_INVOLVED,
    /** Single sign-on: the identity provider's e-mail claim matches more than one eCAF account. */
    AMBIGUOUS_ACCOUNT,
    /** A submitted or approved assessment is changed (start a reassessment after approval). */
    ASSESSMENT_LOCKED,
    /** The API is called without credentials (401), or the request needs a signed-in person. */
    AUTHENTICATION_REQUIRED,
    /** A backup is asked of an instance on PostgreSQL, which is backed up with the database's own tools. */
    BACKUP_BY_THE_DATABASE,
    /** The request cannot be read at all: its body is not JSON, or a parameter is malformed (400). */
    BAD_REQUEST,
    /** The child is recorded as seen before they were born. */
    BEFORE_BIRTH,
    /** A date is before the date it depends on: a withdrawal before consent was given. */
    BEFORE_CONSENT,
    /** A request that needs a JSON body came without one. */
    BODY_REQUIRED,
    /** The request body is larger than the configured limit (413). */
    BODY_TOO_LARGE,
    /** A case is opened for a child who has an open CAF (ask to join its Team Around the Child instead). */
    CASE_ALREADY_OPEN,
    /** A step needs an open case, and the case is closed (a team lead can reopen it). */
    CASE_CLOSED,
    /** An assessment is submitted or approved before anybody recorded seeing the child since it started. */
    CHILD_NOT_SEEN,
    /** Single sign-on: the token has no usable value in the claim that names the eCAF account. */
    CLAIM_MISSING,
    /** A case is closed without choosing why. */
    CLOSURE_REASON_REQUIRED,
    /** Two-factor sign-in is on and the API call came without a right code from the authenticator app (401). */
    CODE_REQUIRED,
    /** An agency or team is given a code another agency or team already has. */
    CODE_TAKEN,
    /** An assessment is returned, or a request declined, without saying why. */
    COMMENT_REQUIRED,
    /** A change to one consent is made twice: the consent was already withdrawn. */
    CONSENT_ALREADY_WITHDRAWN,
    /** A copy is asked for while no consent (or no consent to share) is in force. */
    CONSENT_REQUIRED,
    /** Assessment answers or a review are saved before consent to record or a decision to act without it. */
    CONSENT_TO_RECORD_MISSING,
    /** Consent was withdrawn: recording and sharing stop until new consent or a decision without consent. */
    CONSENT_WITHDRAWN,
    /** The database cannot be reached; nothing was changed (503, try again). */
    DATABASE_UNAVAILABLE,
    /** A date that cannot lie in the future does. */
    DATE_IN_FUTURE,
    /** A date that cannot lie in the past does (a review date, an action's due date). */
    DATE_IN_PAST,
    /** A child is given both a date of birth and an expected date of delivery. */
    DATE_OF_BIRTH_AND_DUE_DATE,
    /** Single sign-on: confirming who they are, the person signed in at the provider as someone else. */
    DIFFERENT_PERSON,
    /** An unborn child's expected date of delivery is more than ten months away. */
    DUE_DATE_TOO_FAR,
    /** The same answer or row is held back from a copy twice. */
    DUPLICATE,
    /** A family member who was ended is corrected, ended again, gives consent or is named in one. */
    FAMILY_MEMBER_ENDED,
    /** An import file is empty, or has a header and no rows. */
    FILE_EMPTY,
    /** An import file is larger than the import page accepts (import larger files with the command). */
    FILE_TOO_LARGE,
    /** The server refuses the request before eCAF's own checks, for the caller's role (403). */
    FORBIDDEN,
    /** Answers are saved for another version of the form than the assessment's. */
    FORM_VERSION_MISMATCH,
    /** The identity provider could not be reached to check a bearer token (503). */
    IDENTITY_PROVIDER_UNAVAILABLE,
    /** An import is started while another import runs on this node (one at a time). */
    IMPORT_RUNNING,
    /** An unexpected error; it is logged under the answer's reference and nothing was changed (500). */
    INTERNAL_ERROR,
    /** An answer of a submitted assessment is not valid for its question (the question is the target). */
    INVALID_ANSWER,
    /** A name or text holds control, invisible or direction-changing characters. */
    INVALID_CHARACTERS,
    /** An agency or team code is not 2 to 40 capital letters, digits, '-' or '_'. */
    INVALID_CODE,
    /** The username or password is wrong, the account is disabled, or the Basic header is malformed (401). */
    INVALID_CREDENTIALS,
    /** The request's content is not valid; each problem is one of the refusal's violations (422). */
    INVALID_INPUT,
    /** An agency's kind is not a word of capital letters. */
    INVALID_KIND,
    /** An NHS number does not have ten digits or its check digit is wrong. */
    INVALID_NHS_NUMBER,
    /** A postcode is not a UK postcode. */
    INVALID_POSTCODE,
    /** Single sign-on: the ID token or the code exchange failed eCAF's checks. */
    INVALID_RESPONSE,
    /** A bearer token's signature does not match the identity provider's keys (401). */
    INVALID_SIGNATURE,
    /** A bearer token is not a valid signed token (401). */
    INVALID_TOKEN,
    /** A unique pupil number does not have its letter, twelve digits and a right check letter. */
    INVALID_UPN,
    /** A new account's username breaks the rule for usernames. */
    INVALID_USERNAME,
    /** The JSON body is nested more deeply than allowed (400). */
    JSON_TOO_DEEP,
    /** The delivery plan is made active before the lead professional is agreed. */
    LEAD_PROFESSIONAL_REQUIRED,
    /** An address is called with a method it does not accept (405). */
    METHOD_NOT_ALLOWED,
    /** Actions are brought from the approved assessment into the plan and every one is there already. */
    NOTHING_TO_ADD,
    /** The client asks for a representation the address cannot give (406). */
    NOT_ACCEPTABLE,
    /** Someone other than an administrator manages accounts, teams, agencies, forms, the audit log or backups (403). */
    NOT_AN_ADMINISTRATOR,
    /** A draft is moved to a new form version by someone who did not write it. */
    NOT_AN_AUTHOR,
    /** An e-mail address is not one. */
    NOT_AN_EMAIL,
    /** A value is not an ISO date and time with its offset. */
    NOT_AN_INSTANT,
    /** A yes/no answer is not true or false. */
    NOT_A_BOOLEAN,
    /** A reason is given for a case note that corrects nothing. */
    NOT_A_CORRECTION,
    /** An import file is not a CSV text file in UTF-8. */
    NOT_A_CSV,
    /** A value is not a date written as yyyy-MM-dd (or a date and time where one is asked). */
    NOT_A_DATE,
    /** An assessment is moved to a form version that is not newer than its own. */
    NOT_A_NEWER_VERSION,
    /** A number is expected and the value is not one. */
    NOT_A_NUMBER,
    /** The page of a list is not a whole number from 1. */
    NOT_A_PAGE,
    /** Someone who is not a practitioner or team lead in a team opens a case or is made lead professional. */
    NOT_A_PRACTITIONER,
    /** A re-confirmation of the signed-in person failed: the password (or code) is not right. */
    NOT_CONFIRMED,
    /** A family copy is asked for someone who is not a family member of the child. */
    NOT_FAMILY,
    /** There is no such record, or it is outside the caller's reach: the same answer either way (404). */
    NOT_FOUND,
    /** The person knows the record but is not involved with it, so the relationship does not allow this (403). */
    NOT_INVOLVED,
    /** A request about a case is made by someone who is no longer in a team. */
    NOT_IN_A_TEAM,
    /** A case is allocated to someone who is not an active practitioner or team lead of the team that holds it. */
    NOT_IN_TEAM,
    /** eCAF is starting or its database is being migrated; every request waits (503). */
    NOT_READY,
    /** Sections are withheld from a consent that is not a consent to share. */
    NOT_SHARING,
    /** A step that needs a signed-in person is taken without one. */
    NOT_SIGNED_IN,
    /** A step reserved to a team lead of the team that holds the case is taken by someone else (403). */
    NOT_TEAM_LEAD,
    /** A case is closed by someone who is neither a team lead of its team nor its lead professional (403). */
    NOT_TEAM_LEAD_OR_LEAD_PROFESSIONAL,
    /** A consent names, or is given by, someone who is not recorded as this child's family member. */
    NOT_THIS_CHILDS_FAMILY,
    /** A copy is asked of an assessment that is still a draft. */
    NOT_YET_SUBMITTED,
    /** A request is withdrawn by someone other than the person who asked. */
    NOT_YOUR_REQUEST,
    /** Single sign-on: no eCAF account matches the identity provider's claim (the claimed name is never stored). */
    NO_ACCOUNT,
    /** A step needs an assessment (to submit, to copy) and the case has none yet. */
    NO_ASSESSMENT,
    /** An administrator asks for a child's or a case's content: administrators do not see case content (403). */
    NO_CASE_ACCESS,
    /** A draft is moved to a form version there is no declared way to reach. */
    NO_MIGRATION,
    /** A join or transfer request is made for a child who has no open case. */
    NO_OPEN_CASE,
    /** A family member without parental responsibility consents for the child or is sent a family copy. */
    NO_PARENTAL_RESPONSIBILITY,
    /** A list in the request holds a null. */
    NULL_IN_LIST,
    /** A copy names more than one recipient. */
    ONE_RECIPIENT,
    /** The commit failed and it is not known whether the change was stored: read again before repeating (503). */
    OUTCOME_UNKNOWN,
    /** An administrator disables their own account. */
    OWN_ACCOUNT,
    /** An administrator takes the administrator role from their own account. */
    OWN_ADMIN_ROLE,
    /** A query parameter is outside its allowed range. */
    PARAMETER_OUT_OF_RANGE,
    /** A query parameter is longer than allowed. */
    PARAMETER_TOO_LONG,
    /** The password and its repetition differ. */
    PASSWORDS_DIFFER,
    /** The account must choose a password of its own before using the API (401). */
    PASSWORD_CHANGE_REQUIRED,
    /** A new password is the username. */
    PASSWORD_IS_USERNAME,
    /** A new password is empty. */
    PASSWORD_REQUIRED,
    /** A new password is on a list of common or breached passwords. */
    PASSWORD_TOO_COMMON,
    /** A new password is longer than allowed. */
    PASSWORD_TOO_LONG,
    /** A new password is shorter than allowed. */
    PASSWORD_TOO_SHORT,
    /** A new password is the same as the one being replaced. */
    PASSWORD_UNCHANGED,
    /** A child is registered who may already have a record (send again with a reason to register anyway). */
    POSSIBLE_DUPLICATE,
    /** A full assessment is started though the pre-assessment checklist decided against one. */
    PRE_ASSESSMENT_DECIDED_OTHERWISE,
    /** Single sign-on: the person cancelled at the identity provider, or the provider refused. */
    PROVIDER_REFUSED,
    /** Single sign-on: the identity provider could not be reached during a page sign-in. */
    PROVIDER_UNAVAILABLE,
    /** A reason is required and none was given. */
    REASON_REQUIRED,
    /** The reason given for holding something back from a copy is too short to be a reason. */
    REASON_TOO_SHORT,
    /** A sensitive step needs the signed-in person to confirm it is them again (signed in too long ago). */
    REAUTHENTICATION_REQUIRED,
    /** A family copy is asked for a family member who was ended. */
    RECIPIENT_ENDED,
    /** The consent to share does not name the recipient of a copy. */
    RECIPIENT_NOT_COVERED,
    /** A case is reopened without saying why. */
    REOPEN_REASON_REQUIRED,
    /** A join or transfer request is decided that was already decided. */
    REQUEST_DECIDED,
    /** A join or transfer request is made while the same person's request is still waiting. */
    REQUEST_PENDING,
    /** A required value is missing (the target names it). */
    REQUIRED,
    /** An assessment is submitted with a required answer missing: one violation per question. */
    REQUIRED_ANSWERS_MISSING,
    /** The delivery plan is made active without a (future) date for the first review. */
    REVIEW_DATE_REQUIRED,
    /** The review of an active plan is past its date and not recorded. */
    REVIEW_OVERDUE,
    /** An existing assessment is changed without saying which revision the change is based on (428). */
    REVISION_REQUIRED,
    /** Several workflow rules refuse a step at once; each is one of the refusal's violations (409). */
    RULES_VIOLATED,
    /** A transfer or join is asked for (or a case transferred to) the team that already holds the case. */
    SAME_TEAM,
    /** A team lead approves an assessment they wrote or edited. */
    SELF_APPROVAL,
    /** A consent to share names no agency and no family member. */
    SHARE_WITH_NOBODY,
    /** The sign-in in progress took too long; sign in again. */
    SIGN_IN_EXPIRED,
    /** An assessment is saved on an older revision than the latest (412). */
    STALE_REVISION,
    /** Single sign-on: the provider's answer does not belong to a sign-in started here, or it has lapsed. */
    STATE_MISMATCH,
    /** An account is put in a team that has been deactivated. */
    TEAM_INACTIVE,
    /** A practitioner or team lead account is given no team. */
    TEAM_REQUIRED,
    /** A time that cannot be later than now is. */
    TIME_IN_FUTURE,
    /** A bearer token has expired (401). */
    TOKEN_EXPIRED,
    /** A repeating group of a completed form has fewer rows than it needs. */
    TOO_FEW_ROWS,
    /** A text is longer than its field allows. */
    TOO_LONG,
    /** Too many wrong passwords or codes from this address: wait before trying again (401, Retry-After). */
    TOO_MANY_ATTEMPTS,
    /** A repeating group has more rows than allowed. */
    TOO_MANY_ROWS,
    /** A date of birth makes the child older than CAF covers (25). */
    TOO_OLD,
    /** A text to search for is shorter than a search needs. */
    TOO_SHORT,
    /** Two-factor sign-in is on and the account has not set up its authenticator app yet (401). */
    TWO_FACTOR_ENROLMENT_REQUIRED,
    /** An agency named in the request does not exist or is not active. */
    UNKNOWN_AGENCY,
    /** A request or an answer set has a property that is not one of its fields. */
    UNKNOWN_FIELD,
    /** An answer or row held back from a copy is not one the copy would show. */
    UNKNOWN_ITEM,
    /** A case note to correct does not exist on this case. */
    UNKNOWN_NOTE,
    /** A choice is not one of its allowed options. */
    UNKNOWN_OPTION,
    /** A practitioner named in the request does not exist. */
    UNKNOWN_PRACTITIONER,
    /** A role is not one of PRACTITIONER, TEAM_LEAD, ADMIN. */
    UNKNOWN_ROLE,
    /** A section withheld from a consent is not a section of the form. */
    UNKNOWN_SECTION,
    /** A team named in the request does not exist or is not active. */
    UNKNOWN_TEAM,
    /** The body is sent in a media type the address does not accept (415). */
    UNSUPPORTED_MEDIA_TYPE,
    /** A new account's username is taken. */
    USERNAME_TAKEN,
    /** A bearer token was issued for another application (401). */
    WRONG_AUDIENCE,
    /** An import file's header names a column eCAF does not know, or lacks a column it needs. */
    WRONG_COLUMNS,
    /** A bearer token was not issued by the identity provider eCAF trusts (401). */
    WRONG_ISSUER,
    /** The current password given to change it is not right. */
    WRONG_PASSWORD,
    /** A step the case's state does not allow. */
    WRONG_STATE,
    /** A step of signing in is taken before the step that comes first. */
    WRONG_STEP,
    /** A value has the wrong JSON type for its field (e.g. a string for a yes/no). */
    WRONG_TYPE,
    /** A child under 12 consents for themselves without it being recorded that they understand. */
    YOUNG_PERSON_UNDER_12;
}
