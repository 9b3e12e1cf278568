package org.ecaf.pdf.layout;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/** Writes the XMP metadata packet matching the info dictionary, with or without the PDF/A-2u identification. */
final class XmpPacket {

    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private XmpPacket() {
    }

    /** The UTF-8 packet; {@code claimPdfA} adds {@code pdfaid:part 2, conformance U}. */
    static byte[] of(Metadata m, boolean claimPdfA) {
        String date = XMP_DATE.format(m.issued());
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n")
                .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(m.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(m.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (!m.subject().isEmpty()) {
            x.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(m.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("   <dc:language><rdf:Bag><rdf:li>").append(escape(m.language())).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("   <pdf:Producer>").append(escape(m.producer())).append("</pdf:Producer>\n");
        if (!m.keywords().isEmpty()) {
            x.append("   <pdf:Keywords>").append(escape(m.keywords())).append("</pdf:Keywords>\n");
        }
        x.append("  </rdf:Description>\n");
        x.append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("   <xmp:CreatorTool>").append(escape(m.creator())).append("</xmp:CreatorTool>\n")
                .append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("   <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("   <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("  </rdf:Description>\n");
        if (claimPdfA) {
            x.append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                    .append("   <pdfaid:part>2</pdfaid:part>\n")
                    .append("   <pdfaid:conformance>U</pdfaid:conformance>\n")
                    .append("  </rdf:Description>\n");
        }
        x.append(" </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Escapes XML markup and drops characters XML 1.0 cannot hold. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
