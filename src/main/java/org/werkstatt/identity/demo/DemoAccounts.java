package org.werkstatt.identity.demo;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.Role;

/**
 * The fictional demo: its organisations and one person per role, all with {@link #PASSWORD}. The login
 * page lists the accounts while demo mode ({@code WERKSTATT_DEMO}) is on; the README lists them too.
 */
@Component
public class DemoAccounts {

	public static final String PASSWORD = "Werkstatt-Demo-2026";

	record DemoOrganisation(String slug, OrganisationType type, String name, String city, String profile) {
	}

	public record Account(String email, String name, String organisationSlug, @Nullable Role role) {

		/** The demo organisation the role belongs to; empty for the platform admin. */
		public String organisationName() {
			if (role == null) {
				return "";
			}
			return ORGANISATIONS.stream()
				.filter(o -> o.slug().equals(organisationSlug))
				.map(DemoOrganisation::name)
				.findFirst()
				.orElse("");
		}
	}

	static final String HOST = "jobcenter-hafenstadt";
	static final String NETWORK = "buendnis-nordufer";

	static final List<DemoOrganisation> ORGANISATIONS = List.of(
			new DemoOrganisation(HOST, OrganisationType.JOBCENTER, "Jobcenter Hafenstadt", "Hafenstadt",
					"Das Jobcenter Hafenstadt plant seine Arbeitsmarktpolitik gemeinsam mit Trägern, Stadt, Arbeitgebern und Bürgerinnen und Bürgern – offen und nachvollziehbar."),
			new DemoOrganisation("bildungswerk-kai", OrganisationType.PROVIDER, "Bildungswerk am Kai gGmbH", "Hafenstadt",
					"Träger für Aktivierung, Qualifizierung und berufliche Weiterbildung (AZAV-zertifiziert)."),
			new DemoOrganisation("perspektive-plus", OrganisationType.PROVIDER, "Perspektive Plus e. V.", "Hafenstadt",
					"Ganzheitliche Betreuung und Coaching für Menschen auf dem Weg in Arbeit."),
			new DemoOrganisation("stadt-hafenstadt", OrganisationType.MUNICIPALITY, "Stadt Hafenstadt", "Hafenstadt",
					"Kommunale Eingliederungsleistungen: Kinderbetreuung, Schuldner-, Sucht- und psychosoziale Beratung."),
			new DemoOrganisation("werft-logistik", OrganisationType.EMPLOYER, "Werft & Logistik Nord GmbH", "Hafenstadt",
					"Arbeitgeber aus Hafenlogistik und Schiffbau mit Ausbildungs- und Einstiegsplätzen."),
			new DemoOrganisation(NETWORK, OrganisationType.NETWORK, "Bündnis für Arbeit Nordufer", "Hafenstadt",
					"Ein offener Kreis aus Zivilgesellschaft, Politik, Verwaltung und Arbeitgebern im Stadtteil Nordufer. Wir treffen uns regelmäßig zu Werkstatttreffen und arbeiten an einem gemeinsamen Aktionsplan."));

	static final List<Account> ACCOUNTS = List.of(
			new Account("admin@jobcenter-hafenstadt.example", "Alex Admin", HOST, Role.ORGANISATION_ADMIN),
			new Account("planung@jobcenter-hafenstadt.example", "Paula Planer", HOST, Role.PLANNER),
			new Account("moderation@jobcenter-hafenstadt.example", "Mo Moderation", HOST, Role.MODERATOR),
			new Account("fallmanagement@jobcenter-hafenstadt.example", "Kim Fallmanagement", HOST, Role.CASEWORKER),
			new Account("bca@jobcenter-hafenstadt.example", "Chris Chancengleichheit", HOST,
					Role.EQUAL_OPPORTUNITY_OFFICER),
			new Account("datenschutz@jobcenter-hafenstadt.example", "Dana Datenschutz", HOST,
					Role.DATA_PROTECTION_OFFICER),
			new Account("traeger@bildungswerk-kai.example", "Tariq Träger", "bildungswerk-kai", Role.PROVIDER_STAFF),
			new Account("buero@buendnis-nordufer.example", "Bea Bündnisbüro", NETWORK, Role.ORGANISATION_ADMIN));

	static final String PLATFORM_ADMIN_EMAIL = "plattform@werkstatt.example";

	private final boolean enabled;

	/**
	 * Demo mode is what {@code WERKSTATT_DEMO} says; left unset, it is on for the embedded database and
	 * off for an external one, so that a production database never gets the demo's known passwords.
	 */
	DemoAccounts(@Value("${werkstatt.demo:}") String demo, @Value("${spring.datasource.url:}") String externalDatabase) {
		this.enabled = demo.isBlank() ? externalDatabase.isBlank() : Boolean.parseBoolean(demo.strip());
	}

	public boolean enabled() {
		return enabled;
	}

	/** The accounts to show on the login page: all of them in demo mode, none otherwise. */
	public List<Account> shown() {
		if (!enabled) {
			return List.of();
		}
		return java.util.stream.Stream
			.concat(java.util.stream.Stream.of(new Account(PLATFORM_ADMIN_EMAIL, "Plattform-Admin", HOST, null)),
					ACCOUNTS.stream())
			.toList();
	}
}
