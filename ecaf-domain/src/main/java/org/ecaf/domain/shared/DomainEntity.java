package org.ecaf.domain.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * An entity with a database identity drawn from the one sequence {@code ecaf_seq}. Sequences, not identity
 * columns: they behave the same on H2 and PostgreSQL.
 */
@MappedSuperclass
@SequenceGenerator(name = "ecaf_seq", sequenceName = "ecaf_seq", allocationSize = 50)
public abstract class DomainEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ecaf_seq")
    private Long id;

    public Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass() || id == null) {
            return false;
        }
        return id.equals(((DomainEntity) other).id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
