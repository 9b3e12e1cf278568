package org.ecaf.domain.access;

/** Reading a record or changing it. */
public enum Operation {
    READ, WRITE
}
