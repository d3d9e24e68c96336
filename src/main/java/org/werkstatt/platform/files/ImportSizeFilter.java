package org.werkstatt.platform.files;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an import upload that is larger than the limit ({@link ImportLimits#MAX_BYTES}) from its
 * {@code Content-Length} alone, before anything reads its body: the answer sends the browser back to the
 * import page with {@code ?tooLarge}, which says how large a file may be. Every module's import page is an
 * upload form posted to a path under {@code /manage/} that ends in {@code /import} (the plan import
 * {@code /manage/{slug}/plans/{id}/import}, the catalog import {@code /manage/{slug}/offers/import}), and each
 * such page handles {@code ?tooLarge}. Without it a 50 MB file would hit the application's multipart limit while the security filter reads
 * the CSRF token, and get the servlet container's bare error page.
 *
 * <p>The answer closes the connection while a browser may still be sending the body; the browser can then see the
 * reset instead of the answer. A client that announces its body ({@code Expect: 100-continue}, as curl does) gets the
 * answer before it sends anything, and the import page's script checks the size before a browser sends the file.
 */
public final class ImportSizeFilter extends OncePerRequestFilter {

	/** Room for the form's other fields and the multipart boundaries around the file. */
	public static final long ENVELOPE = 64 * 1024;
	private static final Pattern IMPORT = Pattern.compile("/manage/[^/]+/(?:[^/]+/)*import/?");

	/** Whether an import upload of this {@code Content-Length} is refused before its body is read. */
	public static boolean refusesByLength(long contentLength) {
		return contentLength > ImportLimits.MAX_BYTES + ENVELOPE;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !IMPORT.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (refusesByLength(request.getContentLengthLong())) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", request.getRequestURI().replaceAll("/$", "") + "?tooLarge");
			response.setHeader("Connection", "close");
			return;
		}
		chain.doFilter(request, response);
	}
}
