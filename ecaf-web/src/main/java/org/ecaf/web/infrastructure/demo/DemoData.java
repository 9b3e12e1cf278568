package org.ecaf.web.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditLog;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.organisation.Team;
import org.ecaf.web.application.Forms;
import org.ecaf.web.infrastructure.config.Settings;
import org.ecaf.web.infrastructure.persistence.AppSetting;
import org.ecaf.web.infrastructure.security.Credential;
import org.ecaf.web.infrastructure.security.PasswordHashing;

/**
 * Demo mode's data: two agencies, two teams, six accounts and five children with cases at different stages
 * (see {@link DemoCases}), seeded once (a marker row says it was), so a
 * newcomer can sign in and click through at once. Never runs against PostgreSQL unless {@code ECAF_DEMO=true}.
 */
@ApplicationScoped
public class DemoData {

    static final String MARKER = "demo.seeded";

    /** A demo account: username, name, job title, team code (or null), roles. */
    public record DemoAccount(String username, String displayName, String jobTitle, String team, Role... roles) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("practitioner1", "Aisha Khan", "Family support worker", "TEAM-A", Role.PRACTITIONER),
            new DemoAccount("practitioner2", "Tom Evans", "Early help practitioner", "TEAM-A", Role.PRACTITIONER),
            new DemoAccount("practitioner3", "Siobhán Murphy", "School nurse", "TEAM-B", Role.PRACTITIONER),
            new DemoAccount("teamlead1", "Grace Okafor", "Early help team manager", "TEAM-A", Role.TEAM_LEAD),
            new DemoAccount("teamlead2", "Łucja Nowak", "School nursing team lead", "TEAM-B", Role.TEAM_LEAD),
            new DemoAccount("admin", "Alex Morgan", "System administrator", null, Role.ADMIN));

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Forms forms;

    @Inject
    CaseRepository cases;

    /** Seeds the demo data unless it was seeded before; returns true when it seeded now. */
    @Transactional
    public boolean seedOnce(String password, boolean postgres) {
        if (postgres) {
            // nodes starting together on one PostgreSQL seed one after the other: the second waits here until the
            // first has committed, then finds the marker (the lock ends with this transaction)
            em.createNativeQuery("SELECT pg_advisory_xact_lock(" + SEEDING_LOCK + ")").getResultList();
        }
        if (em.find(AppSetting.class, MARKER) != null) {
            return false;
        }
        // the marker goes in first: a second node seeding at the same moment waits on this row until this
        // transaction ends, then fails on its key and finds the data seeded (see StartupSequence)
        em.persist(new AppSetting(MARKER, OffsetDateTime.now(clock).toString()));
        em.flush();
        Agency council = new Agency("NBC-EH", "Northbridge Council Early Help Service", "LOCAL_AUTHORITY")
                .withContact("0300 123 4567", "earlyhelp@northbridge.example.gov.uk",
                        "Civic Centre, 1 Market Street, Northbridge NB1 1AA");
        Agency health = new Agency("NBH-CHS", "Northbridge Community Health NHS Trust", "HEALTH")
                .withContact("0300 765 4321", "schoolnursing@nbh.example.nhs.uk",
                        "Riverside Clinic, 20 Quay Road, Northbridge NB2 4QZ");
        em.persist(council);
        em.persist(health);
        Team teamA = new Team("TEAM-A", "Early Help Team North", council);
        Team teamB = new Team("TEAM-B", "School Nursing Team", health);
        em.persist(teamA);
        em.persist(teamB);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Practitioner> people = new HashMap<>();
        for (DemoAccount account : ACCOUNTS) {
            Team team = account.team() == null ? null : "TEAM-A".equals(account.team()) ? teamA : teamB;
            Agency agency = team == null ? council : team.getAgency();
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(List.of(account.roles()));
            Practitioner practitioner = new Practitioner(account.username(), account.displayName(), agency, team, roles)
                    .withContact(account.jobTitle(), account.username() + "@" + domainOf(agency), agency.getPhone());
            em.persist(practitioner);
            em.persist(new Credential(account.username(), passwords.hash(password), now).demo());
            people.put(account.username(), practitioner);
        }
        em.flush();
        int demoCases = new DemoCases(em, cases, clock, forms.registry(), people,
                Map.of(council.getCode(), council, health.getCode(), health)).seed();
        audit.append(new AuditEntry("system", "demo.seed", null, null, AuditOutcome.SUCCESS,
                ACCOUNTS.size() + " demo accounts, " + demoCases + " demo cases"));
        return true;
    }

    /** The PostgreSQL advisory lock held while seeding (any number no other part of eCAF uses). */
    static final long SEEDING_LOCK = 7_405_001L;

    /** True when the demo data is in the database (seeded by this node or another). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean seeded() {
        return em.find(AppSetting.class, MARKER) != null;
    }

    private static String domainOf(Agency agency) {
        return agency.getEmail().substring(agency.getEmail().indexOf('@') + 1);
    }

    /** The start-up banner that lists the demo accounts. */
    public String describeAccounts(Settings settings) {
        StringBuilder text = new StringBuilder("\n\n  eCAF demo mode: sign in with one of these accounts");
        // the password itself is never written to the log: README.md gives the default
        text.append(settings.get("ecaf.demo.password").isPresent()
                ? " (password: the value of ECAF_DEMO_PASSWORD)\n"
                : " (password: the demo password given in README.md)\n");
        for (DemoAccount account : ACCOUNTS) {
            text.append(String.format("    %-14s %-16s %s%s%n", account.username(), account.displayName(),
                    List.of(account.roles()), account.team() == null ? "" : ", " + account.team()));
        }
        return text.toString();
    }
}
