/** JMH benchmarks of the PDF layout engine against Apache FOP on the same long, assessment-like document. */
package org.ecaf.benchmarks;
