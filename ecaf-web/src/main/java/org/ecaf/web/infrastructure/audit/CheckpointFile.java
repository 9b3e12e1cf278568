package org.ecaf.web.infrastructure.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ecaf.domain.audit.AuditCheckpoint;
import org.ecaf.domain.audit.AuditCheckpoints;
import org.ecaf.domain.audit.AuditKey;

/**
 * The append-only file of signed checkpoints, {@code audit-checkpoints.log} in the data folder: one line per
 * checkpoint, written and forced to disk before the next; readable by its owner only.
 */
public final class CheckpointFile implements AuditCheckpoints {

    /** The file's name in the data folder. */
    public static final String NAME = "audit-checkpoints.log";

    private final Path file;
    private final AuditKey key;

    public CheckpointFile(Path dataDirectory, AuditKey key) {
        this.file = dataDirectory.resolve(NAME);
        this.key = key;
    }

    public Path path() {
        return file;
    }

    /** Appends the signed line of {@code checkpoint}; returns the line. */
    public synchronized String append(AuditCheckpoint checkpoint) {
        String line = checkpoint.line(key);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            return line;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return append(checkpoint);
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint could not be written to " + file, e);
        }
    }

    @Override
    public synchronized Latest latest(String chain) {
        if (!Files.exists(file)) {
            return new Latest(Optional.empty(), 0, 0);
        }
        try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            List<String> all = lines.filter(l -> !l.isBlank()).toList();
            List<AuditCheckpoint> valid = all.stream().map(l -> AuditCheckpoint.verified(l, key))
                    .flatMap(Optional::stream).toList();
            List<AuditCheckpoint> ofThisLog = valid.stream().filter(c -> c.chain().equals(chain)).toList();
            return new Latest(ofThisLog.stream().max(Comparator.comparingLong(AuditCheckpoint::sequence)
                    .thenComparing(AuditCheckpoint::at)), all.size() - valid.size(), valid.size() - ofThisLog.size());
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("The audit checkpoints in " + file + " cannot be read", e);
        }
    }
}
