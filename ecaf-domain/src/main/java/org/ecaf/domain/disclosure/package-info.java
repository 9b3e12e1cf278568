/** Whether and what of an assessment may be disclosed to a recipient under consent, and the log of every copy. */
package org.ecaf.domain.disclosure;
