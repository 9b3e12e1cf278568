package org.ecaf.web.infrastructure.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.ecaf.domain.audit.AuditKey;
import org.ecaf.web.infrastructure.config.Settings;
import org.ecaf.web.infrastructure.persistence.EcafDataSource;

/**
 * Where the audit key comes from: {@code ECAF_AUDIT_KEY} (base64 of at least 32 bytes) when it is set, otherwise the
 * key file {@code audit.key} in the data folder, created with 32 random bytes at the first start, readable by its
 * owner only ({@code rw-------}). The key is never written to a log, the database or an answer.
 */
public final class AuditKeys {

    private static final Logger LOG = Logger.getLogger(AuditKeys.class.getName());

    /** The key file's name in the data folder. */
    public static final String KEY_FILE = "audit.key";

    private AuditKeys() {
    }

    /** The key of this installation, creating the key file when there is neither a setting nor a file. */
    public static AuditKey load(Settings settings) {
        var configured = settings.get("ecaf.audit.key");
        if (configured.isPresent()) {
            return AuditKey.of(decode(configured.get(), "ECAF_AUDIT_KEY"));
        }
        Path file = settings.dataDirectory().resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return AuditKey.of(decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("The audit key file " + file + " cannot be read or created", e);
        }
    }

    /**
     * The key of this installation for a tool run beside it (the import command): from {@code ECAF_AUDIT_KEY} or the
     * existing key file, never a new one, which would fork the chain under a key the application does not know.
     */
    public static AuditKey loadExisting(Settings settings) {
        if (settings.get("ecaf.audit.key").isEmpty()
                && !Files.exists(settings.dataDirectory().resolve(KEY_FILE))) {
            throw new IllegalStateException("No audit key: set ECAF_AUDIT_KEY or ECAF_DATA_DIR as the application has "
                    + "them (the key file " + settings.dataDirectory().resolve(KEY_FILE) + " does not exist)");
        }
        return load(settings);
    }

    /**
     * Creates the key file with its content in one step: the content goes to a temporary file first, which is then
     * linked under the key file's name (failing if another process, a second node or the import command, created it
     * meanwhile; theirs is kept). Nobody ever reads a key file that is still empty.
     */
    private static void create(Path file) throws IOException {
        EcafDataSource.ownerOnly(file.getParent());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        byte[] content = (Base64.getEncoder().encodeToString(secret) + "\n").getBytes(StandardCharsets.US_ASCII);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path temporary = posix
                ? Files.createTempFile(file.getParent(), KEY_FILE + ".", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(file.getParent(), KEY_FILE + ".", ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.SYNC);
            try {
                Files.createLink(file, temporary);
            } catch (UnsupportedOperationException e) {
                Files.move(temporary, file);
            }
        } catch (FileAlreadyExistsException e) {
            return;
        } finally {
            Files.deleteIfExists(temporary);
        }
        LOG.warning(() -> "Created the audit key file " + file + ". Back it up apart from the database: without it "
                + "the audit log cannot be verified (see docs/operations.md).");
    }

    private static byte[] decode(String base64, String where) {
        try {
            byte[] secret = Base64.getDecoder().decode(base64.strip());
            if (secret.length < AuditKey.MINIMUM_BYTES) {
                throw new IllegalStateException("The audit key in " + where + " is shorter than "
                        + AuditKey.MINIMUM_BYTES + " bytes");
            }
            return secret;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key in " + where + " is not base64", e);
        }
    }
}
