package org.ecaf.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.Violation;

/**
 * The layering rules of docs/architecture.md, checked on the compiled classes of all four modules: the domain
 * and forms know nothing of the web, PDF or container; the web module's interfaces (JSF beans, REST resources)
 * reach the database and infrastructure only through application services; infrastructure never reaches up to
 * the interfaces.
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

    /**
     * Refusal codes are {@code RefusalCode} constants. The constructors that take a code's name remain only for
     * {@code org.ecaf.domain.cases}, whose literals are converted once the split of {@code CafCase} has landed; no
     * other code may name a refusal code by a string.
     */
    @ArchTest
    static final ArchRule refusalCodesAreConstantsOutsideTheCasesPackage = noClasses()
            .that().resideOutsideOfPackages("org.ecaf.domain.cases", "org.ecaf.domain.shared")
            .should().callConstructor(Violation.class, String.class, String.class, String.class)
            .orShould().callConstructor(AccessDenied.class, String.class, String.class)
            .orShould().callConstructor(Refusal.class, String.class, String.class, List.class)
            .orShould().callMethod(InvalidInput.class, "of", String.class, String.class, String.class)
            .because("every code the application answers is a RefusalCode (docs/architecture.md)");
}
