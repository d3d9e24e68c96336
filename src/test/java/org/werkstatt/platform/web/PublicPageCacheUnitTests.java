package org.werkstatt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The micro-cache's rules without the application: which addresses, how many pages, one refresh at a time. */
class PublicPageCacheUnitTests {

	private static final String PLAN = "/plans/3f2b0c1e-0000-4000-8000-000000000001";

	private final AtomicInteger renders = new AtomicInteger();

	@Test
	void cachesOnlyAddressesThatMatchAPatternWholly() throws Exception {
		PublicPageCache cache = cache(Duration.ofMinutes(1), 10);
		get(cache, PLAN, page());
		get(cache, PLAN, page());
		get(cache, PLAN + "/export.csv", page());
		get(cache, PLAN + "/export.csv", page());
		assertThat(renders).hasValue(3);
	}

	@Test
	void anHtmxRequestForAPartIsNeitherStoredNorAnsweredWithTheStoredPage() throws Exception {
		PublicPageCache cache = cache(Duration.ofMinutes(1), 10);
		MockHttpServletRequest part = new MockHttpServletRequest("GET", PLAN);
		part.addHeader("HX-Request", "true");
		FilterChain fragment = (request, response) -> {
			renders.incrementAndGet();
			response.setContentType("text/html");
			response.getWriter().write("fragment");
		};
		cache.doFilter(part, new MockHttpServletResponse(), fragment);
		assertThat(get(cache, PLAN, page()).getContentAsString()).as("the whole page, not the stored part").isEqualTo("page 2");
		MockHttpServletRequest again = new MockHttpServletRequest("GET", PLAN);
		again.addHeader("HX-Request", "true");
		MockHttpServletResponse answer = new MockHttpServletResponse();
		cache.doFilter(again, answer, fragment);
		assertThat(answer.getContentAsString()).isEqualTo("fragment");
		assertThat(renders).hasValue(3);
	}

	@Test
	void keepsNoMorePagesThanItMay() throws Exception {
		PublicPageCache cache = cache(Duration.ofMinutes(1), 1);
		get(cache, PLAN, page());
		String other = PLAN.replace("0001", "0002");
		get(cache, other, page());
		get(cache, other, page());
		get(cache, PLAN, page());
		assertThat(renders).hasValue(3);
	}

	@Test
	void whileOneRequestRendersAnExpiredPageTheOthersGetTheOldCopy() throws Exception {
		PublicPageCache cache = cache(Duration.ofMillis(200), 10);
		get(cache, PLAN, page());
		Thread.sleep(250);
		String[] during = new String[1];
		FilterChain refresh = (request, response) -> {
			renders.incrementAndGet();
			during[0] = get(cache, PLAN, page()).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			response.setContentType("text/html");
			response.getWriter().write("new");
		};
		assertThat(get(cache, PLAN, refresh).getContentAsString()).isEqualTo("new");
		assertThat(during[0]).isEqualTo("page 1");
		assertThat(renders).hasValue(2);
	}

	@Test
	void aPageThatIsNoLongerThereIsForgottenAtOnce() throws Exception {
		PublicPageCache cache = cache(Duration.ofMillis(200), 10);
		get(cache, PLAN, page());
		Thread.sleep(250);
		FilterChain gone = (request, response) -> {
			renders.incrementAndGet();
			((jakarta.servlet.http.HttpServletResponse) response).setStatus(404);
		};
		assertThat(get(cache, PLAN, gone).getStatus()).isEqualTo(404);
		assertThat(get(cache, PLAN, gone).getStatus()).as("not the old copy").isEqualTo(404);
		assertThat(renders).hasValue(3);
	}

	private PublicPageCache cache(Duration ttl, int maxPages) {
		return new PublicPageCache(List.of("/plans/[0-9a-f-]{36}"), ttl, maxPages, "SESSION",
				new FixedLocaleResolver(Locale.GERMAN));
	}

	private FilterChain page() {
		return (request, response) -> {
			int n = renders.incrementAndGet();
			response.setContentType("text/html");
			response.getWriter().write("page " + n);
		};
	}

	private static MockHttpServletResponse get(PublicPageCache cache, String path, FilterChain chain)
			throws java.io.IOException, jakarta.servlet.ServletException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, chain);
		return response;
	}
}
