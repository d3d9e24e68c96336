package org.werkstatt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;

/** Addresses that name nothing get the friendly "not found" page in the visitor's language, whatever the file type. */
class NotFoundPagesTests extends FullStackTest {

	static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anIdThatIsNoIdIsNotFoundNotABadRequest() {
		HttpSession visitor = new HttpSession(port);
		for (String path : new String[] { "/events/new", "/events/new/results", "/events/42/results.csv", "/series/abc",
				"/plans/new", "/measures/%C3%A4", "/plans/x/export.pdf", "/events/new/decisions", "/events/x/calendar.ics" }) {
			HttpResponse<String> response = visitor.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("text/html");
			assertThat(response.body()).as(path).contains("Seite nicht gefunden");
		}
		assertThat(visitor.get("/events/new?lang=da").body()).contains("Siden blev ikke fundet");
		assertThat(visitor.get("/plans/new?lang=en").body()).contains("Page not found");
	}

	@Test
	void pagesNameTheSiteIconSoThatNoBrowserAsksForAFaviconThatIsNotThere() {
		HttpSession visitor = new HttpSession(port);
		for (String path : new String[] { "/", "/join", "/events/new" }) {
			assertThat(visitor.get(path).body()).as(path)
				.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
		}
		HttpResponse<String> icon = visitor.get("/favicon.svg");
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
		assertThat(icon.body()).startsWith("<svg");
	}

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlerMapping;

	@Test
	void routesAreLookedUpByRouteLookupAndAddressesWithVariablesStillFindTheirPage() {
		assertThat(handlerMapping.getClass().getName()).isEqualTo(RouteLookup.class.getName() + "$Mapping");
		HttpSession visitor = new HttpSession(port);
		UUID event = jdbc.sql("select event_id from live_session where code = 'DEMO'").query(UUID.class).single();
		assertThat(visitor.get("/events/" + event + "?lang=en").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/events/" + event + "/no-such-page?lang=en").statusCode()).isEqualTo(404);
	}

	@Test
	void anUnpublishedEventsResultFilesGetTheFriendlyPageInTheVisitorsLanguage() {
		UUID event = jdbc.sql("select event_id from live_session where code = 'DEMO'").query(UUID.class).single();
		HttpSession visitor = new HttpSession(port);
		visitor.get("/?lang=da");
		for (String file : new String[] { "results.csv", "results.xlsx", "results.pdf", "results" }) {
			for (String accept : new String[] { BROWSER, "*/*" }) {
			HttpResponse<byte[]> response = visitor.getBytes("/events/" + event + "/" + file, "Accept", accept);
			String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(response.statusCode()).as(file + " " + accept).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(file + " " + accept + new String(response.body())).startsWith("text/html");
			assertThat(body).as(file + " " + accept).contains("Siden blev ikke fundet").doesNotContain("\"status\"");
			}
		}
	}

	@Test
	void onlyAScriptThatAsksForJsonAloneGetsJson() {
		assertThat(ErrorPages.asksForJsonOnly("application/json")).isTrue();
		assertThat(ErrorPages.asksForJsonOnly("application/problem+json")).isTrue();
		assertThat(ErrorPages.asksForJsonOnly(BROWSER)).isFalse();
		assertThat(ErrorPages.asksForJsonOnly("*/*")).isFalse();
		assertThat(ErrorPages.asksForJsonOnly(null)).isFalse();
		assertThat(ErrorPages.asksForJsonOnly("text/html, application/json")).isFalse();
		assertThat(ErrorPages.asksForJsonOnly("nonsense/")).isFalse();
	}
}
