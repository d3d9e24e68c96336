package org.werkstatt.identity.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.Logins;

/**
 * Every admin page of an organisation is scoped to its members: the test finds all {@code /manage/{slug}}
 * routes from the application itself, so a route added later is covered without touching this test.
 */
class OrganisationScopingTests extends FullStackTest {

	private static final String NETWORK = "buendnis-nordufer";
	private static final String JOBCENTER = "jobcenter-hafenstadt";

	record Route(HttpMethod method, String pattern) {
		String url(String slug) {
			return pattern.replace("{slug}", slug).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void memberOfAnotherOrganisationGetsNotFoundOnEveryAdminRoute() throws Exception {
		List<Route> routes = manageRoutes();
		assertThat(routes).as("admin routes found").hasSizeGreaterThanOrEqualTo(12);
		for (Route route : routes) {
			mvc.perform(request(route.method(), route.url(NETWORK)).with(as(people, Logins.JOBCENTER_ADMIN)).with(csrf()))
				.andExpect(status().isNotFound());
			mvc.perform(request(route.method(), route.url(JOBCENTER)).with(as(people, Logins.NETWORK_ADMIN)).with(csrf()))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void unknownOrganisationLooksExactlyLikeAForeignOne() throws Exception {
		String foreign = mvc.perform(get("/manage/" + NETWORK).with(as(people, Logins.JOBCENTER_ADMIN)))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		String unknown = mvc.perform(get("/manage/no-such-organisation").with(as(people, Logins.JOBCENTER_ADMIN)))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		assertThat(foreign).isEqualTo(unknown);
	}

	@Test
	void ownAdminOpensEveryAdminPage() throws Exception {
		for (Route route : manageRoutes()) {
			boolean onlySlug = route.pattern().replace("{slug}", "").indexOf('{') < 0;
			if (route.method() == HttpMethod.GET && onlySlug && !route.pattern().contains("/network")) {
				mvc.perform(get(route.url(JOBCENTER)).with(as(people, Logins.JOBCENTER_ADMIN)))
					.andExpect(status().isOk());
			}
		}
		mvc.perform(get("/manage/" + NETWORK + "/network").with(as(people, Logins.NETWORK_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bildungswerk am Kai")));
	}

	@Test
	void memberWithoutAdminRoleIsForbiddenOnOwnAdminPages() throws Exception {
		mvc.perform(get("/manage/" + JOBCENTER).with(as(people, Logins.JOBCENTER_PLANNER)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/manage/" + JOBCENTER + "/members").with(as(people, Logins.JOBCENTER_PLANNER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void platformAdminPagesNeedThePlatformAdminRole() throws Exception {
		mvc.perform(get("/admin").with(as(people, Logins.JOBCENTER_ADMIN))).andExpect(status().isForbidden());
		mvc.perform(get("/admin").with(as(people, Logins.PLATFORM_ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/manage/" + NETWORK).with(as(people, Logins.PLATFORM_ADMIN))).andExpect(status().isOk());
	}

	@Test
	void anonymousVisitorsAreSentToTheLogin() throws Exception {
		mvc.perform(get("/manage/" + JOBCENTER)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());
	}

	private List<Route> manageRoutes() {
		List<Route> routes = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/manage/{slug}")) {
					for (RequestMethod method : info.getMethodsCondition().getMethods()) {
						routes.add(new Route(HttpMethod.valueOf(method.name()), pattern));
					}
				}
			}
		});
		return routes;
	}
}
