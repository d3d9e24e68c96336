package org.werkstatt.platform.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Background calls of a page's script that are authorised by a cookie of their own rather than by a
 * sign-in, a live participant's ideas and dots: a POST under {@value #PATH} that asks for JSON and carries
 * the header {@value #HEADER}. They go past the HTTP session: this filter hides the session cookie from them, so the
 * session is neither loaded nor saved (in the JDBC session store that is four database round trips, half
 * of what a dot costs), and nothing in them can sign anybody in or out.
 * <p>
 * The header stands in for the CSRF token ({@link #MATCHER} is exempt from the token check): a browser
 * sends a custom header to another origin only after a CORS preflight, and this server allows none, so
 * another site cannot make such a call in the visitor's name.
 * <p>
 * The phones' live streams ({@link #STREAMS}, {@code GET /live/{code}/stream}) go past the session as well: a
 * stream is the same for everybody with the code, and after a Wi-Fi drop a room's phones all open theirs again
 * within seconds, each with the session cookie the wall page left.
 */
public final class SessionlessCalls extends OncePerRequestFilter {

	public static final String HEADER = "X-Werkstatt-Call";

	/**
	 * Where such calls are allowed: only the live participants' actions ({@code /live/{code}/...}), so that a
	 * CORS setting added one day cannot take the CSRF check away from the rest of the site.
	 */
	static final String PATH = "/live/";

	/** The calls that go past the session and the CSRF token check. */
	public static final RequestMatcher MATCHER = request -> "POST".equals(request.getMethod())
			&& request.getRequestURI().startsWith(request.getContextPath() + PATH) && request.getHeader(HEADER) != null
			&& accepts(request.getHeader("Accept"));

	/** {@code /live/{code}/stream} and nothing else (not the wall of a code "stream", {@code /live/stream}). */
	private static final Pattern STREAM_PATH = Pattern.compile("/live/[A-Za-z0-9-]{1,40}/stream");

	/** The phones' live streams: the session cookie is hidden from them as well (a GET has no CSRF token to check). */
	public static final RequestMatcher STREAMS = request -> "GET".equals(request.getMethod())
			&& STREAM_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();

	private final String sessionCookie;

	public SessionlessCalls(String sessionCookie) {
		this.sessionCookie = sessionCookie;
	}

	private static boolean accepts(@Nullable String accept) {
		return accept != null && accept.startsWith(MediaType.APPLICATION_JSON_VALUE);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !MATCHER.matches(request) && !STREAMS.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public Cookie @Nullable [] getCookies() {
				Cookie[] cookies = super.getCookies();
				return cookies == null ? null
						: Arrays.stream(cookies).filter(cookie -> !cookie.getName().equals(sessionCookie)).toArray(Cookie[]::new);
			}
		}, response);
	}
}
