package org.werkstatt.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an upload larger than the application takes from its {@code Content-Length} alone, before
 * anything reads its body: the browser is sent to a page that says how large a file may be. Without it
 * the security filter, reading the form's CSRF token, would hit the multipart limit and the visitor
 * would get the servlet container's bare error page. Runs before Spring Security (order -100) and after
 * the import's own, lower limit.
 */
class TooLargeUploads extends OncePerRequestFilter {

	static final String PAGE = "/upload-too-large";

	private final DataSize maxRequestSize;

	TooLargeUploads(DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxRequestSize.toBytes()) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + PAGE);
			response.setHeader(HttpHeaders.CONNECTION, "close");
			return;
		}
		chain.doFilter(request, response);
	}
}
