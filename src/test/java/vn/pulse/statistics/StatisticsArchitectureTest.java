package vn.pulse.statistics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The statistics engine is plain Java over plain data: unit-testable without Spring, a database or a UI. */
class StatisticsArchitectureTest {

    @Test
    void depends_only_on_the_jdk_and_commons_math() {
        String mainClasses = Sample.class.getProtectionDomain().getCodeSource().getLocation().toString();
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(location -> location.asURI().toString().startsWith(mainClasses))
                .importPackages("vn.pulse.statistics");
        classes().that().resideInAPackage("vn.pulse.statistics..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.apache.commons.math3..",
                        "vn.pulse.statistics..")
                .because("no Spring, jOOQ, Vaadin or servlet types belong in the statistics engine")
                .check(engine);
        org.assertj.core.api.Assertions.assertThat(engine).as("engine classes found").hasSizeGreaterThan(30);
    }
}
