package org.ecaf.domain.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.Consent;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FieldType;
import org.ecaf.forms.definition.FormDefinition;

/**
 * Whose information reaches a family copy (DESIGN idea 4): a family member's copy holds the child's and the
 * household's information and the recipient's own; another family member's information (the parents and carers the
 * child lives with, for their fields; the person a row names, for a row) only where that person's consent to share
 * with the recipient is in force; a third party's never. The young person's copy holds what is about their home
 * (the parents-at-home fields) but not a row that names a family member. An agency copy is not narrowed here: it
 * follows the consent's scope.
 */
public final class FamilyCopyScope {

    /** Printed on a family copy from which another family member's information was left out. */
    public static final String NOTE = "Information that belongs to another member of your family is only included if "
            + "they have agreed to share it with you.";

    private FamilyCopyScope() {
    }

    /** The plan narrowed for a family member or the young person; an agency's plan unchanged. */
    public static RedactionPlan narrow(RedactionPlan plan, FormDefinition form, Answers answers, CafCase c,
                                       Recipient recipient, LocalDate today) {
        return narrow(plan, form, answers, WhoseInformation.builtIn(), c.getChild().getFamilyMembers(),
                c.getConsents(), recipient, today);
    }

    static RedactionPlan narrow(RedactionPlan plan, FormDefinition form, Answers answers, WhoseInformation whose,
                                List<FamilyMember> family, List<Consent> consents, Recipient recipient,
                                LocalDate today) {
        if (recipient instanceof Recipient.AgencyRecipient) {
            return plan;
        }
        FamilyMember me = recipient instanceof Recipient.Family f ? f.member() : null;
        List<FamilyMember> members = family.stream().filter(m -> !m.isEnded()).toList();
        List<FamilyMember> atHome = members.stream().filter(WhoseInformation::parentAtHome).toList();
        Set<String> fields = new HashSet<>();
        Map<String, Set<Integer>> rows = new HashMap<>();
        List<RedactionPlan.LeftOut> named = new ArrayList<>();
        for (Field field : form.fields()) {
            if (!plan.shows(field) || answers.get(field.key()).isEmpty()
                    || form.sectionOf(field.key()).map(s -> !plan.shows(s)).orElse(false)) {
                continue;
            }
            WhoseInformation.Entry entry = whose.of(field.key()).orElseThrow(() -> new IllegalStateException(
                    "field " + field.key() + " of " + form.id() + " v" + form.version() + " is not classified"));
            if (field.type() == FieldType.GROUP && !entry.nameColumns().isEmpty()) {
                List<Answers> groupRows = answers.rows(field.key());
                for (int i = 0; i < groupRows.size(); i++) {
                    Answers row = groupRows.get(i);
                    List<FamilyMember> about = members.stream()
                            .filter(m -> WhoseInformation.names(entry, row, m, members)).toList();
                    String why;
                    if (!about.isEmpty()) {
                        why = me != null && about.contains(me) ? null : withoutConsent(about, me, consents, today);
                    } else {
                        why = visible(entry.owner() == WhoseInformation.Owner.FAMILY_MEMBER
                                ? WhoseInformation.Owner.THIRD_PARTY : entry.owner(), null, me, atHome, recipient,
                                consents, today);
                    }
                    if (why != null) {
                        rows.computeIfAbsent(field.key(), k -> new HashSet<>()).add(i);
                        named.add(new RedactionPlan.LeftOut(field.key() + "#" + (i + 1),
                                field.label() + ", row " + (i + 1), why));
                    }
                }
                continue;
            }
            String why = visible(entry.owner(), entry.member(), me, atHome, recipient, consents, today);
            if (why != null) {
                fields.add(field.key());
                named.add(new RedactionPlan.LeftOut(field.key(), field.label(), why));
            }
        }
        if (fields.isEmpty() && rows.isEmpty()) {
            return plan;
        }
        return plan.without(fields, rows, named, NOTE);
    }

    /** Null when the recipient may see information of this owner; otherwise the reason it is left out. */
    private static String visible(WhoseInformation.Owner owner, WhoseInformation.Member member, FamilyMember me,
                                  List<FamilyMember> atHome, Recipient recipient, List<Consent> consents,
                                  LocalDate today) {
        return switch (owner) {
            case CHILD, HOUSEHOLD -> null;
            case THIRD_PARTY -> "Information about someone outside the family record.";
            case FAMILY_MEMBER -> {
                if (member != WhoseInformation.Member.PARENTS_AT_HOME || recipient instanceof Recipient.YoungPerson) {
                    yield recipient instanceof Recipient.YoungPerson ? null
                            : "Information about a member of the family.";
                }
                if (me != null && atHome.contains(me)) {
                    yield null;
                }
                if (atHome.isEmpty()) {
                    yield me != null && me.livesWithChild() ? null
                            : "Information about the people the child lives with.";
                }
                yield withoutConsent(atHome, me, consents, today);
            }
        };
    }

    /** Null when each owner (other than the recipient) has consented to share with the recipient; otherwise why not. */
    private static String withoutConsent(List<FamilyMember> owners, FamilyMember me, List<Consent> consents,
                                         LocalDate today) {
        List<FamilyMember> missing = owners.stream().filter(o -> !o.equals(me))
                .filter(o -> me == null || consents.stream().noneMatch(k -> k.inForceOn(today)
                        && k.getGivenBy() == Consent.GivenBy.FAMILY_MEMBER && o.equals(k.getFamilyMember())
                        && k.covers(me)))
                .toList();
        if (missing.isEmpty()) {
            return null;
        }
        String who = missing.stream().map(m -> m.getName() + " (" + m.getRelationship().label().toLowerCase() + ")")
                .collect(Collectors.joining(" and "));
        return "Information about " + who + ", who has not agreed to share it with "
                + (me == null ? "the young person" : me.getName()) + ".";
    }
}
