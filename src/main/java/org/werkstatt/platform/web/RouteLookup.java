package org.werkstatt.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds a request's handler without asking every one of the application's 300 handler methods in full. An address
 * with a variable ({@code /work/coop/{id}/participants}) has no direct entry, so Spring MVC checks every mapping's
 * conditions against the request (method, headers, media types, then the path), each through the five request
 * wrappers of the filters: 7 % of a signed-in page's CPU. Here a mapping whose path patterns cannot match, because
 * the address does not begin with the literal text before a pattern's first variable or wildcard, is passed over
 * before those checks; everything else is decided by Spring as before. Addresses with escapes ({@code %}) are
 * checked in full, since a pattern matches the decoded segments.
 */
@Component
class RouteLookup implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new Mapping();
	}

	/** The literal text before the first variable or wildcard of each of a mapping's patterns (null: any address). */
	static String @Nullable [] prefixes(RequestMappingInfo info) {
		PathPatternsRequestCondition paths = info.getPathPatternsCondition();
		if (paths == null || paths.isEmptyPathMapping()) {
			return null;
		}
		String[] prefixes = paths.getPatternValues().stream().map(RouteLookup::literalStart).toArray(String[]::new);
		for (String prefix : prefixes) {
			if (prefix.isEmpty()) {
				return null;
			}
		}
		return prefixes;
	}

	static String literalStart(String pattern) {
		int end = pattern.length();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' || c == '*' || c == '?') {
				end = i;
				break;
			}
		}
		return pattern.substring(0, end);
	}

	static boolean mayMatch(String @Nullable [] prefixes, String lookupPath) {
		if (prefixes == null || lookupPath.indexOf('%') >= 0) {
			return true;
		}
		for (String prefix : prefixes) {
			if (lookupPath.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private static final class Mapping extends RequestMappingHandlerMapping {

		private static final String[] ANY = new String[0];

		private final ThreadLocal<@Nullable String> lookupPath = new ThreadLocal<>();
		private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

		@Override
		protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
			this.lookupPath.set(lookupPath);
			try {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			finally {
				this.lookupPath.remove();
			}
		}

		@Override
		protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			String path = lookupPath.get();
			if (path != null) {
				String[] literal = prefixes.computeIfAbsent(info, i -> {
					String[] found = RouteLookup.prefixes(i);
					return found == null ? ANY : found;
				});
				if (literal != ANY && !mayMatch(literal, path)) {
					return null;
				}
			}
			return super.getMatchingMapping(info, request);
		}
	}
}
