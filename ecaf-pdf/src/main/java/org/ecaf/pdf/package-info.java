/** Family and agency copies of an assessment revision, composed under a redaction plan and rendered to PDF/A. */
package org.ecaf.pdf;
