package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ecaf.domain.access.Access;
import org.ecaf.domain.access.CaseAccessPolicy;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.ChildDetails;
import org.ecaf.domain.child.ChildRepository;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.child.FamilyMemberDetails;
import org.ecaf.domain.child.matching.DuplicateMatcher;
import org.ecaf.domain.child.matching.PossibleDuplicate;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.Violation;
import org.ecaf.web.application.view.CaseSummary;
import org.ecaf.web.application.view.ChildView;
import org.ecaf.web.application.view.FamilyMemberView;

/**
 * Children: register one (after looking for likely duplicates), read, search, and record family members. What a
 * caller sees follows {@link CaseAccessPolicy}: a shielded child shows only name, age band and lead professional.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class ChildService {

    @Inject
    ChildRepository children;

    @Inject
    CaseRepository cases;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    private final DuplicateMatcher matcher = new DuplicateMatcher();

    /** A child's particulars as entered. */
    public record ChildInput(String givenNames, String familyName, List<String> otherNames, LocalDate dateOfBirth,
                             LocalDate expectedDateOfDelivery, String gender, String address, String postcode,
                             String nhsNumber, String upn, String firstLanguage, boolean shielded) {
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
            super("POSSIBLE_DUPLICATE", candidates.size() == 1 ? "This child may already be known to eCAF. Check the "
                    + "record below; if it is a different child, register them anyway and say why."
                    : candidates.size() + " existing records may be this child. Check them; if none is, register the "
                    + "child anyway and say why.",
                    List.of(new Violation("POSSIBLE_DUPLICATE", "This child may already have a record.", null)));
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

    /**
     * Registers a child. Likely duplicates refuse the registration with {@link PossibleDuplicates} unless the
     * practitioner confirms it is a different child and says why ({@code notDuplicateReason}); that is audited.
     */
    public ChildView register(ChildInput in, String notDuplicateReason) {
        return Audited.run(audit, "child.register", "child", null, () -> {
            Practitioner me = requirePractitioner();
            LocalDate today = LocalDate.now(clock);
            ChildDetails details = ChildDetails.of(in.givenNames(), in.familyName(), in.otherNames(), in.dateOfBirth(),
                    in.expectedDateOfDelivery(), in.gender(), in.address(), in.postcode(), in.nhsNumber(), in.upn(),
                    in.firstLanguage(), in.shielded(), today);
            Child child = new Child(details, me.getUsername(), OffsetDateTime.now(clock));
            List<Child> pool = children.candidates(child.particulars());
            List<PossibleDuplicate> duplicates = matcher.findLikelyDuplicates(child.particulars(),
                    pool.stream().map(Child::particulars).toList());
            if (!duplicates.isEmpty()) {
                if (notDuplicateReason == null || notDuplicateReason.isBlank()) {
                    List<Candidate> candidates = new ArrayList<>();
                    for (PossibleDuplicate d : duplicates) {
                        Child existing = pool.stream().filter(c -> c.getId().equals(d.candidateId())).findFirst()
                                .orElseThrow();
                        candidates.add(new Candidate(view(existing, me, today), d.score(), d.reasons().stream()
                                .map(r -> new Reason(r.code().name(), r.explanation())).toList()));
                    }
                    throw new PossibleDuplicates(candidates);
                }
                if (notDuplicateReason.strip().length() > 1000) {
                    throw InvalidInput.of("TOO_LONG", "The reason is longer than 1000 characters.", "notDuplicateReason");
                }
            }
            children.add(child);
            cases.flush();
            if (!duplicates.isEmpty()) {
                audit.success("child.register.despite-duplicates", "child", null,
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
            Practitioner me = requirePractitioner();
            LocalDate today = LocalDate.now(clock);
            ChildDetails details = ChildDetails.of(in.givenNames(), in.familyName(), in.otherNames(), in.dateOfBirth(),
                    in.expectedDateOfDelivery(), in.gender(), in.address(), in.postcode(), in.nhsNumber(), in.upn(),
                    in.firstLanguage(), in.shielded(), today);
            Child probe = new Child(details, me.getUsername(), OffsetDateTime.now(clock));
            List<Child> pool = children.candidates(probe.particulars());
            List<Candidate> candidates = new ArrayList<>();
            for (PossibleDuplicate d : matcher.findLikelyDuplicates(probe.particulars(),
                    pool.stream().map(Child::particulars).toList())) {
                Child existing = pool.stream().filter(c -> c.getId().equals(d.candidateId())).findFirst().orElseThrow();
                candidates.add(new Candidate(view(existing, me, today), d.score(), d.reasons().stream()
                        .map(r -> new Reason(r.code().name(), r.explanation())).toList()));
            }
            return List.copyOf(candidates);
        }, list -> list.size() + " likely existing record(s); model " + matcher.model().version());
    }

    public ChildView get(long childId) {
        return Audited.run(audit, "child.read", "child", childId, () -> {
            Practitioner me = requirePractitioner();
            Child child = children.find(childId).orElseThrow(() -> new NotFound("child " + childId));
            return view(child, me, LocalDate.now(clock));
        }, v -> v.restricted() ? "restricted view" : null);
    }

    /** Children matching the criteria; audited with the criteria used, never their values. */
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
            Practitioner me = requirePractitioner();
            if (used.isEmpty()) {
                throw InvalidInput.of("REQUIRED", "Search by name, date of birth or postcode.", "query");
            }
            if (query != null && !query.isBlank() && query.strip().length() < 2) {
                throw InvalidInput.of("TOO_SHORT", "Enter at least two letters of the name.", "query");
            }
            LocalDate today = LocalDate.now(clock);
            return children.search(query, dateOfBirth, postcode, 50).stream().map(c -> view(c, me, today)).toList();
        }, list -> "criteria " + used + ", " + list.size() + " result(s)");
    }

    public FamilyMemberView addFamilyMember(long childId, String name, String relationship, Boolean parentalResponsibility,
                                            Boolean livesWithChild, String phone, String email, String address) {
        return Audited.run(audit, "child.family-member.add", "child", childId, () -> {
            Practitioner me = requirePractitioner();
            Child child = children.find(childId).orElseThrow(() -> new NotFound("child " + childId));
            if (CaseAccessPolicy.toChild(me, child, cases.ofChild(child)) != Access.FULL) {
                throw new AccessDenied("SHIELDED", "This child's record is shielded: only people directly involved "
                        + "can change it.");
            }
            FamilyMember member = child.addFamilyMember(FamilyMemberDetails.of(name, relationship,
                    parentalResponsibility, livesWithChild, phone, email, address));
            cases.flush();
            return FamilyMemberView.of(member);
        }, m -> "family member " + m.id());
    }

    public List<FamilyMemberView> familyMembers(long childId) {
        return Audited.run(audit, "child.family-members.read", "child", childId, () -> {
            Practitioner me = requirePractitioner();
            Child child = children.find(childId).orElseThrow(() -> new NotFound("child " + childId));
            if (CaseAccessPolicy.toChild(me, child, cases.ofChild(child)) != Access.FULL) {
                throw new AccessDenied("SHIELDED", "This child's record is shielded: only people directly involved "
                        + "can see their family.");
            }
            return child.getFamilyMembers().stream().map(FamilyMemberView::of).toList();
        }, null);
    }

    private ChildView view(Child child, Practitioner me, LocalDate today) {
        List<CafCase> ofChild = child.getId() == null ? List.of() : cases.ofChild(child);
        Access access = CaseAccessPolicy.toChild(me, child, ofChild);
        List<CaseSummary> summaries = ofChild.stream().filter(c -> c.getState() != CaseState.CLOSED)
                .map(c -> {
                    Access caseAccess = CaseAccessPolicy.toCase(me, c);
                    return CaseSummary.of(c, caseAccess == Access.NONE ? Access.RESTRICTED : caseAccess);
                }).toList();
        return ChildView.of(child, access, today, summaries);
    }

    private Practitioner requirePractitioner() {
        Practitioner me = currentUser.get();
        if (!(me.hasRole(Role.PRACTITIONER) || me.hasRole(Role.TEAM_LEAD))) {
            throw new AccessDenied("NO_CASE_ACCESS", "Administrators do not see children's records.");
        }
        return me;
    }
}
