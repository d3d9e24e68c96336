package org.werkstatt.identity.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.werkstatt.identity.NetworkRequests;

/** Requests to join a network; always read and changed within one network. */
@Repository
public class InterestRequests implements NetworkRequests {

	private final JdbcClient jdbc;

	InterestRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID submit(UUID networkId, InterestForm form, String language) {
		return jdbc.sql("""
				insert into interest_request (network_id, name, organisation_name, email, message, consent, language)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(networkId, form.name().strip(), blankToNull(form.organisationName()), form.email().strip(),
					blankToNull(form.message()), form.consent(), language)
			.query(UUID.class)
			.single();
	}

	public List<InterestRequest> of(UUID networkId) {
		return jdbc.sql("""
				select id, name, organisation_name, email, message, status, created_at, language from interest_request
				where network_id = ? order by created_at desc""")
			.param(networkId)
			.query(InterestRequests::request)
			.list();
	}

	public Optional<InterestRequest> find(UUID networkId, UUID requestId) {
		return jdbc.sql("""
				select id, name, organisation_name, email, message, status, created_at, language from interest_request
				where network_id = ? and id = ?""")
			.params(networkId, requestId)
			.query(InterestRequests::request)
			.optional();
	}

	@Override
	public Map<UUID, Integer> newRequests(Collection<UUID> networkIds) {
		if (networkIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select network_id, count(*) as n from interest_request
				where status = 'NEW' and network_id = any (?) group by network_id""")
			.param(networkIds.toArray(UUID[]::new))
			.query((rs, row) -> Map.entry(rs.getObject("network_id", UUID.class), rs.getInt("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Changes the status if the request belongs to the network; false when it does not. */
	public boolean changeStatus(UUID networkId, UUID requestId, InterestStatus status, UUID changedBy) {
		return jdbc.sql("""
				update interest_request set status = ?, status_changed_at = now(), status_changed_by = ?
				where id = ? and network_id = ?""")
			.params(status.name(), changedBy, requestId, networkId)
			.update() == 1;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static InterestRequest request(ResultSet rs, int row) throws SQLException {
		return new InterestRequest(rs.getObject("id", UUID.class), rs.getString("name"),
				rs.getString("organisation_name"), rs.getString("email"), rs.getString("message"),
				InterestStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				rs.getString("language"));
	}
}
