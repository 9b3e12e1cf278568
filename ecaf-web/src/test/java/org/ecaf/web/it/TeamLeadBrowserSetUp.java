package org.ecaf.web.it;

import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.As;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServerExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the team-lead browser tests start from, set by {@link BrowserExtension} before each test: a browser, and the
 * API clients of practitioner1 (who writes the case) and teamlead1 (who leads her team).
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
abstract class TeamLeadBrowserSetUp {

    protected Browser browser;
    @As("practitioner1")
    protected Api practitioner;
    @As("teamlead1")
    protected Api lead;
}
