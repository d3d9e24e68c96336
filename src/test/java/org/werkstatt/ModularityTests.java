package org.werkstatt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module structure and writes the module documentation to target/spring-modulith-docs. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Werkstatt.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyCapabilityIsAModule() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("identity", "workshop", "planning", "catalog", "cooperation", "platform", "site");
	}

	@Test
	void writesModuleDocumentation() throws Exception {
		new Documenter(modules).writeDocumentation();
		Path docs = Path.of("target", "spring-modulith-docs");
		assertThat(docs.resolve("components.puml")).isNotEmptyFile();
		assertThat(docs.resolve("module-identity.puml")).content().contains("Rel(Werkstatt.Werkstatt.Identity, Werkstatt.Werkstatt.Platform");
		assertThat(docs.resolve("module-site.puml")).content()
			.contains("Rel(Werkstatt.Werkstatt.Site, Werkstatt.Werkstatt.Identity")
			.contains("Rel(Werkstatt.Werkstatt.Site, Werkstatt.Werkstatt.Workshop");
	}
}
