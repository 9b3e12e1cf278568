package org.ecaf.pdf.layout;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * Writes the logical structure of a painted document (tagged PDF, PDF/UA-1): the structure tree of {@link Tag}s with
 * their marked content on each page, the parent tree that maps each page's marked content back to its element,
 * /MarkInfo and each page's /StructParents (set by the painter). Table header cells carry /Scope /Column.
 */
final class StructureTree {

    private StructureTree() {
    }

    static void write(PDDocument pdf, Tag document, List<PDPage> pages, List<List<Tag>> markedContent) {
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);

        Map<Tag, PDStructureElement> elements = new IdentityHashMap<>();
        PDStructureElement top = element(document, root, pages, elements);
        root.appendKid(top);

        COSArray nums = new COSArray();
        for (int p = 0; p < markedContent.size(); p++) {
            COSArray parents = new COSArray();
            for (Tag tag : markedContent.get(p)) {
                parents.add(elements.get(tag));
            }
            nums.add(COSInteger.get(p));
            nums.add(parents);
        }
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        root.setParentTree(new PDNumberTreeNode(tree, PDParentTreeValue.class));
        root.setParentTreeNextKey(markedContent.size());
    }

    private static PDStructureElement element(Tag tag, PDStructureNode parent, List<PDPage> pages,
                                              Map<Tag, PDStructureElement> elements) {
        PDStructureElement element = new PDStructureElement(tag.type(), parent);
        elements.put(tag, element);
        if (tag.language() != null) {
            element.setLanguage(tag.language());
        }
        if ("TH".equals(tag.type())) {
            PDTableAttributeObject table = new PDTableAttributeObject();
            table.setScope(PDTableAttributeObject.SCOPE_COLUMN);
            element.addAttribute(table);
        }
        PDPage first = null;
        for (Object kid : tag.kids()) {
            if (kid instanceof Tag child) {
                element.appendKid(element(child, element, pages, elements));
            } else if (kid instanceof Tag.Content content) {
                PDPage page = pages.get(content.pageIndex());
                if (first == null) {
                    first = page;
                    element.setPage(page);
                }
                if (page == first) {
                    element.appendKid(content.mcid());
                } else {
                    PDMarkedContentReference reference = new PDMarkedContentReference();
                    reference.setPage(page);
                    reference.setMCID(content.mcid());
                    element.appendKid(reference);
                }
            }
        }
        return element;
    }
}
