package org.ecaf.domain.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An answer or row the practitioner held back from an issued copy, as the disclosure log keeps it. */
@Embeddable
public class WithheldItem {

    @Column(name = "item", nullable = false, length = 120)
    private String item;

    @Column(name = "label", nullable = false, length = 300)
    private String label;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    protected WithheldItem() {
    }

    public WithheldItem(String item, String label, String reason) {
        this.item = item;
        this.label = label.length() > 300 ? label.substring(0, 299) + "…" : label;
        this.reason = reason;
    }

    public String getItem() {
        return item;
    }

    public String getLabel() {
        return label;
    }

    public String getReason() {
        return reason;
    }
}
