package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.ecaf.web.infrastructure.persistence.DatabaseBackup;

/** Backups of the embedded database by an administrator, while the application runs; audited. */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class BackupService {

    /** What a backup produced: the file's name in the data folder's {@code backups} folder, and its size. */
    public record BackupView(String file, long bytes) {
    }

    @Inject
    DatabaseBackup backup;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    public BackupView backUp() {
        return Audited.run(audit, "backup.create", null, null, () -> {
            if (!currentUser.get().hasRole(Role.ADMIN)) {
                throw new AccessDenied(RefusalCode.NOT_AN_ADMINISTRATOR,
                        "Only an administrator can back up the database.");
            }
            if (!backup.supported()) {
                throw new RulesViolated(List.of(new Violation(RefusalCode.BACKUP_BY_THE_DATABASE,
                        "This instance uses PostgreSQL: "
                        + "back it up with pg_dump (see the operations guide).", null)));
            }
            Path file = backup.backUp(clock);
            try {
                return new BackupView(file.getFileName().toString(), Files.size(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, v -> v.file() + ", " + v.bytes() + " bytes");
    }
}
