package org.werkstatt.identity.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.Organisations;
import org.werkstatt.platform.web.Texts;

/** Reads and writes organisations, their logos and network memberships. */
@Repository
public class OrganisationStore implements Organisations {

	private static final String COLUMNS = """
			o.id, o.slug, o.type, o.name, o.street, o.postal_code, o.city, o.region, o.website,
			o.profile_text, o.profile_text_da, o.profile_text_en, o.imprint_text, o.imprint_text_da, o.imprint_text_en,
			o.privacy_text, o.privacy_text_da, o.privacy_text_en,
			o.accessibility_text, o.accessibility_text_da, o.accessibility_text_en, o.site_owner,
			exists (select 1 from organisation_logo l where l.organisation_id = o.id) as has_logo
			""";
	private static final String SUMMARY = """
			o.id, o.slug, o.type, o.name, o.city,
			exists (select 1 from organisation_logo l where l.organisation_id = o.id) as has_logo
			""";
	private static final String SUMMARY_ATTRIBUTE = OrganisationStore.class.getName() + ".summary.";
	private static final Duration HOST_CACHE = Duration.ofSeconds(30);

	private final JdbcClient jdbc;
	private volatile @Nullable CachedHost cachedHost;

	private record CachedHost(Optional<OrganisationSummary> host, long expiresAt) {
	}

	OrganisationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<OrganisationSummary> host() {
		CachedHost cached = cachedHost;
		if (cached == null || cached.expiresAt() < System.nanoTime()) {
			Optional<OrganisationSummary> host = jdbc.sql("select " + SUMMARY + " from organisation o where o.site_owner")
				.query(OrganisationStore::summary)
				.optional();
			cached = new CachedHost(host, System.nanoTime() + HOST_CACHE.toNanos());
			cachedHost = cached;
		}
		return cached.host();
	}

	@Override
	public Optional<OrganisationSummary> bySlug(String slug) {
		return findBySlug(slug).map(Organisation::summary);
	}

	/** Read once per request (a page's frame and its tabs both ask); a change in the request forgets it. */
	@Override
	public Optional<OrganisationSummary> byId(UUID id) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = SUMMARY_ATTRIBUTE + id;
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof OrganisationSummary known) {
			return Optional.of(known);
		}
		Optional<OrganisationSummary> found = jdbc.sql("select " + SUMMARY + " from organisation o where o.id = ?")
			.param(id)
			.query(OrganisationStore::summary)
			.optional();
		if (request != null && found.isPresent()) {
			request.setAttribute(key, found.get(), RequestAttributes.SCOPE_REQUEST);
		}
		return found;
	}

	private static void forget(UUID id) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(SUMMARY_ATTRIBUTE + id, RequestAttributes.SCOPE_REQUEST);
		}
	}

	@Override
	public Map<UUID, OrganisationSummary> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select " + SUMMARY + " from organisation o where o.id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(OrganisationStore::summary)
			.list()
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
	}

	@Override
	public List<OrganisationSummary> partners() {
		return jdbc.sql("select " + SUMMARY + " from organisation o where o.type <> 'NETWORK' order by o.name")
			.query(OrganisationStore::summary)
			.list();
	}

	@Override
	public List<OrganisationSummary> networks() {
		return jdbc.sql("select " + SUMMARY + " from organisation o where o.type = 'NETWORK' order by o.name")
			.query(OrganisationStore::summary)
			.list();
	}

	public Optional<Organisation> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from organisation o where o.id = ?")
			.param(id)
			.query(OrganisationStore::organisation)
			.optional();
	}

	public Optional<Organisation> findBySlug(String slug) {
		return jdbc.sql("select " + COLUMNS + " from organisation o where o.slug = ?")
			.param(slug)
			.query(OrganisationStore::organisation)
			.optional();
	}

	public List<Organisation> all() {
		return jdbc.sql("select " + COLUMNS + " from organisation o order by o.name")
			.query(OrganisationStore::organisation)
			.list();
	}

	public boolean slugTaken(String slug) {
		return jdbc.sql("select count(*) from organisation where slug = ?").param(slug).query(Integer.class).single() > 0;
	}

	@Transactional
	public UUID create(String slug, OrganisationType type, String name, boolean siteOwner) {
		if (siteOwner) {
			jdbc.sql("update organisation set site_owner = false where site_owner").update();
		}
		UUID id = jdbc.sql("insert into organisation (slug, type, name, site_owner) values (?, ?, ?, ?) returning id")
			.params(slug, type.name(), name, siteOwner)
			.query(UUID.class)
			.single();
		cachedHost = null;
		return id;
	}

	public void updateProfile(UUID id, OrganisationProfile profile) {
		forget(id);
		jdbc.sql("""
				update organisation set name = ?, street = ?, postal_code = ?, city = ?, region = ?, website = ?,
				       profile_text = ?, profile_text_da = ?, profile_text_en = ?, updated_at = now()
				where id = ?""")
			.params(profile.name().strip(), blankToNull(profile.street()), blankToNull(profile.postalCode()),
					blankToNull(profile.city()), blankToNull(profile.region()), blankToNull(profile.website()),
					profile.profileTexts().de(), profile.profileTexts().da(), profile.profileTexts().en(), id)
			.update();
		cachedHost = null;
	}

	public void updateTexts(UUID id, LegalTexts texts) {
		forget(id);
		jdbc.sql("""
				update organisation set imprint_text = ?, imprint_text_da = ?, imprint_text_en = ?,
				       privacy_text = ?, privacy_text_da = ?, privacy_text_en = ?,
				       accessibility_text = ?, accessibility_text_da = ?, accessibility_text_en = ?, updated_at = now()
				where id = ?""")
			.params(texts.imprint().de(), texts.imprint().da(), texts.imprint().en(), texts.privacy().de(),
					texts.privacy().da(), texts.privacy().en(), texts.accessibility().de(), texts.accessibility().da(),
					texts.accessibility().en(), id)
			.update();
	}

	public void setLogo(UUID id, Logo logo) {
		forget(id);
		jdbc.sql("""
				insert into organisation_logo (organisation_id, content_type, data) values (?, ?, ?)
				on conflict (organisation_id) do update set content_type = excluded.content_type,
				    data = excluded.data, updated_at = now()""")
			.params(id, logo.contentType(), logo.data())
			.update();
		cachedHost = null;
	}

	public Optional<Logo> logo(String slug) {
		return jdbc.sql("""
				select l.content_type, l.data from organisation_logo l
				join organisation o on o.id = l.organisation_id where o.slug = ?""")
			.param(slug)
			.query((rs, n) -> new Logo(rs.getString("content_type"), rs.getBytes("data")))
			.optional();
	}

	@Override
	public List<OrganisationSummary> networkMembers(UUID networkId) {
		return jdbc.sql("select " + SUMMARY + """
				 from organisation o join network_member m on m.member_id = o.id
				where m.network_id = ? order by o.name""")
			.param(networkId)
			.query(OrganisationStore::summary)
			.list();
	}

	@Override
	public List<UUID> networksOf(UUID memberId) {
		return jdbc.sql("select network_id from network_member where member_id = ?").param(memberId).query(UUID.class).list();
	}

	public void addNetworkMember(UUID networkId, UUID memberId) {
		jdbc.sql("insert into network_member (network_id, member_id) values (?, ?) on conflict do nothing")
			.params(networkId, memberId)
			.update();
	}

	public void removeNetworkMember(UUID networkId, UUID memberId) {
		jdbc.sql("delete from network_member where network_id = ? and member_id = ?").params(networkId, memberId).update();
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static OrganisationSummary summary(ResultSet rs, int row) throws SQLException {
		return new OrganisationSummary(rs.getObject("id", UUID.class), rs.getString("slug"),
				OrganisationType.valueOf(rs.getString("type")), rs.getString("name"), rs.getString("city"),
				rs.getBoolean("has_logo"));
	}

	private static Organisation organisation(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getObject("id", UUID.class), rs.getString("slug"),
				OrganisationType.valueOf(rs.getString("type")), rs.getString("name"), rs.getString("street"),
				rs.getString("postal_code"), rs.getString("city"), rs.getString("region"), rs.getString("website"),
				texts(rs, "profile_text"), texts(rs, "imprint_text"), texts(rs, "privacy_text"),
				texts(rs, "accessibility_text"), rs.getBoolean("site_owner"), rs.getBoolean("has_logo"));
	}

	/** A text's German version is kept in the column of its name, the others with {@code _da} and {@code _en}. */
	private static Texts texts(ResultSet rs, String column) throws SQLException {
		return new Texts(rs.getString(column), rs.getString(column + "_da"), rs.getString(column + "_en"));
	}
}
