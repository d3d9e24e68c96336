package org.werkstatt;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares, so a test can prove that a page needs the
 * same number of queries however much data it shows. Requests through MockMvc run on the test's
 * thread; other threads (schedulers, live feeds) are not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCount {

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);
	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	public static void reset() {
		COUNT.get()[0] = 0;
	}

	public static int count() {
		return COUNT.get()[0];
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
			}
		};
	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(QueryCount.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						if (STATEMENTS.contains(method.getName())) {
							COUNT.get()[0]++;
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException e) {
							throw e.getCause();
						}
					});
		}
	}
}
