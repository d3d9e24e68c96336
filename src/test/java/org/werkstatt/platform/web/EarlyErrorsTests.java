package org.werkstatt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.werkstatt.FullStackTest;

/**
 * An address the web server refuses before the application sees it gets a short page in the reader's language
 * that quotes neither the address nor the server's reason and names no product.
 */
class EarlyErrorsTests extends FullStackTest {

	@LocalServerPort
	int port;

	@Test
	void anAmbiguousAddressGetsAShortPageInTheBrowsersLanguage() throws IOException {
		String answer = exchange("/a/..;/secret-path", "Accept-Language: da-DK,da;q=0.9\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).contains("<html lang=\"da\">").contains("Adressen er ikke gyldig").contains("href=\"/\"");
		assertThat(answer).doesNotContain("secret-path").doesNotContain("Ambiguous").doesNotContainIgnoringCase("jetty");
	}

	@Test
	void theChosenLanguageComesBeforeTheBrowsers() throws IOException {
		String answer = exchange("/foo%2F..%2Fadmin", "Accept-Language: de\r\nCookie: a=b; WERKSTATT_LANG=en\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).contains("<html lang=\"en\">").contains("This address is not valid");
		assertThat(answer).doesNotContain("admin").doesNotContainIgnoringCase("jetty");
	}

	@Test
	void aBrokenEscapeInTheRequestLineGetsTheSitesLanguage() throws IOException {
		// refused before the headers were read: the site's default language speaks
		String answer = exchange("/%zz-secret", "Accept-Language: en\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).contains("<html lang=\"de\">").contains("Diese Adresse gilt nicht");
		assertThat(answer).doesNotContain("zz-secret").doesNotContainIgnoringCase("jetty");
	}

	private String exchange(String path, String headers) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n" + headers
					+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
