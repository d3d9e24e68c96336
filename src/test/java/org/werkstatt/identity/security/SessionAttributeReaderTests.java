package org.werkstatt.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/** A session's security context is read once while its bytes stay the same, and no request's change reaches another. */
class SessionAttributeReaderTests {

	private final GenericConversionService service = SessionAttributeReader.conversionService(getClass().getClassLoader());

	@Test
	void theSameBytesGiveTheSameAuthenticationInANewContextEachTime() {
		byte[] bytes = bytes(context("anna"));
		SecurityContext first = read(bytes, SecurityContext.class);
		SecurityContext second = read(bytes, SecurityContext.class);
		assertThat(first.getAuthentication().getName()).isEqualTo("anna");
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
		assertThat(second).isNotSameAs(first);

		first.setAuthentication(null); // as signing out does with the request's context
		assertThat(read(bytes, SecurityContext.class).getAuthentication().getName()).isEqualTo("anna");
		assertThat(read(bytes(context("berit")), SecurityContext.class).getAuthentication().getName()).isEqualTo("berit");
	}

	@Test
	void otherAttributesAreReadAnewEachTime() {
		byte[] bytes = bytes(new ArrayList<>(List.of("a")));
		List<?> first = read(bytes, List.class);
		List<?> second = read(bytes, List.class);
		assertThat(second).isEqualTo(first).isNotSameAs(first);
	}

	@Test
	void aFullMemoryIsEmptiedAndReadsGoOn() {
		for (int i = 0; i <= SessionAttributeReader.LIMIT; i++) {
			assertThat(read(bytes(context("person-" + i)), SecurityContext.class).getAuthentication().getName()).isEqualTo("person-" + i);
		}
		assertThat(read(bytes(context("person-0")), SecurityContext.class).getAuthentication().getName()).isEqualTo("person-0");
	}

	private static SecurityContext context(String name) {
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null,
				List.of(new SimpleGrantedAuthority("ROLE_USER"))));
	}

	private byte[] bytes(Object value) {
		return service.convert(value, byte[].class);
	}

	private <T> T read(byte[] bytes, Class<T> type) {
		return type.cast(service.convert(bytes, Object.class));
	}
}
