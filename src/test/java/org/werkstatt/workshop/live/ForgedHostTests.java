package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.platform.web.SiteAddress;

/** Links that leave the site (QR code, calendar files) come from WERKSTATT_BASE_URL, never from a forged Host header. */
class ForgedHostTests extends FullStackTest {

	static final String FORGED = "evil.example";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteAddress site;

	UUID demoEvent() {
		return jdbc.sql("select event_id from live_session where code = 'DEMO'").query(UUID.class).single();
	}

	@Test
	void theQrCodeAndTheConsoleShowTheBaseUrl() {
		HttpSession moderator = new HttpSession(port);
		assertThat(moderator.signIn("moderation@jobcenter-hafenstadt.example", "Werkstatt-Demo-2026")).isTrue();
		String base = "/manage/jobcenter-hafenstadt/events/" + demoEvent();
		String qr = moderator.getWithHost(base + "/qr.svg", FORGED);
		assertThat(qr).startsWith("HTTP/1.1 200").contains("<svg").contains(site.base() + "/join/DEMO").doesNotContain(FORGED);
		String console = moderator.getWithHost(base + "/live", FORGED);
		assertThat(console).startsWith("HTTP/1.1 200").contains(site.base() + "/join/DEMO").doesNotContain("//" + FORGED);
	}

	@Test
	void calendarFilesLinkTheBaseUrl() {
		HttpSession visitor = new HttpSession(port);
		UUID event = demoEvent();
		String calendar = visitor.getWithHost("/events/" + event + "/calendar.ics", FORGED);
		assertThat(calendar).startsWith("HTTP/1.1 200").contains("URL:" + site.base() + "/events/" + event).doesNotContain(FORGED);
		String feed = visitor.getWithHost("/o/jobcenter-hafenstadt/events.ics", FORGED);
		assertThat(feed).startsWith("HTTP/1.1 200").contains("URL:" + site.base() + "/events/").doesNotContain(FORGED);
	}
}
