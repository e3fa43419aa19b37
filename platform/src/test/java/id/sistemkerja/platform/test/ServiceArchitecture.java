package id.sistemkerja.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layout every service follows (STYLE.md): {@code command} (aggregates, sagas, domain services) depends on no web,
 * HTTP, MongoDB or read-side code; {@code api} (commands, events, queries) depends on neither side.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    public static JavaClasses importService(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    public static ArchRule commandSideIsFreeOfWebAndReadSide(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage + ".command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.http..", "org.springframework.data.mongodb..",
                        "com.mongodb..", "org.bson..", "reactor.netty..", "io.swagger..", "org.springdoc..",
                        rootPackage + ".web..", rootPackage + ".query..", "id.sistemkerja.platform.web..")
                .because("STYLE.md: command holds aggregates and domain services only; no web, Mongo or read side");
    }

    public static ArchRule apiIsFreeOfSides(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage + ".api..")
                .should().dependOnClassesThat().resideInAnyPackage(rootPackage + ".command..", rootPackage + ".query..",
                        rootPackage + ".web..", "org.springframework.web..", "org.springframework.data.mongodb..")
                .because("STYLE.md: api holds the records (commands, events, queries) both sides share");
    }
}
