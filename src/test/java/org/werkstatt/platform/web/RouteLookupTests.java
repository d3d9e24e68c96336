package org.werkstatt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPatternParser;

/** A mapping is passed over only when the address cannot begin as its patterns do; everything else Spring decides. */
class RouteLookupTests {

	private static RequestMappingInfo mapping(String... patterns) {
		RequestMappingInfo.BuilderConfiguration config = new RequestMappingInfo.BuilderConfiguration();
		config.setPatternParser(new PathPatternParser());
		return RequestMappingInfo.paths(patterns).methods(RequestMethod.GET).options(config).build();
	}

	private static boolean mayMatch(RequestMappingInfo mapping, String address) {
		return RouteLookup.mayMatch(RouteLookup.shapes(mapping), RouteLookup.segments(address));
	}

	@Test
	void onlyAnAddressThatCannotHaveThePatternsShapeIsPassedOver() {
		RequestMappingInfo plan = mapping("/work/coop/{a}/participants/{p}/plan");
		assertThat(mayMatch(plan, "/work/coop/1/participants/2/plan")).isTrue();
		assertThat(mayMatch(plan, "/work/coop/1/participants/2/messages")).isFalse();
		assertThat(mayMatch(plan, "/work/coop/1/participants")).isFalse();
		assertThat(mayMatch(plan, "/work/coop/1/participants/2/plan/goals")).isFalse();
		assertThat(mayMatch(plan, "/manage/x/offers")).isFalse();
		assertThat(mayMatch(plan, "/w%6Frk/coop/1/participants/2/plan")).as("escapes: checked in full").isTrue();
		assertThat(mayMatch(plan, "/work/coop/1;x=y/participants/2/plan")).as("matrix variables: in full").isTrue();

		RequestMappingInfo either = mapping("/events/{id}", "/series/{id}");
		assertThat(mayMatch(either, "/series/4")).isTrue();
		assertThat(mayMatch(either, "/plans/4")).isFalse();

		RequestMappingInfo files = mapping("/files/**");
		assertThat(mayMatch(files, "/files/a/b/c.pdf")).isTrue();
		assertThat(mayMatch(files, "/filesx/a")).isFalse();
		assertThat(mayMatch(mapping("/o/{*rest}"), "/o/a/b")).isTrue();
		assertThat(mayMatch(mapping("/a?c/x"), "/abc/x")).as("a segment with a wildcard: any").isTrue();
		assertThat(mayMatch(mapping("/{slug}"), "/anything")).isTrue();
		assertThat(mayMatch(mapping("/{slug}"), "/any/thing")).isFalse();
	}
}
