package org.ecaf.pdf.layout;

import com.ibm.icu.lang.UScript;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fallback fonts for text DejaVu Sans does not cover: one Noto Sans family per script (Debian package
 * {@code fonts-noto-core}, TrueType under {@code /usr/share/fonts/truetype/noto/}), Droid Sans Fallback for Chinese and
 * Japanese (package {@code fonts-droid-fallback}, one TrueType file; the OpenType/CFF files of {@code fonts-noto-cjk}
 * cannot be subset by PDFBox's {@code TTFSubsetter}) and Nanum Gothic for Korean (package {@code fonts-nanum}; Droid
 * Sans Fallback has no Hangul syllables). Fonts are read from the system folders
 * (or those named by the system property {@value #FOLDERS_PROPERTY}, separated by the path separator), never from a
 * committed file, and parsed the first time a document needs them. A font that the table promises but the machine
 * lacks is a {@link MissingFontException} naming the package to install: text is never silently shown as '?'.
 */
final class FontLibrary {

    static final String FOLDERS_PROPERTY = "ecaf.pdf.fontFolders";
    static final String NOTO_PACKAGE = "fonts-noto-core";
    static final String CJK_PACKAGE = "fonts-droid-fallback";
    static final String KOREAN_PACKAGE = "fonts-nanum";
    private static final String DEFAULT_FOLDERS = "/usr/share/fonts/truetype/noto" + File.pathSeparator
            + "/usr/share/fonts/truetype/droid" + File.pathSeparator + "/usr/share/fonts/truetype/nanum";
    private static final String CJK_FILE = "DroidSansFallbackFull.ttf";

    /** The scripts families in England write most, with the fonts this engine is tested with. */
    private static final Map<Integer, String> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put(UScript.ARABIC, "NotoSansArabic");
        NAMED.put(UScript.HEBREW, "NotoSansHebrew");
        NAMED.put(UScript.BENGALI, "NotoSansBengali");
        NAMED.put(UScript.DEVANAGARI, "NotoSansDevanagari");
        NAMED.put(UScript.GURMUKHI, "NotoSansGurmukhi");
        NAMED.put(UScript.GUJARATI, "NotoSansGujarati");
        NAMED.put(UScript.TAMIL, "NotoSansTamil");
        NAMED.put(UScript.THAI, "NotoSansThai");
        NAMED.put(UScript.SINHALA, "NotoSansSinhala");
        NAMED.put(UScript.ETHIOPIC, "NotoSansEthiopic");
    }

    private static final FontLibrary SYSTEM = new FontLibrary(
            System.getProperty(FOLDERS_PROPERTY, DEFAULT_FOLDERS));

    private final List<Path> folders = new ArrayList<>();
    /** The face found for each BMP code point, per weight ({@link #NONE}: no font has it; null: not looked up yet). */
    private final Object[] resolvedRegular = new Object[0x10000];
    private final Object[] resolvedBold = new Object[0x10000];
    private static final Object NONE = new Object();
    /** Loaded faces by file name; an empty optional records a file that is not installed. */
    private final Map<String, Optional<FontFace>> faces = new ConcurrentHashMap<>();

    FontLibrary(String folderList) {
        for (String folder : folderList.split(File.pathSeparator)) {
            if (!folder.isBlank()) {
                folders.add(Path.of(folder.trim()));
            }
        }
    }

    static FontLibrary system() {
        return SYSTEM;
    }

    /**
     * The face that shows a code point DejaVu lacks, in the given weight, or null when no font of the library has it
     * (the caller shows U+FFFD and says so). Characters of no particular script (punctuation, CJK symbols) take the
     * {@code preferred} face when it has them, else the first fallback that does.
     */
    FontFace faceFor(int cp, boolean bold, FontFace preferred) {
        if (preferred != null && preferred.supports(cp)) {
            return preferred;
        }
        if (cp >= 0x10000) {
            return null;
        }
        Object[] resolved = bold ? resolvedBold : resolvedRegular;
        Object face = resolved[cp];
        if (face == null) {
            FontFace found = resolve(cp, bold);
            resolved[cp] = found == null ? NONE : found;
            return found;
        }
        return face == NONE ? null : (FontFace) face;
    }

    private FontFace resolve(int cp, boolean bold) {
        int script = UScript.getScript(cp);
        if (script == UScript.HANGUL) {
            FontFace face = require(bold ? "NanumGothicBold.ttf" : "NanumGothic.ttf", KOREAN_PACKAGE, script, cp);
            return face.supports(cp) ? face : null;
        }
        if (isHanLike(script)) {
            FontFace face = require(CJK_FILE, CJK_PACKAGE, script, cp);
            return face.supports(cp) ? face : null;
        }
        String family = NAMED.get(script);
        if (family != null) {
            FontFace face = require(file(family, bold), NOTO_PACKAGE, script, cp);
            return face.supports(cp) ? face : null;
        }
        if (script == UScript.COMMON || script == UScript.INHERITED || script == UScript.UNKNOWN) {
            // punctuation shared by a few scripts (Arabic comma, Urdu full stop, danda): the fonts of those scripts
            BitSet extensions = new BitSet();
            UScript.getScriptExtensions(cp, extensions);
            for (int s = extensions.nextSetBit(0); s >= 0; s = extensions.nextSetBit(s + 1)) {
                String named = NAMED.get(s);
                FontFace face = named == null ? null : optional(file(named, bold));
                if (face != null && face.supports(cp)) {
                    return face;
                }
            }
            for (String file : List.of(CJK_FILE, "NotoSansSymbols-Regular.ttf", "NotoSansSymbols2-Regular.ttf",
                    "NotoSansMath-Regular.ttf")) {
                FontFace face = optional(file);
                if (face != null && face.supports(cp)) {
                    return face;
                }
            }
            return null;
        }
        // any other script: the Noto Sans family named after it, when fonts-noto-core has one
        String generic = "NotoSans" + UScript.getName(script).replace("_", "");
        FontFace face = optional(file(generic, bold));
        if (face == null && bold) {
            face = optional(file(generic, false));
        }
        return face != null && face.supports(cp) ? face : null;
    }

    /** Messages for every font of the table that is not installed, e.g. for start-up; empty when all are there. */
    List<String> missingFonts() {
        List<String> missing = new ArrayList<>();
        for (String family : NAMED.values()) {
            for (boolean bold : new boolean[] {false, true}) {
                if (locate(file(family, bold)) == null) {
                    missing.add(message(file(family, bold), NOTO_PACKAGE, "that script"));
                }
            }
        }
        if (locate(CJK_FILE) == null) {
            missing.add(message(CJK_FILE, CJK_PACKAGE, "Chinese and Japanese"));
        }
        for (String file : List.of("NanumGothic.ttf", "NanumGothicBold.ttf")) {
            if (locate(file) == null) {
                missing.add(message(file, KOREAN_PACKAGE, "Korean"));
            }
        }
        return missing;
    }

    private static boolean isHanLike(int script) {
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                || script == UScript.BOPOMOFO;
    }

    private static String file(String family, boolean bold) {
        return family + (bold ? "-Bold.ttf" : "-Regular.ttf");
    }

    private FontFace require(String file, String pkg, int script, int cp) {
        FontFace face = optional(file);
        if (face == null) {
            throw new MissingFontException(message(file, pkg, String.format(Locale.ROOT, "%s text (U+%04X)",
                    UScript.getName(script), cp)));
        }
        return face;
    }

    private String message(String file, String pkg, String what) {
        return "Font " + file + " for " + what + " is not installed in " + folders + ": install the Debian package "
                + pkg + " (apt-get install " + pkg + ")";
    }

    private FontFace optional(String file) {
        return faces.computeIfAbsent(file, f -> {
            Path path = locate(f);
            // Indic faces are shaped with PDFBox's GSUB support; Arabic is shaped by ICU (presentation forms)
            boolean gsub = path != null && f.startsWith("NotoSans") && !f.startsWith("NotoSansArabic");
            return Optional.ofNullable(path).map(p -> FontFace.file(p, gsub));
        }).orElse(null);
    }

    private Path locate(String file) {
        for (Path folder : folders) {
            Path candidate = folder.resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
