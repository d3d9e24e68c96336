package org.werkstatt.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A form field no form of the site can hold ({@code modules[300].name}: beyond the 256 rows a list grows to
 * while binding, or a path that names no property) is a forged request: "bad request" on the friendly page,
 * not a server error.
 */
@ControllerAdvice
class UnboundFormFields {

	@ExceptionHandler(InvalidPropertyException.class)
	void unbound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}
}
