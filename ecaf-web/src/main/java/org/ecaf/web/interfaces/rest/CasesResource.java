package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.web.application.AssessmentService;
import org.ecaf.web.application.CaseNoteService;
import org.ecaf.web.application.CaseService;
import org.ecaf.web.application.CopyService;
import org.ecaf.web.application.view.CaseNoteView;
import org.ecaf.web.application.view.CaseSummary;
import org.ecaf.web.application.view.CaseView;
import org.ecaf.web.application.view.RevisionView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/cases}: open and read cases; consent, decisions without consent, the child seen, the
 * pre-assessment checklist, the Team Around the Child, the delivery plan, reviews, closure and reopening. The
 * assessment lives under {@code /api/v1/cases/{id}/assessment} ({@link AssessmentResource}).
 */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    /** {@code {"childId": 1000}}. */
    public record NewCase(Long childId) {
    }

    /** Consent as given; {@code givenBy} is YOUNG_PERSON or FAMILY_MEMBER, {@code scopes} RECORD and/or SHARE. */
    public record NewConsent(String givenBy, Long familyMemberId, LocalDate givenOn, List<String> scopes,
                             List<Long> agencyIds, List<Long> familyMemberIds, String evidence,
                             Boolean understandingConfirmed, List<String> withheldSections) {
    }

    /** A withdrawal of consent. */
    public record Withdrawal(LocalDate withdrawnOn, String reason) {
    }

    /** A decision to act without consent. */
    public record WithoutConsent(String ground, String reason, Boolean coversRecording, List<Long> agencyIds) {
    }

    /** The child was seen: local date and time, alone or not, where. */
    public record Seen(LocalDateTime seenAt, Boolean seenAlone, String location, String notes) {
    }

    /** Form answers (pre-assessment checklist, review, closure). */
    public record FormAnswers(JsonObject answers) {
    }

    /** The lead professional. */
    public record Lead(Long practitionerId) {
    }

    /** Who the case is allocated to (a practitioner of the holding team, by id) and, optionally, why. */
    public record Allocation(Long practitionerId, String reason) {
    }

    /** A member of the Team Around the Child: a practitioner with an account, or a named person. */
    public record Member(Long practitionerId, String name, String role, String organisation, String contact) {
    }

    /** An action of the delivery plan. */
    public record Action(String what, String who, LocalDate byWhen, String desiredOutcome, String status) {
    }

    /** The next review date. */
    public record ReviewDate(LocalDate reviewDate) {
    }

    /**
     * A case note: {@code kind} (CONTACT, HOME_VISIT, PHONE_CALL, MEETING, OTHER), the day ({@code yyyy-MM-dd}) and
     * optional time ({@code HH:mm}) it happened, the text; to correct a note, {@code corrects} (its id) and a reason.
     */
    public record Note(String kind, LocalDate happenedOn, LocalTime happenedAt, String text, Long corrects,
                       String reason) {
    }

    /** A reason, for reopening. */
    public record Reason(String reason) {
    }

    @Inject
    CaseService cases;

    @Inject
    AssessmentService assessments;

    @Inject
    CopyService copies;

    @Inject
    CaseNoteService notes;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Open a CAF case for a child, in your team")
    public Response open(NewCase body) {
        NewCase in = Bodies.required(body);
        if (in.childId() == null) {
            throw org.ecaf.domain.shared.InvalidInput.of(RefusalCode.REQUIRED,
                    "Say which child the case is for (childId).", "childId");
        }
        CaseView c = cases.open(in.childId());
        return Created.at(uri, c.id(), c);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A case: the child, the state, what is missing for the next step, people, plan, timeline")
    public CaseView get(@PathParam("id") long id) {
        return cases.get(id);
    }

    @GET
    @Operation(summary = "Cases you work on (mine=true), your team's (team=true), optionally in one state")
    public List<CaseSummary> list(@QueryParam("mine") Boolean mine, @QueryParam("team") Boolean team,
                                  @QueryParam("state") String state) {
        return cases.list(Boolean.TRUE.equals(mine), Boolean.TRUE.equals(team), state);
    }

    @POST
    @Path("{id}/consents")
    @Operation(summary = "Record consent to record and/or share, given by the young person or a family member")
    public Response consent(@PathParam("id") long id, NewConsent body) {
        NewConsent in = Bodies.required(body);
        List<String> scopes = in.scopes() == null ? List.of() : in.scopes();
        for (String s : scopes) {
            if (!"RECORD".equalsIgnoreCase(s) && !"SHARE".equalsIgnoreCase(s)) {
                throw org.ecaf.domain.shared.InvalidInput.of(RefusalCode.UNKNOWN_OPTION,
                        "A scope is RECORD or SHARE, not '"
                        + s + "'.", "scopes");
            }
        }
        CaseView.ConsentView consent = cases.recordConsent(id, new CaseService.ConsentInput(in.givenBy(),
                in.familyMemberId(), in.givenOn(), scopes.stream().anyMatch("RECORD"::equalsIgnoreCase),
                scopes.stream().anyMatch("SHARE"::equalsIgnoreCase), in.agencyIds(), in.familyMemberIds(),
                in.evidence(), Boolean.TRUE.equals(in.understandingConfirmed()), in.withheldSections()));
        return Created.at(uri, consent.id(), consent);
    }

    @POST
    @Path("{id}/consents/{consentId}/withdrawal")
    @Operation(summary = "Record that consent was withdrawn (kept, never deleted)")
    public CaseView.ConsentView withdraw(@PathParam("id") long id, @PathParam("consentId") long consentId,
                                         Withdrawal body) {
        Withdrawal in = body == null ? new Withdrawal(null, null) : body;
        return cases.withdrawConsent(id, consentId, in.withdrawnOn(), in.reason());
    }

    @POST
    @Path("{id}/without-consent-decisions")
    @Operation(summary = "A team lead's decision to record or share without consent (ground and reason required)")
    public Response withoutConsent(@PathParam("id") long id, WithoutConsent body) {
        WithoutConsent in = Bodies.required(body);
        CaseView.WithoutConsentView decision = cases.recordWithoutConsent(id, in.ground(), in.reason(),
                Boolean.TRUE.equals(in.coversRecording()), in.agencyIds());
        return Created.at(uri, decision.id(), decision);
    }

    @POST
    @Path("{id}/child-seen")
    @Operation(summary = "Record that the child was seen: when (local time), alone or not, where")
    public Response childSeen(@PathParam("id") long id, Seen body) {
        Seen in = Bodies.required(body);
        CaseView.ChildSeenView seen = cases.recordChildSeen(id, in.seenAt(), Boolean.TRUE.equals(in.seenAlone()),
                in.location(), in.notes());
        return Created.at(uri, seen.id(), seen);
    }

    @GET
    @Path("{id}/notes")
    @Operation(summary = "The case notes, newest contact first; a corrected note names the note that corrects it")
    public List<CaseNoteView> notes(@PathParam("id") long id) {
        return notes.list(id);
    }

    @POST
    @Path("{id}/notes")
    @Operation(summary = "Write a case note (kind, happenedOn, optional happenedAt, text), or correct one (corrects, "
            + "reason): a note is never changed, a correction is a new note")
    public Response addNote(@PathParam("id") long id, Note body) {
        Note in = Bodies.required(body);
        CaseNoteView note = notes.add(id, new CaseNoteService.NoteInput(in.kind(), in.happenedOn(), in.happenedAt(),
                in.text(), in.corrects(), in.reason()));
        return Created.at(uri, note.id(), note);
    }

    @PUT
    @Path("{id}/pre-assessment")
    @Operation(summary = "Record the pre-assessment checklist and its decision")
    public CaseView preAssessment(@PathParam("id") long id, FormAnswers body) {
        return cases.recordPreAssessment(id, answers(body));
    }

    @PUT
    @Path("{id}/lead-professional")
    @Operation(summary = "Set the lead professional (team lead)")
    public CaseView leadProfessional(@PathParam("id") long id, Lead body) {
        return cases.setLeadProfessional(id, Bodies.required(body).practitionerId());
    }

    @PUT
    @Path("{id}/allocation")
    @Operation(summary = "Allocate or reassign the case to a practitioner of the team (team lead)")
    public CaseView allocation(@PathParam("id") long id, Allocation body) {
        Allocation in = Bodies.required(body);
        return cases.allocate(id, in.practitionerId(), in.reason());
    }

    @POST
    @Path("{id}/team-members")
    @Operation(summary = "Add a member to the Team Around the Child")
    public Response addMember(@PathParam("id") long id, Member body) {
        Member in = Bodies.required(body);
        CaseView.TeamMemberView member = cases.addTeamMember(id, in.practitionerId(), in.name(), in.role(),
                in.organisation(), in.contact());
        return Created.at(uri, member.id(), member);
    }

    @DELETE
    @Path("{id}/team-members/{memberId}")
    @Operation(summary = "Remove a member from the Team Around the Child (kept in history)")
    public CaseView removeMember(@PathParam("id") long id, @PathParam("memberId") long memberId) {
        return cases.removeTeamMember(id, memberId);
    }

    @POST
    @Path("{id}/actions")
    @Operation(summary = "Add an action to the delivery plan: what, who, by when, desired outcome")
    public Response addAction(@PathParam("id") long id, Action body) {
        Action in = Bodies.required(body);
        CaseView.ActionView action = cases.addAction(id, in.what(), in.who(), in.byWhen(), in.desiredOutcome());
        return Created.at(uri, action.id(), action);
    }

    @PUT
    @Path("{id}/actions/{actionId}")
    @Operation(summary = "Change an action or its status (NOT_STARTED, IN_PROGRESS, DONE, DROPPED)")
    public CaseView.ActionView updateAction(@PathParam("id") long id, @PathParam("actionId") long actionId, Action body) {
        Action in = Bodies.required(body);
        return cases.updateAction(id, actionId, in.what(), in.who(), in.byWhen(), in.desiredOutcome(), in.status());
    }

    @PUT
    @Path("{id}/review-date")
    @Operation(summary = "Set the date of the next review")
    public CaseView reviewDate(@PathParam("id") long id, ReviewDate body) {
        return cases.setReviewDate(id, Bodies.required(body).reviewDate());
    }

    @POST
    @Path("{id}/plan-activation")
    @Operation(summary = "Make the delivery plan active (team lead; needs a lead professional and a review date)")
    public CaseView activatePlan(@PathParam("id") long id) {
        return cases.activatePlan(id);
    }

    @POST
    @Path("{id}/reviews")
    @Operation(summary = "Record a review on the review form")
    public Response review(@PathParam("id") long id, FormAnswers body) {
        CaseView.ReviewView review = cases.recordReview(id, answers(body));
        return Created.at(uri, review.id(), review);
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Close the case on the closure form (a reason is required)")
    public CaseView close(@PathParam("id") long id, FormAnswers body) {
        return cases.close(id, answers(body));
    }

    @POST
    @Path("{id}/reopening")
    @Operation(summary = "Reopen a closed case (team lead, with a reason)")
    public CaseView reopen(@PathParam("id") long id, Reason body) {
        return cases.reopen(id, body == null ? null : body.reason());
    }

    @POST
    @Path("{id}/reassessment")
    @Operation(summary = "Start a reassessment after approval; the approved assessment stays as it was")
    public Response reassess(@PathParam("id") long id) {
        RevisionView revision = assessments.reassess(id);
        return Response.status(201).entity(revision).tag(AssessmentResource.etag(revision)).build();
    }

    @GET
    @Path("{id}/disclosures")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every copy issued or refused for the case: who, to whom, which revision, under what, SHA-256")
    public List<CopyService.DisclosureView> disclosures(@PathParam("id") long id) {
        return copies.disclosures(id);
    }

    private static JsonObject answers(FormAnswers body) {
        FormAnswers in = Bodies.required(body);
        if (in.answers() == null) {
            throw org.ecaf.domain.shared.InvalidInput.of(RefusalCode.REQUIRED,
                    "Send the form's answers as \"answers\": {…}.",
                    "answers");
        }
        return in.answers();
    }
}
