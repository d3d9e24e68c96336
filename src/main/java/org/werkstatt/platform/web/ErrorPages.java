package org.werkstatt.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error is answered with the friendly page ({@code templates/error/404.html}, {@code 4xx}, {@code 5xx}) in the
 * visitor's language, whatever the address looks like ({@code results.csv}) and whatever the browser accepts
 * ({@code *}{@code /*} too). Only a script that asks for JSON and not for a page (the live wall's calls) gets a
 * short JSON body with the status, never a message or a stack trace. Replaces Spring Boot's error controller,
 * which answered JSON to {@code Accept: *}{@code /*}.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPages extends AbstractErrorController {

	ErrorPages(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers) {
		super(errorAttributes, resolvers);
	}

	@RequestMapping
	@Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = getStatus(request);
		response.setStatus(status.value());
		if (asksForJsonOnly(request.getHeader(HttpHeaders.ACCEPT))) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"status\":" + status.value() + ",\"error\":\"" + status.getReasonPhrase() + "\"}");
			return null;
		}
		Map<String, Object> model = Collections
			.unmodifiableMap(getErrorAttributes(request, ErrorAttributeOptions.defaults()));
		ModelAndView view = resolveErrorView(request, response, status, model);
		return view != null ? view : new ModelAndView("error", model, status);
	}

	/** Whether the caller names JSON and no HTML page among what it accepts. */
	static boolean asksForJsonOnly(@Nullable String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			boolean json = types.stream()
				.anyMatch(type -> MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
						|| (type.getSubtypeSuffix() != null && type.getSubtypeSuffix().equals("json")));
			boolean page = types.stream().anyMatch(type -> MediaType.TEXT_HTML.equalsTypeAndSubtype(type));
			return json && !page;
		}
		catch (InvalidMediaTypeException e) {
			return false;
		}
	}
}
