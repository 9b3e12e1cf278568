package org.ecaf.web.application.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A team lead's picture of their team on {@code today}: caseload per practitioner, assessments waiting for approval
 * and for how long, overdue reviews and actions, how long assessments took from start to approval, and cases by
 * stage; {@code staleDrafts}: open cases whose draft assessment nobody has saved for 14 days.
 */
public record TeamDashboard(String team, LocalDate today, int openCases, List<CaseloadRow> caseload,
                            List<AwaitingApproval> awaitingApproval, List<OverdueReview> overdueReviews,
                            List<OverdueAction> overdueActions, ApprovalTimes approvalTimes,
                            List<StateCount> casesByState, int staleDrafts) implements java.io.Serializable {

    /**
     * A practitioner's open cases in the team: those they opened, wrote, are lead professional for or hold; of these,
     * how many they lead and how many wait for approval; and how many open cases are allocated to them.
     */
    public record CaseloadRow(long practitionerId, String name, String jobTitle, int openCases,
                              int leadProfessional, int awaitingApproval, int allocated) implements java.io.Serializable {
    }

    /** An assessment submitted for approval: who submitted it, when, and for how many whole days it has waited. */
    public record AwaitingApproval(long caseId, String reference, String childName, int assessment, int revision,
                                   String submittedBy, OffsetDateTime submittedAt, long waitingDays) implements java.io.Serializable {
    }

    /** A case whose review date has passed without a review. */
    public record OverdueReview(long caseId, String reference, String childName, LocalDate reviewDate,
                                long daysOverdue, String leadProfessional) implements java.io.Serializable {
    }

    /** An action of a delivery plan, not done or dropped, whose date has passed. */
    public record OverdueAction(long caseId, String reference, String childName, String what, String who,
                                LocalDate byWhen, String status, long daysOverdue) implements java.io.Serializable {
    }

    /** How many days one assessment took from the day it started to the day it was approved. */
    public record ApprovalTime(long caseId, String reference, String childName, int assessment, LocalDate startedOn,
                               LocalDate approvedOn, long days, String approvedBy) implements java.io.Serializable {
    }

    /** Assessments approved since {@code since} ({@code windowDays} days), with the median days to approval. */
    public record ApprovalTimes(int windowDays, LocalDate since, Double medianDays, List<ApprovalTime> assessments) implements java.io.Serializable {
    }

    /** How many of the team's cases are at one stage. */
    public record StateCount(String state, String label, int count) implements java.io.Serializable {
    }
}
