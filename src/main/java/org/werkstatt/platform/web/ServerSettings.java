package org.werkstatt.platform.web;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded web server (Jetty) names no product or version in its answers (a {@code Server} header with the
 * version tells an attacker which published flaws to try), and a request it refuses before the application sees it
 * gets a short page in the reader's language ({@link EarlyErrors}).
 */
@Configuration(proxyBeanMethods = false)
class ServerSettings {

	@Bean
	JettyServerCustomizer noServerVersion(MessageSource messages, SiteLanguage site) {
		return server -> {
			server.setErrorHandler(new EarlyErrors(messages, site.siteDefault()));
			for (Connector connector : server.getConnectors()) {
				for (ConnectionFactory factory : connector.getConnectionFactories()) {
					if (factory instanceof HttpConnectionFactory http) {
						http.getHttpConfiguration().setSendServerVersion(false);
						http.getHttpConfiguration().setSendXPoweredBy(false);
					}
				}
			}
		};
	}
}
