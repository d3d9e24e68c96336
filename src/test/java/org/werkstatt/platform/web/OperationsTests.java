package org.werkstatt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.identity.demo.DemoAccounts;

/** What operations relies on: health probes with the database, metrics, cookies and sessions in PostgreSQL. */
class OperationsTests extends FullStackTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void healthProbesAreUpAndReadinessIncludesTheDatabase() {
		HttpSession monitor = new HttpSession(port);
		assertThat(monitor.get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
		assertThat(monitor.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
		assertThat(monitor.get("/actuator/health").body()).contains("\"status\":\"UP\"").doesNotContain("postgres");
	}

	@Test
	void metricsAreInPrometheusFormat() {
		HttpResponse<String> metrics = new HttpSession(port).get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("# TYPE jvm_memory_used_bytes gauge", "hikaricp_connections");
	}

	@Test
	void sessionCookieIsHttpOnlyAndSameSiteAndTheSessionLivesInPostgres() {
		int before = sessions();
		HttpSession visitor = new HttpSession(port);
		HttpResponse<String> login = visitor.login("moderation@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		List<String> cookies = login.headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("WERKSTATT_SESSION=")
			.contains("HttpOnly")
			.containsIgnoringCase("SameSite=Lax"));
		assertThat(sessions()).isGreaterThan(before);
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param("moderation@jobcenter-hafenstadt.example").query(Integer.class).single()).isPositive();
	}

	@Test
	void anonymousStartPageCreatesNoSession() {
		HttpResponse<String> start = new HttpSession(port).get("/");
		assertThat(start.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void theServerNamesNoProductOrVersion() {
		HttpResponse<String> page = new HttpSession(port).get("/login");
		HttpResponse<String> missing = new HttpSession(port).get("/no-such-page");
		for (HttpResponse<String> answer : List.of(page, missing)) {
			assertThat(answer.headers().firstValue("Server")).isEmpty();
			assertThat(answer.headers().firstValue("X-Powered-By")).isEmpty();
		}
		assertThat(missing.statusCode()).isEqualTo(404);
	}

	@Test
	void pagesSendASecurityPolicyWithoutInlineScript() {
		HttpResponse<String> page = new HttpSession(port).get("/login");
		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(page.body()).doesNotContain("<script>").doesNotContain(" style=\"").doesNotContain("onclick=");
	}

	private int sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
	}
}
