package org.ecaf.web.infrastructure.persistence;

/**
 * The EclipseLink query hints the repositories use, by name (EclipseLink's {@code QueryHints} constants, written out
 * so the application compiles against JPA alone).
 */
final class Hints {

    /** Read a relationship of every result in one more statement ({@code QueryHints.BATCH}). */
    static final String BATCH = "eclipselink.batch";
    /** How a batch is read: {@code IN} lists the ids ({@code QueryHints.BATCH_TYPE}). */
    static final String BATCH_TYPE = "eclipselink.batch.type";
    /** How far a refresh goes: {@code NoCascading} refreshes the entity only ({@code QueryHints.REFRESH_CASCADE}). */
    static final String REFRESH_CASCADE = "eclipselink.refresh.cascade";

    private Hints() {
    }
}
