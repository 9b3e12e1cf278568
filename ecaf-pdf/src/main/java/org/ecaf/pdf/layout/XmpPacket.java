package org.ecaf.pdf.layout;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.transform.TransformerException;

import org.apache.xmpbox.DateConverter;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.AbstractStructuredType;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Writes the XMP metadata packet matching the info dictionary with Apache xmpbox: Dublin Core (title, creator,
 * description, language), Adobe PDF, XMP basic, and when claimed the PDF/A-2 ({@code pdfaid}) and PDF/UA-1
 * ({@code pdfuaid:part 1}) identification.
 */
final class XmpPacket {

    static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

    private XmpPacket() {
    }

    /** Placeholders xmpbox serializes unchanged, replaced by each document's escaped values. */
    private static final String[] FIELDS = {"@@TITLE@@", "@@AUTHOR@@", "@@SUBJECT@@", "@@LANGUAGE@@", "@@PRODUCER@@",
        "@@KEYWORDS@@", "@@CREATOR@@"};
    private static final String DATE = "@@DATE@@";
    private static final ZonedDateTime SENTINEL_DATE = ZonedDateTime.parse("1999-12-31T23:59:58Z");
    /** Serialized packets with placeholders, one per shape (subject, keywords, claim), built with xmpbox on first use. */
    private static final Map<Integer, String> TEMPLATES = new ConcurrentHashMap<>();

    /**
     * The UTF-8 packet; {@code claimPdfA} adds {@code pdfaid:part 2, conformance A} and {@code pdfuaid:part 1}.
     * xmpbox builds and serializes each shape of packet once per JVM with placeholders (its DOM and XSLT serializer
     * cost about as much as laying out a short copy); each document's values are then escaped into the template.
     */
    static byte[] of(Metadata m, boolean claimPdfA) {
        boolean subject = !m.subject().isEmpty();
        boolean keywords = !m.keywords().isEmpty();
        int shape = (subject ? 1 : 0) | (keywords ? 2 : 0) | (claimPdfA ? 4 : 0);
        String template = TEMPLATES.computeIfAbsent(shape, k -> serialize(subject, keywords, claimPdfA)
                .replace(DateConverter.toISO8601(GregorianCalendar.from(SENTINEL_DATE)), DATE));
        String[] values = {m.title(), m.author(), m.subject(), m.language(), m.producer(), m.keywords(), m.creator(),
            null};
        values[FIELDS.length] = DateConverter.toISO8601(GregorianCalendar.from(m.issued()));
        // one pass, so a value that happens to contain a placeholder is never replaced again
        StringBuilder packet = new StringBuilder(template.length() + 512);
        int at = 0;
        for (int hit = template.indexOf("@@", at); hit >= 0; hit = template.indexOf("@@", at)) {
            int end = template.indexOf("@@", hit + 2) + 2;
            String name = template.substring(hit, end);
            int field = name.equals(DATE) ? FIELDS.length : java.util.Arrays.asList(FIELDS).indexOf(name);
            packet.append(template, at, hit).append(field == FIELDS.length ? values[field] : escape(clean(values[field])));
            at = end;
        }
        packet.append(template, at, template.length());
        return packet.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String serialize(boolean subject, boolean keywords, boolean claimPdfA) {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        dc.setTitle(FIELDS[0]);
        dc.addCreator(FIELDS[1]);
        if (subject) {
            dc.setDescription(FIELDS[2]);
        }
        dc.addLanguage(FIELDS[3]);

        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(FIELDS[4]);
        if (keywords) {
            pdf.setKeywords(FIELDS[5]);
        }

        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        GregorianCalendar issued = GregorianCalendar.from(SENTINEL_DATE);
        basic.setCreatorTool(FIELDS[6]);
        basic.setCreateDate(issued);
        basic.setModifyDate(issued);
        basic.setMetadataDate(issued);

        try {
            if (claimPdfA) {
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("A");
            XMPSchema ua = new XMPSchema(xmp, PDFUA_NAMESPACE, "pdfuaid");
            ua.setIntegerPropertyValueAsSimple("part", 1);
            xmp.addSchema(ua);
            describePdfUaSchema(xmp);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
            new XmpSerializer().serialize(xmp, out, true);
            return out.toString(StandardCharsets.UTF_8);
        } catch (BadFieldValueException | TransformerException | RuntimeException e) {
            throw new IllegalStateException("Cannot write the XMP metadata", e);
        }
    }

    /** PDF/A allows the pdfuaid schema only with its description in a PDF/A extension schema (ISO 19005-2, 6.6.2.3). */
    private static void describePdfUaSchema(XMPMetadata xmp) {
        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        ArrayProperty schemas = extension.createArrayProperty(PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
        PDFASchemaType schema = new PDFASchemaType(xmp);
        text(xmp, schema, PDFASchemaType.SCHEMA, "PDF/UA Universal Accessibility Schema");
        text(xmp, schema, PDFASchemaType.NAMESPACE_URI, PDFUA_NAMESPACE);
        text(xmp, schema, PDFASchemaType.PREFIX, "pdfuaid");
        ArrayProperty properties = new ArrayProperty(xmp, schema.getNamespace(), schema.getPrefix(),
                PDFASchemaType.PROPERTY, Cardinality.Seq);
        PDFAPropertyType part = new PDFAPropertyType(xmp);
        text(xmp, part, PDFAPropertyType.NAME, "part");
        text(xmp, part, PDFAPropertyType.VALUETYPE, "Integer");
        text(xmp, part, PDFAPropertyType.CATEGORY, "internal");
        text(xmp, part, PDFAPropertyType.DESCRIPTION, "Indicates, which part of ISO 14289 standard is followed");
        properties.addProperty(part);
        schema.addProperty(properties);
        schemas.addProperty(schema);
        extension.addProperty(schemas);
    }

    private static void text(XMPMetadata xmp, AbstractStructuredType owner, String name, String value) {
        owner.addProperty(xmp.getTypeMapping().createText(owner.getNamespace(), owner.getPrefix(), name, value));
    }

    /** Escapes XML markup. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Drops characters XML 1.0 cannot hold (the serializer escapes markup). */
    static String clean(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
