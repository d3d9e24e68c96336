package org.werkstatt.planning.files;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file above the application's multipart limit (10 MB, e.g. a 50 MB spreadsheet) is refused before it is
 * read, from its length alone. On the import page the answer says why and what the limit is, instead of the
 * general "too large" page ({@code platform.web.UploadLimits}), which every other upload keeps.
 */
@Component
class ImportUploadLimit implements HandlerExceptionResolver, Ordered {

	private static final Pattern IMPORT = Pattern.compile("/manage/[^/]+/plans/[^/]+/import/?");

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception exception) {
		if (!(exception instanceof MaxUploadSizeExceededException) || !IMPORT.matcher(request.getRequestURI()).matches()) {
			return null;
		}
		ModelAndView page = new ModelAndView("planning/files/too-large", HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("maxMegabytes", ImportLimits.megabytes());
		page.addObject("back", request.getRequestURI());
		return page;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}
}
