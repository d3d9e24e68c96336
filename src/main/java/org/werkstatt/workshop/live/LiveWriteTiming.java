package org.werkstatt.workshop.live;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times the participants' writes on a live wall ({@code POST /live/{code}/ideas}, {@code …/ideas/{id}/dot},
 * {@code …/undot}) into {@code werkstatt.live.write{action}}: the write path's latency as the phones see it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class LiveWriteTiming extends OncePerRequestFilter {

	private final LiveMetrics metrics;

	LiveWriteTiming(LiveMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/live/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			metrics.write(action(request.getRequestURI()), response.getStatus(), System.nanoTime() - started);
		}
	}

	/** The action, from the path's shape; never the code or an id (they would make a series each). */
	static String action(String path) {
		String[] parts = path.split("/");
		// "", "live", code, …
		if (parts.length == 4 && parts[3].equals("ideas")) {
			return "post";
		}
		if (parts.length == 6 && parts[3].equals("ideas")) {
			return switch (parts[5]) {
				case "dot" -> "dot";
				case "undot" -> "undot";
				default -> "other";
			};
		}
		return "other";
	}
}
