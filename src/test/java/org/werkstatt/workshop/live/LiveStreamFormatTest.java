package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The stream's format is written in three places: the server resets a page whose script sends another
 * ({@link LiveStream#FORMAT}), so a script that disagreed with the server would reload its page forever.
 */
class LiveStreamFormatTest {

	@Test
	void theScriptAndTheProjectorAskForTheFormatTheServerWrites() throws IOException {
		assertThat(resource("/static/js/live.js")).as("the format live.js sends")
			.contains("var FORMAT = '" + LiveStream.FORMAT + "';");
		assertThat(resource("/templates/workshop/live/projector.html")).as("the projector loads the script of the format")
			.contains("@{/js/live.js(v=" + LiveStream.FORMAT + ")}");
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = LiveStreamFormatTest.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
