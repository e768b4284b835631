package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(Homeward.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theModulesOfTheDesignExist() {
        // A rule about a module that does not exist passes forever; name the ones that must be there.
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains(
                        "shared",
                        "geography",
                        "identity",
                        "audit",
                        "registry",
                        "returns",
                        "sites",
                        "statistics",
                        "exchange",
                        "web");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
