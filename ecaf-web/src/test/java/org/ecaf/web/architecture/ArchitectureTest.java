package org.ecaf.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.format.DateTimeFormatter;

/**
 * The layering rules of docs/architecture.md, checked on the compiled classes of all four modules: the domain
 * and forms know nothing of the web, PDF or container; the web module's interfaces (JSF beans, REST resources)
 * reach the database and infrastructure only through application services; infrastructure never reaches up to
 * the interfaces; the forms module's packages are free of cycles above a shared base that uses none of them.
 */
@AnalyzeClasses(packages = "org.ecaf", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainAndFormsKnowNothingOfTheWebThePdfOrTheContainer = noClasses()
            .that().resideInAnyPackage("org.ecaf.domain..", "org.ecaf.forms..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.ecaf.web..", "org.ecaf.pdf..", "jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..",
                    "jakarta.enterprise..", "jakarta.inject..", "jakarta.ejb..", "jakarta.security..",
                    "org.primefaces..", "org.apache.pdfbox..")
            .because("the domain is plain Java with JPA mappings; docs/architecture.md");

    @ArchTest
    static final ArchRule formsPackagesAreFreeOfCycles = slices()
            .matching("org.ecaf.forms.(*)..")
            .should().beFreeOfCycles()
            .because("answers, definition, validation, migration and registry each use only those before them; docs/forms.md");

    @ArchTest
    static final ArchRule formsBaseUsesNoFormsPackage = noClasses()
            .that().resideInAPackage("org.ecaf.forms")
            .should().dependOnClassesThat().resideInAPackage("org.ecaf.forms.*..")
            .because("org.ecaf.forms is the shared base every forms package builds on; docs/forms.md");

    @ArchTest
    static final ArchRule formsFileReadingStaysInTheFormsModule = noClasses()
            .that().resideOutsideOfPackage("org.ecaf.forms..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.ecaf.forms.JsonSupport")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.ecaf.forms.JsonFiles")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.ecaf.forms.JsonProps")
            .because("they are public only for the forms module's own readers in its packages");

    @ArchTest
    static final ArchRule theDomainHoldsNoTimeZoneAndNoDateFormat = noClasses()
            .that().resideInAPackage("org.ecaf.domain..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.time.ZoneId")
            .orShould().callMethod(DateTimeFormatter.class, "ofPattern", String.class)
            .because("the caller's clock gives the local time (cases.Step) and UkTime words dates; docs/architecture.md");

    @ArchTest
    static final ArchRule pdfKnowsNothingOfTheWeb = noClasses()
            .that().resideInAPackage("org.ecaf.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.ecaf.web..", "jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..", "jakarta.persistence..")
            .because("copies are rendered from values handed to them");

    @ArchTest
    static final ArchRule interfacesNeverTouchJpaOrInfrastructure = noClasses()
            .that().resideInAPackage("org.ecaf.web.interfaces..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.ecaf.web.infrastructure..")
            .because("JSF beans and REST resources go through application services");

    @ArchTest
    static final ArchRule applicationDoesNotReachUpToInterfaces = noClasses()
            .that().resideInAPackage("org.ecaf.web.application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ecaf.web.interfaces..", "jakarta.faces..")
            .because("use cases know nothing of the screens or the API that call them");

    @ArchTest
    static final ArchRule applicationQueriesThroughRepositories = noClasses()
            .that().resideInAPackage("org.ecaf.web.application..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("queries live in infrastructure repositories");

    @ArchTest
    static final ArchRule infrastructureDoesNotReachUpToInterfaces = noClasses()
            .that().resideInAPackage("org.ecaf.web.infrastructure..")
            .should().dependOnClassesThat().resideInAPackage("org.ecaf.web.interfaces..")
            .because("infrastructure is below the interfaces");

}
