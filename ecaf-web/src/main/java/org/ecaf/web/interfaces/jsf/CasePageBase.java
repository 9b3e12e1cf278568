package org.ecaf.web.interfaces.jsf;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.CaseService;
import org.ecaf.web.application.view.CaseView;

/**
 * What the pages about one case share: the case named by the {@code id} view parameter, loaded through
 * {@link CaseService} (which checks access and audits the read), or the plain reason it is not shown.
 */
abstract class CasePageBase implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Shown on a case's pages to someone who may know the case exists but does not work on it. */
    static final String NOT_INVOLVED = "You do not work on this case, so you can see only who holds it and whom to "
            + "contact. Ask its team to add you to the Team Around the Child if you need more.";

    /** The application's one clock (London time), so a page's default dates follow it in tests too. */
    @Inject
    protected Clock clock;

    @Inject
    CaseService cases;

    protected long id;
    protected CaseView view;
    protected String refusal;

    /**
     * Loads the case. When the viewer may not see it, or when {@code shieldedReason} is given and the child's record
     * is shielded from this viewer, keeps no case and sets the reason the page shows instead.
     *
     * @return whether the page may show the case
     */
    protected boolean loadCase(String shieldedReason) {
        try {
            view = cases.get(id);
        } catch (Refusal r) {
            hideCase(r);
            return false;
        }
        if (shieldedReason != null && view.restricted()) {
            view = null;
            refusal = shieldedReason;
            return false;
        }
        refusal = null;
        return true;
    }

    /** Shows {@code r} in place of the case. */
    protected void hideCase(Refusal r) {
        view = null;
        refusal = r.getMessage();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public CaseView getView() {
        return view;
    }

    public String getRefusal() {
        return refusal;
    }

    /** Today in London, by the application's clock. */
    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Now in London to the minute, by the application's clock. */
    protected LocalDateTime nowToTheMinute() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }
}
