/** A small, fast page layout layer over Apache PDFBox that renders generic documents to PDF/A-2a. */
package org.ecaf.pdf.layout;
