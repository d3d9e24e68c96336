package org.werkstatt.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing here for this person: the thing does not exist, or belongs to an organisation the person
 * is not a member of. Both look the same from outside, on purpose.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super(null, null, false, false);
	}
}
