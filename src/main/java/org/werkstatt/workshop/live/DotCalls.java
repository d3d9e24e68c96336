package org.werkstatt.workshop.live;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.werkstatt.platform.web.SessionlessCalls;

import tools.jackson.databind.json.JsonMapper;

/**
 * The dots of live.js, answered before the security filters and Spring MVC: a script call ({@link SessionlessCalls}:
 * a POST asking for JSON, with the header that stands in for the CSRF token) to {@code /live/{code}/ideas/{id}/dot}
 * or {@code …/undot} by a participant this event knows. Such a call needs none of what those layers do for a page
 * (no session, no sign-in, no form to bind, no view): a room of 2,000 phones puts 200 to 1,000 dots a second, and
 * through them a dot took about 2.5 ms of processor time (estimated from a profile's share and the server's CPU in
 * the live benchmark, docs/performance.md), most of it in handler lookup, argument conversion, the request's
 * observation and the answer's message converters.
 * The dot itself is {@link Live#addDot} or {@link Live#removeDot} as before, and the answer is the same
 * ({@link ParticipantAnswers}), in the language the pages would use ({@link LocaleResolver}).
 * <p>
 * Everything else goes on to the pages: a form sent without the script, an unknown code or idea address, a token the
 * event does not know (the pages answer "join again"). After {@link SessionlessCalls} (which hides the session
 * cookie) and inside {@code LiveWriteTiming} and the request queue, so these dots are timed and queued as before;
 * before Spring Session's filter ({@code Integer.MIN_VALUE + 50}), which has nothing to do for them.
 */
@Component
@Order(Integer.MIN_VALUE + 48)
class DotCalls extends OncePerRequestFilter {

	private static final Pattern PATH = Pattern.compile(
			"/live/" + Live.CODE_IN_PATH + "/ideas/(\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12})/(dot|undot)");

	/** A JSON answer is no document: it loads nothing and may be framed by nobody. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

	private final Live live;
	private final ParticipantAnswers answers;
	private final LocaleResolver languages;
	private final JsonMapper json;

	DotCalls(Live live, ParticipantAnswers answers, LocaleResolver localeResolver, JsonMapper json) {
		this.live = live;
		this.answers = answers;
		this.languages = localeResolver;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SessionlessCalls.MATCHER.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher call = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!call.matches()) {
			chain.doFilter(request, response);
			return;
		}
		String code = Live.normaliseCode(call.group(1));
		Optional<LiveStore.SessionAndParticipant> found = live.voter(code, ParticipantCookie.read(request, code));
		if (found.isEmpty() || found.get().participant().isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		LiveSession session = found.get().session();
		Participant participant = found.get().participant().get();
		UUID idea = UUID.fromString(call.group(2));
		Outcome outcome = call.group(3).equals("dot") ? live.addDot(session, participant, idea)
				: live.removeDot(session, participant, idea);
		write(answers.of(outcome, participant, session, idea, languages.resolveLocale(request)), response);
	}

	private void write(ParticipantAnswers.Answer answer, HttpServletResponse response) throws IOException {
		byte[] body = json.writeValueAsBytes(answer.body());
		response.setStatus(answer.status().value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(body.length);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		if (answer.retryAfter() != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, answer.retryAfter());
		}
		response.getOutputStream().write(body);
	}
}
