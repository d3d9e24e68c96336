package org.werkstatt.identity.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.DemoLoaded;
import org.werkstatt.identity.OrganisationType;
import org.werkstatt.identity.organisation.LegalTexts;
import org.werkstatt.identity.organisation.Logo;
import org.werkstatt.identity.organisation.OrganisationProfile;
import org.werkstatt.identity.organisation.OrganisationStore;
import org.werkstatt.identity.person.People;
import org.werkstatt.platform.web.Texts;

/** Loads the fictional demo described in {@link DemoAccounts} into an empty database. */
@Component
class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoAccounts accounts;
	private final OrganisationStore organisations;
	private final People people;
	private final PasswordEncoder passwordEncoder;
	private final ApplicationEventPublisher events;

	DemoData(DemoAccounts accounts, OrganisationStore organisations, People people, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	void loadIfEnabled() {
		if (!accounts.enabled()) {
			return;
		}
		Map<String, UUID> ids = new HashMap<>();
		for (DemoAccounts.DemoOrganisation o : DemoAccounts.ORGANISATIONS) {
			UUID id = organisations.create(o.slug(), o.type(), o.name(), o.slug().equals(DemoAccounts.HOST));
			organisations.updateProfile(id, new OrganisationProfile(o.name(), "Hafenweg 1", "20000", o.city(),
					"Hafenstadt-Nord", null, o.profile(), null, null));
			organisations.updateTexts(id, legalTexts(o.name()));
			ids.put(o.slug(), id);
		}
		// every organisation of the demo is a member of the network
		UUID network = ids.get(DemoAccounts.NETWORK);
		DemoAccounts.ORGANISATIONS.stream()
			.filter(o -> o.type() != OrganisationType.NETWORK)
			.forEach(o -> organisations.addNetworkMember(network, ids.get(o.slug())));
		organisations.setLogo(ids.get(DemoAccounts.HOST), new Logo("image/png", logo(new Color(0x00, 0x4B, 0x76))));
		organisations.setLogo(network, new Logo("image/png", logo(new Color(0x1B, 0x6E, 0x3A))));

		String hash = passwordEncoder.encode(DemoAccounts.PASSWORD);
		people.create(DemoAccounts.PLATFORM_ADMIN_EMAIL, "Plattform-Admin", "de", hash, true);
		for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
			UUID person = people.create(account.email(), account.name(), "de", hash, false);
			if (account.role() != null) {
				people.grant(person, ids.get(account.organisationSlug()), account.role(), null);
			}
		}
		log.info("Loaded the demo: {} organisations and {} people (password in the README)",
				DemoAccounts.ORGANISATIONS.size(), DemoAccounts.ACCOUNTS.size() + 1);
		// other modules add their part of the demo, in this transaction
		events.publishEvent(new DemoLoaded(Map.copyOf(ids)));
	}

	/** Imprint and privacy statement in all three languages; the accessibility statement has no Danish version yet. */
	private static LegalTexts legalTexts(String name) {
		return LegalTexts.of(new Texts(
				name + "\nHafenweg 1, 20000 Hafenstadt\n\nDies ist eine fiktive Organisation der Werkstatt-Demo.",
				name + "\nHafenweg 1, 20000 Hafenstadt\n\nDette er en fiktiv organisation i Werkstatt-demoen.",
				name + "\nHafenweg 1, 20000 Hafenstadt\n\nThis is a fictional organisation of the Werkstatt demo."),
				new Texts("Diese Demo speichert keine echten personenbezogenen Daten. " + name
						+ " verarbeitet Daten nur, soweit es für die Zusammenarbeit auf dieser Plattform nötig ist.",
						"Denne demo gemmer ingen rigtige personoplysninger. " + name
								+ " behandler kun oplysninger, i det omfang samarbejdet på denne platform kræver det.",
						"This demo stores no real personal data. " + name
								+ " processes data only as far as the cooperation on this platform requires."),
				new Texts("Diese Website soll die BITV 2.0 / WCAG 2.1 AA erfüllen. Barrieren melden Sie bitte an "
						+ "barrierefreiheit@hafenstadt.example.", null,
						"This website aims to meet BITV 2.0 / WCAG 2.1 AA. Please report barriers to "
								+ "barrierefreiheit@hafenstadt.example."));
	}

	/** A small geometric logo, drawn without fonts so that it renders on any headless machine. */
	private static byte[] logo(Color color) {
		BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(color);
			g.fillRoundRect(0, 0, 96, 96, 20, 20);
			g.setColor(Color.WHITE);
			g.fillPolygon(new int[] { 16, 30, 40, 48, 56, 66, 80, 70, 58, 48, 38, 26 },
					new int[] { 24, 24, 58, 34, 58, 24, 24, 72, 72, 48, 72, 72 }, 12);
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
