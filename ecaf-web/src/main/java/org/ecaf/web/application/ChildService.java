package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecaf.domain.access.Access;
import org.ecaf.domain.access.AccessGrant;
import org.ecaf.domain.access.AccessGrants;
import org.ecaf.domain.access.AccessPolicy;
import org.ecaf.domain.access.Operation;
import org.ecaf.domain.access.RecordKind;
import org.ecaf.domain.access.Relation;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.ChildDetails;
import org.ecaf.domain.child.ChildRepository;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.child.FamilyMemberDetails;
import org.ecaf.domain.child.RecordChange;
import org.ecaf.domain.child.matching.DuplicateMatcher;
import org.ecaf.domain.child.matching.MatchReason;
import org.ecaf.domain.child.matching.MatchReasonCode;
import org.ecaf.domain.child.matching.PossibleDuplicate;
import org.ecaf.domain.organisation.OrganisationRepository;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Team;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;
import org.ecaf.web.application.view.AccessGrantView;
import org.ecaf.web.application.view.CaseSummary;
import org.ecaf.web.application.view.ChildView;
import org.ecaf.web.application.view.FamilyMemberView;
import org.ecaf.web.application.view.PersonRef;
import org.ecaf.web.application.view.RecordChangeView;

/**
 * Children: register one (after looking for likely duplicates), read, search, change the record and its family
 * members, and record access without involvement. Every check asks {@link AccessDecisions} (the one access policy):
 * someone not involved sees enough to recognise a child and find who holds them, never an address or a contact.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class ChildService {

    /** At most this many search results: enough to find a child, too few to harvest the register. */
    public static final int SEARCH_LIMIT = 50;

    @Inject
    ChildRepository children;

    @Inject
    CaseRepository cases;

    @Inject
    OrganisationRepository organisation;

    @Inject
    AccessGrants grants;

    @Inject
    AccessDecisions access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** Today in England, by the application's one clock (what a form offers as the default date). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private final DuplicateMatcher matcher = new DuplicateMatcher();

    /** A child's particulars as entered. */
    public record ChildInput(String givenNames, String familyName, List<String> otherNames, LocalDate dateOfBirth,
                             LocalDate expectedDateOfDelivery, String gender, String address, String postcode,
                             String nhsNumber, String upn, String firstLanguage, boolean shielded) {
    }

    /** A family member's details as entered. */
    public record FamilyMemberInput(String name, String relationship, Boolean parentalResponsibility,
                                    Boolean livesWithChild, String phone, String email, String address) {
        FamilyMemberDetails details() {
            return FamilyMemberDetails.of(name, relationship, parentalResponsibility, livesWithChild, phone, email,
                    address);
        }
    }

    /** A likely existing record for the child being registered, and why it matched. */
    public record Candidate(ChildView child, int score, List<Reason> reasons) {
    }

    /** One reason two records look like the same child. */
    public record Reason(String code, String explanation) {
    }

    /** Refusal: the child may already be known; the candidates say who and why. Create anyway with a reason. */
    public static final class PossibleDuplicates extends Refusal {
        private static final long serialVersionUID = 1L;
        private final transient List<Candidate> candidates;

        PossibleDuplicates(List<Candidate> candidates) {
            super(RefusalCode.POSSIBLE_DUPLICATE,
                    candidates.size() == 1 ? "This child may already be known to eCAF. Check the "
                    + "record below; if it is a different child, register them anyway and say why."
                    : candidates.size() + " existing records may be this child. Check them; if none is, register the "
                    + "child anyway and say why.",
                    List.of(new Violation(RefusalCode.POSSIBLE_DUPLICATE,
                            "This child may already have a record.", null)));
            this.candidates = List.copyOf(candidates);
        }

        public List<Candidate> candidates() {
            return candidates;
        }

        @Override
        public Kind kind() {
            return Kind.RULES;
        }
    }

    // ---------------------------------------------------------------- registering

    /**
     * Registers a child. Likely duplicates refuse the registration with {@link PossibleDuplicates} unless the
     * practitioner confirms it is a different child and says why ({@code notDuplicateReason}); that is audited.
     * The candidates are shown as search shows them: enough to recognise, nothing more.
     */
    public ChildView register(ChildInput in, String notDuplicateReason) {
        return Audited.run(audit, "child.register", "child", null, () -> {
            Practitioner me = access.staff();
            LocalDate today = LocalDate.now(clock);
            ChildDetails details = ChildDetails.of(in.givenNames(), in.familyName(), in.otherNames(), in.dateOfBirth(),
                    in.expectedDateOfDelivery(), in.gender(), in.address(), in.postcode(), in.nhsNumber(), in.upn(),
                    in.firstLanguage(), in.shielded(), today);
            Child child = new Child(details, me, OffsetDateTime.now(clock));
            List<Child> pool = children.candidates(child.particulars());
            List<PossibleDuplicate> duplicates = matcher.findLikelyDuplicates(child.particulars(),
                    pool.stream().map(Child::particulars).toList());
            if (!duplicates.isEmpty()) {
                if (notDuplicateReason == null || notDuplicateReason.isBlank()) {
                    throw new PossibleDuplicates(candidates(duplicates, pool, me, today));
                }
                if (notDuplicateReason.strip().length() > 1000) {
                    throw InvalidInput.of(RefusalCode.TOO_LONG, "The reason is longer than 1000 characters.",
                            "notDuplicateReason");
                }
            }
            children.add(child);
            cases.flush();
            if (!duplicates.isEmpty()) {
                audit.success("child.register.despite-duplicates", "child", child.getId(),
                        "candidates " + duplicates.stream().map(d -> String.valueOf(d.candidateId())).toList()
                                + "; reason given");
            }
            return view(child, me, today);
        }, v -> "child " + v.id());
    }

    /**
     * The duplicate check without registering: the existing records that are likely to be this child, best first, each
     * with its reasons in plain words. The register page calls it as the practitioner types (search before create).
     * Audited with the number of candidates, never the particulars.
     */
    public List<Candidate> matches(ChildInput in) {
        return Audited.run(audit, "child.match-check", "child", null, () -> {
            Practitioner me = access.staff();
            LocalDate today = LocalDate.now(clock);
            ChildDetails details = ChildDetails.of(in.givenNames(), in.familyName(), in.otherNames(), in.dateOfBirth(),
                    in.expectedDateOfDelivery(), in.gender(), in.address(), in.postcode(), in.nhsNumber(), in.upn(),
                    in.firstLanguage(), in.shielded(), today);
            Child probe = new Child(details, me, OffsetDateTime.now(clock));
            List<Child> pool = children.candidates(probe.particulars());
            return candidates(matcher.findLikelyDuplicates(probe.particulars(),
                    pool.stream().map(Child::particulars).toList()), pool, me, today);
        }, list -> list.size() + " likely existing record(s); model " + matcher.model().version());
    }

    /**
     * Whether a shielded child whom the searcher sees only in part may be listed: only when found by the name they
     * use now, with no postcode asked for. Listed for a postcode (or for a date alone), the result would tell where a
     * child lives whose address is withheld; listed for a previous name, it would link that name to the present one.
     * The duplicate check still finds such a child (registering a second record is the greater harm) and says only
     * what the view allows.
     */
    private boolean foundByName(Child child, String query, String postcode) {
        return query != null && !query.isBlank() && (postcode == null || postcode.isBlank())
                && matcher.typedNamesMatch(query, child.particulars());
    }

    /** The code of the one reason that stands for details the record's view withholds: which of them agree is not said. */
    public static final String DETAILS_NOT_SHOWN = "DETAILS_NOT_SHOWN";

    /**
     * The likely duplicates as {@code me} may see them: each record as search shows it, with why it matched. A reason
     * about a detail the record's view withholds from {@code me} (a shielded child's date of birth and postcode, for
     * someone who does not work with the child) would tell it: "could be 04/03/2016 with day and month swapped" gives
     * the date, "same postcode" where the child lives. Such reasons become one that says other details agree without
     * saying which. Names (shown in every view) and identifiers the practitioner typed still say why.
     */
    private List<Candidate> candidates(List<PossibleDuplicate> duplicates, List<Child> pool, Practitioner me,
            LocalDate today) {
        List<Candidate> candidates = new ArrayList<>();
        for (PossibleDuplicate d : duplicates) {
            Child existing = pool.stream().filter(c -> c.getId().equals(d.candidateId())).findFirst().orElseThrow();
            ChildView shown = view(existing, me, today);
            List<Reason> reasons = new ArrayList<>();
            boolean withheld = false;
            boolean byOwnName = false;
            for (MatchReason r : d.reasons()) {
                // a restricted view withholds other (previous) names: that one matched is not said either
                boolean previousName = r.code() == MatchReasonCode.MATCHES_OTHER_NAME && shown.restricted();
                byOwnName |= r.code().aspect() == MatchReasonCode.Aspect.NAME && !previousName;
                if (!previousName && shows(shown, r.code().aspect())) {
                    reasons.add(new Reason(r.code().name(), r.explanation()));
                } else {
                    withheld = true;
                }
            }
            if (withheld) {
                reasons.add(new Reason(DETAILS_NOT_SHOWN, "Other details you entered agree with this record too; which"
                        + " ones is not shown, because you may not see them on this record."));
            }
            if (shown.restricted() && existing.isShielded() && !byOwnName) {
                // found only through a name the child no longer uses: their present name is not linked to it
                shown = shown.withoutNames();
            }
            candidates.add(new Candidate(shown, d.score(), List.copyOf(reasons)));
        }
        return List.copyOf(candidates);
    }

    /** Whether {@code view} shows the details a reason of {@code aspect} is about. */
    private static boolean shows(ChildView view, MatchReasonCode.Aspect aspect) {
        return switch (aspect) {
            case DATE -> view.dateOfBirth() != null || view.expectedDateOfDelivery() != null;
            case POSTCODE -> view.postcode() != null;
            case NAME, IDENTIFIER -> true;
        };
    }

    // ---------------------------------------------------------------- reading

    public ChildView get(long childId) {
        return Audited.run(audit, "child.read", "child", childId, () -> {
            Practitioner me = access.staff();
            Child child = find(childId);
            access.require(child, RecordKind.CHILD_SUMMARY, Operation.READ);
            return view(child, me, LocalDate.now(clock));
        }, v -> v.restricted() ? "restricted view" : null);
    }

    /**
     * Children matching the criteria, at most {@link #SEARCH_LIMIT}; audited with the criteria used, never their
     * values. What was typed is matched literally (no wildcards) and a name needs two letters.
     */
    public List<ChildView> search(String query, LocalDate dateOfBirth, String postcode) {
        List<String> used = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            used.add("name");
        }
        if (dateOfBirth != null) {
            used.add("dateOfBirth");
        }
        if (postcode != null && !postcode.isBlank()) {
            used.add("postcode");
        }
        return Audited.run(audit, "child.search", "child", null, () -> {
            Practitioner me = access.staff();
            if (used.isEmpty()) {
                throw InvalidInput.of(RefusalCode.REQUIRED, "Search by name, date of birth or postcode.", "query");
            }
            if (query != null && !query.isBlank() && query.codePoints().filter(Character::isLetter).count() < 2) {
                throw InvalidInput.of(RefusalCode.TOO_SHORT, "Enter at least two letters of the name.", "query");
            }
            if (query != null && query.length() > 200) {
                throw InvalidInput.of(RefusalCode.TOO_LONG, "A name to search for is at most 200 characters.", "query");
            }
            LocalDate today = LocalDate.now(clock);
            List<ChildView> found = new ArrayList<>();
            for (Child c : children.search(query, dateOfBirth, postcode, SEARCH_LIMIT)) {
                ChildView shown = view(c, me, today);
                if (shown.restricted() && c.isShielded() && !foundByName(c, query, postcode)) {
                    continue;
                }
                found.add(shown);
            }
            return List.copyOf(found);
        }, list -> "criteria " + used + ", " + list.size() + " result(s)");
    }

    public List<FamilyMemberView> familyMembers(long childId) {
        return Audited.run(audit, "child.family-members.read", "child", childId, () -> {
            Child child = find(childId);
            access.require(child, RecordKind.FAMILY_MEMBERS, Operation.READ);
            return child.getFamilyMembers().stream().map(FamilyMemberView::of).toList();
        }, null);
    }

    /** The changes made to a child's record, oldest first, with what was there before. */
    public List<RecordChangeView> changes(long childId) {
        return Audited.run(audit, "child.changes.read", "child", childId, () -> {
            Child child = find(childId);
            access.require(child, RecordKind.CHILD_PARTICULARS, Operation.READ);
            return child.getChanges().stream().map(RecordChangeView::of).toList();
        }, null);
    }

    // ---------------------------------------------------------------- changing

    /**
     * Changes the child's particulars. Turning shielding on is for anyone who may change the record; turning it off
     * is a team lead's decision. The change is kept with what was there before and is dated on the case timeline.
     */
    public ChildView update(long childId, ChildInput in) {
        return Audited.run(audit, "child.update", "child", childId, () -> {
            Child child = findForUpdate(childId);
            Practitioner me = access.require(child, RecordKind.CHILD_PARTICULARS, Operation.WRITE);
            if (child.isShielded() && !in.shielded()) {
                access.require(child, RecordKind.TEAM_LEAD_DECISIONS, Operation.WRITE);
            }
            LocalDate today = LocalDate.now(clock);
            ChildDetails details = ChildDetails.of(in.givenNames(), in.familyName(), in.otherNames(), in.dateOfBirth(),
                    in.expectedDateOfDelivery(), in.gender(), in.address(), in.postcode(), in.nhsNumber(), in.upn(),
                    in.firstLanguage(), in.shielded(), today);
            OffsetDateTime now = OffsetDateTime.now(clock);
            child.change(details, me, now).ifPresent(change -> {
                onTimeline(child, me, now, change);
                children.particularsChanged(child);
            });
            cases.flush();
            return view(child, me, today);
        }, v -> "particulars");
    }

    public FamilyMemberView addFamilyMember(long childId, FamilyMemberInput in) {
        return Audited.run(audit, "child.family-member.add", "child", childId, () -> {
            Child child = findForUpdate(childId);
            Practitioner me = access.require(child, RecordKind.FAMILY_MEMBERS, Operation.WRITE);
            OffsetDateTime now = OffsetDateTime.now(clock);
            FamilyMember member = child.addFamilyMember(in.details(), me, now);
            cases.flush();
            child.getChanges().stream().filter(c -> c.getFamilyMember() == member).findFirst()
                    .ifPresent(change -> onTimeline(child, me, now, change));
            cases.flush();
            return FamilyMemberView.of(member);
        }, m -> "family member " + m.id());
    }

    public FamilyMemberView correctFamilyMember(long childId, long memberId, FamilyMemberInput in) {
        return Audited.run(audit, "child.family-member.correct", "child", childId, () -> {
            Child child = findForUpdate(childId);
            Practitioner me = access.require(child, RecordKind.FAMILY_MEMBERS, Operation.WRITE);
            OffsetDateTime now = OffsetDateTime.now(clock);
            child.correctFamilyMember(memberId, in.details(), me, now)
                    .ifPresent(change -> onTimeline(child, me, now, change));
            cases.flush();
            return FamilyMemberView.of(child.familyMember(memberId).orElseThrow());
        }, m -> "family member " + m.id());
    }

    public FamilyMemberView endFamilyMember(long childId, long memberId, LocalDate on, String reason) {
        return Audited.run(audit, "child.family-member.end", "child", childId, () -> {
            Child child = findForUpdate(childId);
            Practitioner me = access.require(child, RecordKind.FAMILY_MEMBERS, Operation.WRITE);
            OffsetDateTime now = OffsetDateTime.now(clock);
            RecordChange change = child.endFamilyMember(memberId, on, reason, me, now, LocalDate.now(clock));
            onTimeline(child, me, now, change);
            cases.flush();
            return FamilyMemberView.of(child.familyMember(memberId).orElseThrow());
        }, m -> "family member " + m.id());
    }

    // ---------------------------------------------------------------- access without involvement

    /**
     * Records that the signed-in practitioner must see {@code childId}'s full record without being involved, and why:
     * read-only, for {@link AccessGrant#LENGTH}, on the holding case's timeline for its team lead; never for a shielded
     * child.
     */
    public AccessGrantView recordAccessGrant(long childId, String reason) {
        return Audited.run(audit, "child.access-grant", "child", childId, () -> {
            Child child = find(childId);
            Practitioner me = access.require(child, RecordKind.ACCESS_GRANTS, Operation.WRITE);
            OffsetDateTime now = OffsetDateTime.now(clock);
            AccessGrant grant = AccessGrant.record(child, me, reason, now);
            grants.add(grant);
            for (CafCase c : AccessPolicy.holdingCases(cases.ofChild(child))) {
                if (c.getState() != CaseState.CLOSED) {
                    c.note(me, now, "ACCESS_WITHOUT_INVOLVEMENT", me.getDisplayName() + (me.getTeam() == null ? ""
                            : " (" + me.getTeam().getName() + ")") + " recorded access without involvement until "
                            + grant.getExpiresAt().toLocalTime().withNano(0) + ": " + grant.getReason());
                }
            }
            cases.flush();
            return AccessGrantView.of(grant, now);
        }, g -> "grant " + g.id() + " until " + g.expiresAt());
    }

    /** Who has recorded access without involvement to a child's record: for the team that holds it. */
    public List<AccessGrantView> accessGrants(long childId) {
        return Audited.run(audit, "child.access-grants.read", "child", childId, () -> {
            Child child = find(childId);
            access.require(child, RecordKind.ACCESS_GRANTS, Operation.READ);
            OffsetDateTime now = OffsetDateTime.now(clock);
            return grants.ofChild(child).stream().map(g -> AccessGrantView.of(g, now)).toList();
        }, list -> list.size() + " grant(s)");
    }

    // ---------------------------------------------------------------- views

    /** The child as {@code me} may see them; search results and duplicate candidates use the same view. */
    ChildView view(Child child, Practitioner me, LocalDate today) {
        List<CafCase> ofChild = child.getId() == null ? List.of() : cases.ofChild(child);
        Set<Relation> relations = AccessPolicy.toChild(me, child, ofChild,
                child.getId() != null && grants.active(me, child, OffsetDateTime.now(clock)));
        Access level = AccessPolicy.childAccess(relations, child.isShielded());
        List<CaseSummary> summaries = List.of();
        if (level == Access.FULL) {
            summaries = ofChild.stream().map(c -> {
                Access caseAccess = access.caseAccess(me, c);
                return caseAccess == Access.NONE ? null : CaseSummary.of(c, caseAccess);
            }).filter(java.util.Objects::nonNull).toList();
        }
        return ChildView.of(child, level, today, summaries, holding(child, ofChild));
    }

    /** Who holds the child's record and how to reach them: the lead professional, or a team lead for a shielded child. */
    ChildView.Holding holding(Child child, List<CafCase> ofChild) {
        List<CafCase> holdingCases = AccessPolicy.holdingCases(ofChild);
        Optional<CafCase> open = holdingCases.stream().filter(c -> c.getState() != CaseState.CLOSED).findFirst();
        Team team = open.map(CafCase::getTeam).orElseGet(() -> holdingCases.isEmpty() ? child.getRegisteredTeam()
                : holdingCases.get(0).getTeam());
        if (team == null) {
            return new ChildView.Holding(false, null, null);
        }
        Practitioner contact = open.map(CafCase::getLeadProfessional).filter(p -> !child.isShielded()).orElse(null);
        if (contact == null) {
            contact = organisation.members(team).stream().filter(p -> p.isActive() && p.leads(team)).findFirst()
                    .orElse(null);
        }
        return new ChildView.Holding(open.isPresent(), team.getName(), PersonRef.of(contact));
    }

    private void onTimeline(Child child, Practitioner me, OffsetDateTime now, RecordChange change) {
        for (CafCase c : cases.ofChild(child)) {
            if (c.getState() != CaseState.CLOSED) {
                c.note(me, now, change.getKind().name(), change.getSummary());
            }
        }
    }

    private Child find(long childId) {
        access.staff();
        return children.find(childId).orElseThrow(() -> new NotFound("child " + childId));
    }

    private Child findForUpdate(long childId) {
        access.staff();
        return children.findForUpdate(childId).orElseThrow(() -> new NotFound("child " + childId));
    }
}
