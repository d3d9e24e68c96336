package org.werkstatt.identity.security;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Reads the session attributes that Spring Session stores as serialised bytes, and reads the security context of a
 * session only once while its bytes stay the same: deserialising it was about a twentieth of a signed-in page's work
 * on the server (docs/performance.md, "Cooperation"). A context whose bytes were read before is given as a new
 * context holding the same authentication, which nothing changes after sign-in, so what a request does with its
 * context (signing out empties it) never reaches another request. Every other attribute is deserialised each time.
 * The contexts read are kept by their exact bytes, at most {@link #LIMIT} of them (all forgotten when full).
 */
final class SessionAttributeReader implements Converter<byte[], Object> {

	static final int LIMIT = 2_000;

	private final DeserializingConverter deserializer;
	private final Map<Bytes, SecurityContext> contexts = new ConcurrentHashMap<>();

	SessionAttributeReader(@Nullable ClassLoader classLoader) {
		this.deserializer = new DeserializingConverter(classLoader);
	}

	/** The conversion service for Spring Session JDBC: attributes written serialised, read through this reader. */
	static GenericConversionService conversionService(@Nullable ClassLoader classLoader) {
		GenericConversionService service = new GenericConversionService();
		service.addConverter(Object.class, byte[].class, new SerializingConverter());
		service.addConverter(byte[].class, Object.class, new SessionAttributeReader(classLoader));
		return service;
	}

	@Override
	public Object convert(byte[] source) {
		Bytes key = new Bytes(source);
		SecurityContext known = contexts.get(key);
		if (known != null) {
			return new SecurityContextImpl(known.getAuthentication());
		}
		Object value = deserializer.convert(source);
		if (value != null && value.getClass() == SecurityContextImpl.class) {
			if (contexts.size() >= LIMIT) {
				contexts.clear();
			}
			contexts.put(key, new SecurityContextImpl(((SecurityContext) value).getAuthentication()));
		}
		return value;
	}

	/** Bytes compared by their content. */
	private record Bytes(byte[] value, int hash) {

		Bytes(byte[] value) {
			this(value, Arrays.hashCode(value));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Bytes bytes && hash == bytes.hash && Arrays.equals(value, bytes.value);
		}

		@Override
		public int hashCode() {
			return hash;
		}

		@Override
		public String toString() {
			return "Bytes[" + value.length + "]";
		}
	}
}
