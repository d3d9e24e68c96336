package org.werkstatt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the German, Danish and English bundles in step: the same keys, no empty text, and every key a
 * template names literally exists.
 */
class BundlesInSyncTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	@Test
	void danishAndEnglishHaveExactlyTheGermanKeys() throws IOException {
		Set<String> german = load("messages.properties").stringPropertyNames();
		assertThat(german).hasSizeGreaterThan(100);
		assertThat(load("messages_da.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german);
		assertThat(load("messages_en.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german);
	}

	@Test
	void noTextIsEmpty() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_da.properties", "messages_en.properties" }) {
			Properties properties = load(bundle);
			assertThat(properties.stringPropertyNames()).allSatisfy(
					key -> assertThat(properties.getProperty(key)).as(bundle + " " + key).isNotBlank());
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(50);
		Set<String> missing = new HashSet<>(used);
		missing.removeAll(keys);
		assertThat(missing).as("keys used in templates but missing in messages.properties").isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = BundlesInSyncTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
