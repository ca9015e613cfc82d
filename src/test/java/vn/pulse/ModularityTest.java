package vn.pulse;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a module; this fails when one reaches into another's internals
 * (sub-packages) or when modules depend on each other in a cycle. Generated jOOQ classes are
 * the shared schema, not a module.
 */
class ModularityTest {

    @Test
    void modules_respect_each_others_internals() {
        ApplicationModules.of(Application.class, JavaClass.Predicates.resideInAPackage("vn.pulse.jooq.."))
                .verify();
    }
}
