/**
 * Finding records that may already exist for a child before a new one is registered, with sound-alike names, a
 * date-of-birth tolerance and postcode similarity, and reasons a practitioner can check side by side.
 */
package org.ecaf.domain.child.matching;
