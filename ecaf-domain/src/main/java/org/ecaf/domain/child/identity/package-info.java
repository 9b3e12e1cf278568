/**
 * Identifiers and address parts recorded for a child (NHS number, unique pupil number, postcode), each validated
 * and normalised on entry so that equal values compare equal.
 */
package org.ecaf.domain.child.identity;
