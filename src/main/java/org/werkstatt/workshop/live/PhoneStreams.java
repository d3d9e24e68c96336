package org.werkstatt.workshop.live;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Serves the phones' streams ({@code GET /live/{code}/stream}) on Jetty's own request and response, ahead of the
 * servlet stack: a room's phones are most of a node's connections and nearly all of its writes. Through the
 * servlets each message passed the servlet output, its locks and the wrappers of the filters, and each stream
 * that opened passed the security filters and the dispatcher; here a message is one write of its shared bytes,
 * and a stream opens with the admission, the code's event and its feed.
 * <p>
 * Only a stream that can be served goes this way. A full node, an unknown code, a {@code ?since=} that is no id
 * or a failure before the stream starts go on to the servlets ({@link ParticipantPages#stream}), which answer as
 * for any page: the 503 with its {@code Retry-After}, the 404 and 400 pages in the visitor's language.
 */
@Component
class PhoneStreams {

	/** {@code /live/{code}/stream}. */
	static final Pattern PATH = Pattern.compile("/live/" + Live.CODE_IN_PATH + "/stream");

	private final LiveAdmission admission;
	private final LiveFeeds feeds;
	private final LiveStream stream;

	PhoneStreams(LiveAdmission admission, LiveFeeds feeds, LiveStream stream) {
		this.admission = admission;
		this.feeds = feeds;
		this.stream = stream;
	}

	/**
	 * Whether it took the request; if not, nothing was set or written on the response and the request goes on to
	 * the servlets.
	 */
	boolean serve(String code, Request request, Response response, Callback callback) {
		// before anything else, as the servlets' admission filter: a full node runs no SQL for a phone
		Runnable released = admission.admitPhone();
		if (released == null) {
			return false;
		}
		Feed feed;
		Feed.Position resumeFrom;
		Fields query;
		try {
			Optional<UUID> eventId = feeds.eventOfCode(Live.normaliseCode(code));
			if (eventId.isEmpty()) {
				released.run();
				return false;
			}
			feed = feeds.feed(eventId.get());
			query = Request.extractQueryParameters(request);
			resumeFrom = LiveStream.from(request.getHeaders().get("Last-Event-ID"), query.getValue("since"), feed.latest());
		}
		catch (RuntimeException e) {
			// the database, most likely: the servlets try again and show their error page
			released.run();
			return false;
		}
		if (resumeFrom == null) {
			released.run();
			return false;
		}
		// from here the request is the stream's: a failure ends it (LiveStream.open fails it and frees the slot)
		stream.open(feed, resumeFrom, query.getValue("page"), query.getValue("format"), request, response, callback,
				released);
		return true;
	}

	/** The handler in front of the servlets; {@link PhoneStreams} is looked up at the first phone. */
	static final class InFront extends Handler.Wrapper {

		private final ObjectProvider<PhoneStreams> streams;
		private volatile @Nullable PhoneStreams resolved;

		InFront(ObjectProvider<PhoneStreams> streams, Handler next) {
			super(next);
			this.streams = streams;
		}

		@Override
		public boolean handle(Request request, Response response, Callback callback) throws Exception {
			if (HttpMethod.GET.is(request.getMethod())) {
				Matcher path = PATH.matcher(Request.getPathInContext(request));
				PhoneStreams streams = path.matches() ? phoneStreams() : null;
				if (streams != null && streams.serve(path.group(1), request, response, callback)) {
					return true;
				}
			}
			return super.handle(request, response, callback);
		}

		/** {@code null} while the application context cannot give it (starting, or shutting down): the servlets serve. */
		private @Nullable PhoneStreams phoneStreams() {
			PhoneStreams known = resolved;
			if (known == null) {
				try {
					known = streams.getIfAvailable();
				}
				catch (RuntimeException closedOrFailed) {
					return null;
				}
				resolved = known;
			}
			return known;
		}
	}
}
