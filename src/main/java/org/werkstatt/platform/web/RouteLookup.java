package org.werkstatt.platform.web;

import java.util.IdentityHashMap;
import java.util.Map;

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
 * wrappers of the filters: 7 % of a signed-in page's CPU. Here a mapping none of whose path patterns can match is
 * passed over before those checks: a pattern can match only an address of as many segments (unless it ends in a
 * wildcard for the rest) whose literal segments are the same. Everything else Spring decides as before; addresses
 * with escapes ({@code %}), matrix variables ({@code ;}) or empty segments are checked in full.
 */
@Component
class RouteLookup implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new Mapping();
	}

	/**
	 * One path pattern as segments: a literal segment must equal the address's segment; null stands for a segment
	 * with a variable or wildcard. {@code open}: the last segment takes the rest of the address ({@code **},
	 * {@code {*name}}), so the address may have more segments.
	 */
	record Shape(@Nullable String[] segments, boolean open) {

		static Shape of(String pattern) {
			String[] parts = pattern.split("/", -1);
			@Nullable String[] segments = new String[parts.length];
			boolean open = false;
			for (int i = 0; i < parts.length; i++) {
				String part = parts[i];
				if (part.equals("**") || part.startsWith("{*")) {
					open = true;
					segments = java.util.Arrays.copyOf(segments, i);
					break;
				}
				boolean literal = part.indexOf('{') < 0 && part.indexOf('*') < 0 && part.indexOf('?') < 0;
				segments[i] = literal ? part : null;
			}
			return new Shape(segments, open);
		}

		boolean mayMatch(String[] address) {
			if (open ? address.length < segments.length : address.length != segments.length) {
				return false;
			}
			for (int i = 0; i < segments.length; i++) {
				String literal = segments[i];
				if (literal != null && !literal.equals(address[i])) {
					return false;
				}
			}
			return true;
		}
	}

	/** The shapes of a mapping's patterns; null when it has none to go by (Spring decides). */
	static Shape @Nullable [] shapes(RequestMappingInfo info) {
		PathPatternsRequestCondition paths = info.getPathPatternsCondition();
		if (paths == null || paths.isEmptyPathMapping()) {
			return null;
		}
		return paths.getPatternValues().stream().map(Shape::of).toArray(Shape[]::new);
	}

	/** The address's segments, or null when it must be checked in full. */
	static String @Nullable [] segments(String lookupPath) {
		if (lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0 || lookupPath.contains("//")) {
			return null;
		}
		return lookupPath.split("/", -1);
	}

	static boolean mayMatch(Shape @Nullable [] shapes, String @Nullable [] address) {
		if (shapes == null || address == null) {
			return true;
		}
		for (Shape shape : shapes) {
			if (shape.mayMatch(address)) {
				return true;
			}
		}
		return false;
	}

	private static final class Mapping extends RequestMappingHandlerMapping {

		private static final Shape[] ANY = new Shape[0];

		private final ThreadLocal<String @Nullable []> address = new ThreadLocal<>();
		/** Written rarely (a mapping's first lookup), read on every lookup: replaced whole, keyed by identity. */
		private volatile Map<RequestMappingInfo, Shape[]> shapes = new IdentityHashMap<>();

		@Override
		protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
			address.set(segments(lookupPath));
			try {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			finally {
				address.remove();
			}
		}

		@Override
		protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			String[] segments = address.get();
			if (segments != null) {
				Shape[] known = shapesOf(info);
				if (known != ANY && !mayMatch(known, segments)) {
					return null;
				}
			}
			return super.getMatchingMapping(info, request);
		}

		private Shape[] shapesOf(RequestMappingInfo info) {
			Shape[] known = shapes.get(info);
			if (known == null) {
				Shape[] found = RouteLookup.shapes(info);
				known = found == null ? ANY : found;
				synchronized (this) {
					Map<RequestMappingInfo, Shape[]> next = new IdentityHashMap<>(shapes);
					next.put(info, known);
					shapes = next;
				}
			}
			return known;
		}
	}
}
