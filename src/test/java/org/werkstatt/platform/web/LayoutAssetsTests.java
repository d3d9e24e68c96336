package org.werkstatt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The page frame (which writes every page's head) names the htmx version the pom brings in; this fails when the two drift apart. */
class LayoutAssetsTests {

	@Test
	void pageFrameLoadsTheHtmxOfTheWebJarOnTheClasspath() throws IOException {
		String layout = Files.readString(Path.of("src/main/java/org/werkstatt/identity/workspace/PageFrame.java"));
		Matcher matcher = Pattern.compile("/webjars/htmx\\.org/([^/]+)/dist/htmx\\.min\\.js").matcher(layout);
		assertThat(matcher.find()).as("the page frame loads htmx from its WebJar").isTrue();
		Properties webJar = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
			assertThat(in).isNotNull();
			webJar.load(in);
		}
		assertThat(matcher.group(1)).isEqualTo(webJar.getProperty("version"));
		assertThat(getClass().getResource("/META-INF/resources/webjars/htmx.org/" + matcher.group(1) + "/dist/htmx.min.js"))
			.isNotNull();
	}

	@Test
	void vendoredKernUxCarriesItsLicence() {
		Path kern = Path.of("src/main/resources/static/vendor/kern-ux");
		assertThat(kern.resolve("LICENSE.md")).content().contains("EUPL");
		assertThat(kern.resolve("kern.min.css")).exists();
		assertThat(kern.resolve("fonts/fira-sans.css")).exists();
	}
}
