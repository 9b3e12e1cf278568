package org.ecaf.pdf.layout;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.GregorianCalendar;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/** Makes a document PDF/A-2a: info dictionary and matching XMP, language, sRGB output intent and a fixed ID. */
final class PdfA {

    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {
    }

    /** Applies metadata, output intent and the trailer ID (16 bytes, derived from the content by the caller). */
    static void apply(PDDocument pdf, Metadata m, byte[] id) throws IOException {
        pdf.getDocument().setVersion(1.7f);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(m.title());
        info.setAuthor(m.author());
        if (!m.subject().isEmpty()) {
            info.setSubject(m.subject());
        }
        if (!m.keywords().isEmpty()) {
            info.setKeywords(m.keywords());
        }
        info.setCreator(m.creator());
        info.setProducer(m.producer());
        GregorianCalendar issued = GregorianCalendar.from(m.issued());
        info.setCreationDate(issued);
        info.setModificationDate(issued);

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(m.language());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        setXmp(pdf, m, true);

        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().setDocumentID(ids);
    }

    /** Replaces the XMP with one that does not claim PDF/A, for a copy that is about to be encrypted. */
    static void withdrawClaim(PDDocument pdf, Metadata m) throws IOException {
        setXmp(pdf, m, false);
    }

    private static void setXmp(PDDocument pdf, Metadata m, boolean claimPdfA) throws IOException {
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(XmpPacket.of(m, claimPdfA));
        pdf.getDocumentCatalog().setMetadata(metadata);
    }
}
