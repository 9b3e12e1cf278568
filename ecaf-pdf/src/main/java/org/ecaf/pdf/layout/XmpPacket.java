package org.ecaf.pdf.layout;

import java.io.ByteArrayOutputStream;
import java.util.GregorianCalendar;

import javax.xml.transform.TransformerException;

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

    /** The UTF-8 packet; {@code claimPdfA} adds {@code pdfaid:part 2, conformance U} and {@code pdfuaid:part 1}. */
    static byte[] of(Metadata m, boolean claimPdfA) {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        dc.setTitle(clean(m.title()));
        dc.addCreator(clean(m.author()));
        if (!m.subject().isEmpty()) {
            dc.setDescription(clean(m.subject()));
        }
        dc.addLanguage(clean(m.language()));

        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(clean(m.producer()));
        if (!m.keywords().isEmpty()) {
            pdf.setKeywords(clean(m.keywords()));
        }

        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        GregorianCalendar issued = GregorianCalendar.from(m.issued());
        basic.setCreatorTool(clean(m.creator()));
        basic.setCreateDate(issued);
        basic.setModifyDate(issued);
        basic.setMetadataDate(issued);

        try {
            if (claimPdfA) {
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("U");
            XMPSchema ua = new XMPSchema(xmp, PDFUA_NAMESPACE, "pdfuaid");
            ua.setIntegerPropertyValueAsSimple("part", 1);
            xmp.addSchema(ua);
            describePdfUaSchema(xmp);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
            new XmpSerializer().serialize(xmp, out, true);
            return out.toByteArray();
        } catch (BadFieldValueException | TransformerException | RuntimeException e) {
            throw new IllegalStateException("Cannot write the XMP metadata of " + m.title(), e);
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
