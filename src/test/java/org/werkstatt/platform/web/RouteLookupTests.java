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

	@Test
	void theLiteralStartEndsAtTheFirstVariableOrWildcard() {
		assertThat(RouteLookup.literalStart("/work/coop/{a}/participants/{p}/plan")).isEqualTo("/work/coop/");
		assertThat(RouteLookup.literalStart("/offers")).isEqualTo("/offers");
		assertThat(RouteLookup.literalStart("/files/**")).isEqualTo("/files/");
		assertThat(RouteLookup.literalStart("/o/{*rest}")).isEqualTo("/o/");
		assertThat(RouteLookup.literalStart("/a?c")).isEqualTo("/a");
		assertThat(RouteLookup.literalStart("{slug}")).isEmpty();
	}

	@Test
	void onlyAnAddressThatCannotBeginAsAnyPatternIsPassedOver() {
		String[] plan = RouteLookup.prefixes(mapping("/work/coop/{a}/participants/{p}/plan"));
		assertThat(RouteLookup.mayMatch(plan, "/work/coop/1/participants/2/plan")).isTrue();
		assertThat(RouteLookup.mayMatch(plan, "/work/coop/1/participants")).as("the pattern decides the rest").isTrue();
		assertThat(RouteLookup.mayMatch(plan, "/manage/x/offers")).isFalse();
		assertThat(RouteLookup.mayMatch(plan, "/w%6Frk/coop/1/participants/2/plan")).as("escapes: checked in full").isTrue();

		String[] either = RouteLookup.prefixes(mapping("/events/{id}", "/series/{id}"));
		assertThat(RouteLookup.mayMatch(either, "/series/4")).isTrue();
		assertThat(RouteLookup.mayMatch(either, "/plans/4")).isFalse();

		assertThat(RouteLookup.mayMatch(RouteLookup.prefixes(mapping("/{slug}")), "/anything"))
			.as("a pattern that starts with a variable: any address").isTrue();
		assertThat(RouteLookup.mayMatch(null, "/anything")).isTrue();
	}
}
