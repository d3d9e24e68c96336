package org.werkstatt.identity.manage;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.organisation.OrganisationStore;
import org.werkstatt.platform.web.NotFoundException;

/**
 * Runs before any {@code /manage/{slug}/…} handler binds a single parameter: a person who is no member
 * of the organisation (and no platform admin) gets "not found", whatever the route and whatever was
 * sent. The handlers then check the role they need through {@link ManagedOrganisations}.
 */
@Component
class ManageAccessInterceptor implements HandlerInterceptor {

	private final OrganisationStore organisations;
	private final CurrentUser currentUser;

	ManageAccessInterceptor(OrganisationStore organisations, CurrentUser currentUser) {
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String slug = variables == null ? null : variables.get("slug");
		if (slug == null) {
			return true;
		}
		boolean member = organisations.findBySlug(slug)
			.map(organisation -> currentUser.isPlatformAdmin() || !currentUser.rolesIn(organisation.id()).isEmpty())
			.orElse(false);
		if (!member) {
			throw new NotFoundException();
		}
		return true;
	}
}
