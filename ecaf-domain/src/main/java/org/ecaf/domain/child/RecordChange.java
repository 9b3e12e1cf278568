package org.ecaf.domain.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecaf.domain.shared.DomainEntity;

/**
 * One change to a child's record (their particulars, or a family member added, corrected or ended): who made it,
 * when, a summary for the timeline, and the values before and after, so that nothing recorded is lost.
 */
@Entity
@Table(name = "record_change")
public class RecordChange extends DomainEntity {

    /** What changed. */
    public enum Kind { PARTICULARS_CHANGED, FAMILY_MEMBER_ADDED, FAMILY_MEMBER_CORRECTED, FAMILY_MEMBER_ENDED }

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @ManyToOne
    @JoinColumn(name = "family_member_id")
    private FamilyMember familyMember;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_by_name", nullable = false, length = 200)
    private String changedByName;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private Kind kind;

    @Column(name = "summary", nullable = false, length = 1000)
    private String summary;

    @Lob
    @Column(name = "before_values")
    private String beforeValues;

    @Lob
    @Column(name = "after_values")
    private String afterValues;

    protected RecordChange() {
    }

    RecordChange(Child child, FamilyMember member, Kind kind, String summary, Map<String, String> before,
                 Map<String, String> after, String changedBy, String changedByName, OffsetDateTime at) {
        this.child = child;
        this.familyMember = member;
        this.kind = kind;
        this.summary = summary.length() > 1000 ? summary.substring(0, 997) + "..." : summary;
        this.beforeValues = lines(before);
        this.afterValues = lines(after);
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.changedAt = at;
    }

    private static String lines(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.entrySet().stream().map(e -> e.getKey() + ": " + (e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    /** The fields and values a set of lines holds, in order. */
    static Map<String, String> parse(String lines) {
        Map<String, String> values = new LinkedHashMap<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    values.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return values;
    }

    public Child getChild() {
        return child;
    }

    public FamilyMember getFamilyMember() {
        return familyMember;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getChangedByName() {
        return changedByName;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }

    public Map<String, String> before() {
        return parse(beforeValues);
    }

    public Map<String, String> after() {
        return parse(afterValues);
    }
}
