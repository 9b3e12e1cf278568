package org.ecaf.web.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named counter for readable references; taken under a row lock so numbers are never reused or skipped. */
@Entity
@Table(name = "reference_counter")
public class ReferenceCounter {

    @Id
    @Column(name = "name", length = 40)
    private String name;

    @Column(name = "next_value", nullable = false)
    private long nextValue;

    protected ReferenceCounter() {
    }

    /** The next number, advancing the counter. */
    long take() {
        return nextValue++;
    }
}
