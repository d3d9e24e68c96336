package org.werkstatt.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A micro-cache for the busiest public pages: a visitor without a session (so without a login, a
 * form in progress or a notice to show) who asks for an address that matches one of {@link #paths}
 * exactly, without a query string, gets the page rendered for their language at most {@link #ttl}
 * ago. Everyone else, and every other address, goes to the controllers as usual. It sits behind the
 * security filters, so every answer carries the same security headers. Staleness is bounded by the
 * time-to-live on every node; there is nothing to invalidate across nodes. When a page expires, one
 * request renders it anew while the others still get the expired copy, so a busy page is never
 * rendered by all its visitors at once (a page is at most twice the time-to-live old). A page that is
 * rendered and cannot be kept (not found, no longer public, a session began) is forgotten at once.
 * It holds at most
 * {@link #maxPages} pages: when full, it first forgets the expired ones, and stores nothing new while
 * it is still full.
 */
public class PublicPageCache extends OncePerRequestFilter {

	private record Page(byte[] body, String contentType, long expiresAt) {
	}

	private final List<Pattern> paths;
	private final Duration ttl;
	private final int maxPages;
	private final String sessionCookie;
	private final LocaleResolver localeResolver;
	private final Map<String, Page> pages = new ConcurrentHashMap<>();
	/** The pages one request is rendering anew; meanwhile the others get the expired copy. */
	private final Map<String, Boolean> refreshing = new ConcurrentHashMap<>();

	/** @param paths regular expressions an address must match as a whole */
	public PublicPageCache(List<String> paths, Duration ttl, int maxPages, String sessionCookie,
			LocaleResolver localeResolver) {
		this.paths = paths.stream().map(Pattern::compile).toList();
		this.ttl = ttl;
		this.maxPages = maxPages;
		this.sessionCookie = sessionCookie;
		this.localeResolver = localeResolver;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// an htmx request asks for a part of the page: neither stored as the page nor answered with it
		return ttl.isZero() || !"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| request.getHeader("HX-Request") != null || paths.stream().noneMatch(p -> p.matcher(request.getRequestURI()).matches()) || hasSession(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale locale = localeResolver.resolveLocale(request);
		String key = request.getRequestURI() + "|" + locale.getLanguage();
		Page page = pages.get(key);
		long now = System.nanoTime();
		boolean expired = page != null && page.expiresAt() <= now;
		// an expired copy stands in while another request renders the page, but never for longer than a
		// second time-to-live: a page that stopped being public (now a 404) is not served on and on
		boolean standIn = expired && now - page.expiresAt() < ttl.toNanos();
		if (page != null && !expired) {
			send(page, locale, response);
			return;
		}
		boolean renderer = false;
		if (standIn) {
			if (refreshing.putIfAbsent(key, Boolean.TRUE) != null) {
				send(page, locale, response);
				return;
			}
			renderer = true;
		}
		try {
			render(key, request, response, chain);
		}
		finally {
			if (renderer) {
				refreshing.remove(key);
			}
		}
	}

	private void send(Page page, Locale locale, HttpServletResponse response) throws IOException {
		response.setContentType(page.contentType());
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorder);
		if (recorder.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null
				&& !recorder.containsHeader(HttpHeaders.SET_COOKIE)
				&& recorder.getContentType() != null && recorder.getContentType().startsWith("text/html")) {
			if (pages.size() >= maxPages) {
				long now = System.nanoTime();
				pages.values().removeIf(p -> p.expiresAt() <= now);
			}
			if (pages.size() < maxPages || pages.containsKey(key)) {
				pages.put(key, new Page(recorder.getContentAsByteArray(), recorder.getContentType(),
						System.nanoTime() + ttl.toNanos()));
			}
		}
		else {
			// the page is gone, moved or no longer public: its old copy must not stand in for it
			pages.remove(key);
		}
		recorder.copyBodyToResponse();
	}

	/** Forgets every cached page (tests, and a node that wants to show a change at once). */
	public void clear() {
		pages.clear();
	}

	private boolean hasSession(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (cookie.getName().equals(sessionCookie)) {
				return true;
			}
		}
		return false;
	}
}
