package org.werkstatt.identity.security;

import java.time.Duration;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions in the database behind {@link SessionStore}. Spring Boot's own session configuration steps back when the
 * application has a session store of its own, so the JDBC store is enabled here, with the timeout of
 * {@code spring.session.timeout}; the session cookie is still configured by Boot ({@code server.servlet.session.cookie}).
 * {@link SessionStore.RequestEnd} is registered around Spring Session's filter (order {@code Integer.MIN_VALUE + 50}).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionStoreConfiguration {

	/**
	 * The timeout, the security context read once while its bytes stay the same ({@link SessionAttributeReader}), and
	 * an attribute written as an upsert: two requests of one session that add the same attribute at
	 * once (the CSRF token of two pages opened together right after signing in) both inserted it, and the second
	 * failed on the primary key with an error page (the cooperation benchmark's server log showed it).
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionStoreSettings(@Value("${spring.session.timeout}") Duration timeout) {
		return jdbc -> {
			jdbc.setDefaultMaxInactiveInterval(timeout);
			jdbc.setConversionService(SessionAttributeReader.conversionService(SessionStoreConfiguration.class.getClassLoader()));
			jdbc.setCreateSessionAttributeQuery("""
					INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) VALUES (?, ?, ?)
					ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""");
		};
	}

	/**
	 * The transactions of the JDBC store, taken by its name ({@code springSessionTransactionOperations}); not a
	 * candidate for anything else, so that Boot's own {@code TransactionTemplate} stays the one injected by type.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
		TransactionTemplate writes = new TransactionTemplate(transactionManager);
		writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return SessionStore.transactions(writes);
	}

	@Bean
	FilterRegistrationBean<SessionStore.RequestEnd> sessionStoreRequestEnd() {
		FilterRegistrationBean<SessionStore.RequestEnd> registration = new FilterRegistrationBean<>(new SessionStore.RequestEnd());
		registration.setOrder(Integer.MIN_VALUE + 45);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		registration.addUrlPatterns("/*");
		return registration;
	}
}
