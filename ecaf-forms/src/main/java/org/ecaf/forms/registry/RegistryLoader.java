package org.ecaf.forms.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecaf.forms.FormDefinitionException;
import org.ecaf.forms.JsonFiles;
import org.ecaf.forms.JsonProps;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.migration.Migration;

/**
 * Loads the published definitions and migrations named by {@code forms/index.json} from a class loader (works from
 * jars and WARs, no directory scanning), verifies them against {@code forms/published.sha256}, and checks them all.
 */
final class RegistryLoader {

    /** Where definition files live on the classpath. */
    static final String BASE = "forms/";
    /** The explicit list of published files. */
    static final String INDEX = BASE + "index.json";
    /** SHA-256 checksums of published files, in {@code sha256sum} format with paths relative to {@link #BASE}. */
    static final String CHECKSUMS = BASE + "published.sha256";

    private static final Pattern DEFINITION_PATH = Pattern.compile("([a-z][a-z0-9-]*)/v([1-9][0-9]{0,5})\\.json");
    private static final Pattern MIGRATION_PATH = Pattern.compile("([a-z][a-z0-9-]*)/migrations/v([1-9][0-9]{0,5})-to-v([1-9][0-9]{0,5})\\.json");
    private static final Pattern CHECKSUM_LINE = Pattern.compile("([0-9a-f]{64})\\s+\\*?(\\S+)");

    private final ClassLoader loader;
    private final List<FormDefinitionException.Problem> problems = new ArrayList<>();

    private RegistryLoader(ClassLoader loader) {
        this.loader = loader;
    }

    /** Every published definition and migration, checked; FormDefinitionException listing every problem otherwise. */
    static FormRegistry load(ClassLoader loader) {
        return new RegistryLoader(loader).load();
    }

    private FormRegistry load() {
        String indexText = text(INDEX).orElseThrow(() -> new FormDefinitionException(INDEX, FormDefinitionException.WHOLE_FILE,
                "not found on the classpath; it must list every published definition and migration"));
        JsonProps index = new JsonProps(JsonFiles.parse(INDEX, indexText), Set.of("definitions", "migrations"), INDEX,
                FormDefinitionException.WHOLE_FILE, problems);
        List<String> definitionPaths = orEmpty(index.texts("definitions"));
        List<String> migrationPaths = orEmpty(index.texts("migrations"));
        if (definitionPaths.isEmpty()) {
            index.problem("'definitions' must list at least one definition file, e.g. \"caf/v1.json\"");
        }
        Map<String, String> checksums = checksums();
        Map<String, TreeMap<Integer, FormDefinition>> definitions = new TreeMap<>();
        for (String path : definitionPaths) {
            definition(path, checksums).ifPresent(d -> {
                if (definitions.computeIfAbsent(d.id(), id -> new TreeMap<>()).putIfAbsent(d.version(), d) != null) {
                    problems.add(new FormDefinitionException.Problem(INDEX, path, "listed twice"));
                }
            });
        }
        throwIfProblems();
        List<Migration> migrations = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (String path : migrationPaths) {
            migration(path, checksums, definitions).ifPresent(m -> {
                if (seen.putIfAbsent(m.formId() + "/" + m.fromVersion(), path) != null) {
                    problems.add(new FormDefinitionException.Problem(INDEX, path, "a second migration from "
                            + m.formId() + " v" + m.fromVersion() + "; there can be only one"));
                } else {
                    migrations.add(m);
                }
            });
        }
        throwIfProblems();
        List<FormDefinition> all = new ArrayList<>();
        definitions.values().forEach(versions -> all.addAll(versions.values()));
        return new FormRegistry(all, migrations);
    }

    private Optional<FormDefinition> definition(String path, Map<String, String> checksums) {
        Matcher matcher = DEFINITION_PATH.matcher(path);
        if (!matcher.matches()) {
            problems.add(new FormDefinitionException.Problem(INDEX, path, "a definition file must be named <id>/v<version>.json"));
            return Optional.empty();
        }
        Optional<FormDefinition> parsed = parsed(path, checksums, FormDefinition::parse);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FormDefinition definition = parsed.get();
        if (!definition.id().equals(matcher.group(1)) || definition.version() != Integer.parseInt(matcher.group(2))) {
            problems.add(new FormDefinitionException.Problem(BASE + path, FormDefinitionException.WHOLE_FILE,
                    "the file says id '" + definition.id() + "' version " + definition.version()
                            + " but its name says id '" + matcher.group(1) + "' version " + matcher.group(2)));
            return Optional.empty();
        }
        return parsed;
    }

    private Optional<Migration> migration(String path, Map<String, String> checksums,
                                          Map<String, TreeMap<Integer, FormDefinition>> definitions) {
        Matcher matcher = MIGRATION_PATH.matcher(path);
        if (!matcher.matches()) {
            problems.add(new FormDefinitionException.Problem(INDEX, path,
                    "a migration file must be named <id>/migrations/v<from>-to-v<to>.json"));
            return Optional.empty();
        }
        Optional<Migration> parsed = parsed(path, checksums, (file, text) -> Migration.parse(file, text,
                (id, version) -> Optional.ofNullable(definitions.getOrDefault(id, new TreeMap<>()).get(version))));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Migration migration = parsed.get();
        if (!migration.formId().equals(matcher.group(1))
                || migration.fromVersion() != Integer.parseInt(matcher.group(2))
                || migration.toVersion() != Integer.parseInt(matcher.group(3))) {
            problems.add(new FormDefinitionException.Problem(BASE + path, FormDefinitionException.WHOLE_FILE,
                    "the file says " + migration + " but its name says " + path));
            return Optional.empty();
        }
        return parsed;
    }

    /**
     * The published file at {@code path} (relative to {@link #BASE}), verified and parsed by {@code parser} (which
     * takes the file's name and its text); empty when it cannot be, with every problem collected.
     */
    private <T> Optional<T> parsed(String path, Map<String, String> checksums, BiFunction<String, String, T> parser) {
        String file = BASE + path;
        Optional<String> text = verifiedText(file, path, checksums);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(file, text.get()));
        } catch (FormDefinitionException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    /** The file's text when it exists, is UTF-8 and matches its published checksum; otherwise a problem. */
    private Optional<String> verifiedText(String file, String path, Map<String, String> checksums) {
        Optional<byte[]> bytes = bytes(file);
        if (bytes.isEmpty()) {
            problems.add(new FormDefinitionException.Problem(file, FormDefinitionException.WHOLE_FILE,
                    "listed in " + INDEX + " but not found on the classpath"));
            return Optional.empty();
        }
        String expected = checksums.get(path);
        String actual = sha256(bytes.get());
        if (expected != null && !expected.equals(actual)) {
            problems.add(new FormDefinitionException.Problem(file, FormDefinitionException.WHOLE_FILE,
                    "the file has changed since it was published (SHA-256 " + actual + ", published " + expected
                            + "); a published version never changes: publish a new version instead"));
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.get())).toString());
        } catch (CharacterCodingException e) {
            problems.add(new FormDefinitionException.Problem(file, FormDefinitionException.WHOLE_FILE, "not valid UTF-8 text"));
            return Optional.empty();
        }
    }

    /** The published checksums by path relative to {@link #BASE}; empty when there is no checksum file. */
    private Map<String, String> checksums() {
        Map<String, String> checksums = new HashMap<>();
        Optional<String> text = text(CHECKSUMS);
        if (text.isEmpty()) {
            return checksums;
        }
        String[] lines = text.get().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = CHECKSUM_LINE.matcher(line);
            if (matcher.matches()) {
                checksums.put(matcher.group(2), matcher.group(1));
            } else {
                problems.add(new FormDefinitionException.Problem(CHECKSUMS, "line " + (i + 1),
                        "expected '<64 hex digits>  <path>', e.g. the output of sha256sum"));
            }
        }
        return checksums;
    }

    /** The SHA-256 of the bytes as lower-case hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private Optional<String> text(String resource) {
        return bytes(resource).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private Optional<byte[]> bytes(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            problems.add(new FormDefinitionException.Problem(resource, FormDefinitionException.WHOLE_FILE,
                    "could not be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new FormDefinitionException(problems);
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
