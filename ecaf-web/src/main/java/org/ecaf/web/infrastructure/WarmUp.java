package org.ecaf.web.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.ecaf.pdf.layout.PdfLayout;
import org.ecaf.web.application.Forms;

/**
 * Work done once at start-up so that the first person to use a feature does not wait for it, and so that a
 * broken form definition stops start-up with its file, field and problem rather than failing later.
 */
@ApplicationScoped
public class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());

    @Inject
    Forms forms;

    public void run() {
        int loaded = forms.registry().all().size();
        LOG.info(() -> loaded + " form definition versions loaded and checked");
        long started = System.nanoTime();
        PdfLayout.warmUp();
        LOG.info(() -> "PDF renderer warmed up in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
