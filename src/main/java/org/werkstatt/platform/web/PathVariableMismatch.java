package org.werkstatt.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * An address whose id is no id ({@code /events/new}, {@code /plans/abc}) names nothing: it gets the friendly
 * "not found" page in the visitor's language, as an unknown id does, not "bad request". A query parameter of
 * the wrong type stays a bad request.
 */
@ControllerAdvice
class PathVariableMismatch {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) throws IOException {
		boolean inPath = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
		response.sendError(inPath ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
	}
}
