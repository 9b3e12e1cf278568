package org.ecaf.web.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecaf.domain.audit.AuditKey;
import org.ecaf.web.infrastructure.config.Settings;

/** The audit key of the running application, loaded once (see {@link AuditKeys}). */
@ApplicationScoped
public class AuditKeyHolder {

    private volatile AuditKey key;

    public AuditKey key() {
        AuditKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = AuditKeys.load(Settings.fromEnvironment());
                }
                k = key;
            }
        }
        return k;
    }
}
