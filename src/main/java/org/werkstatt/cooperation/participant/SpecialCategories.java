package org.werkstatt.cooperation.participant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;

/**
 * Seals and opens the special categories of a participant (health, disability, minority) with Google Tink's AEAD
 * (AES256-GCM), the participant's id as associated data (a ciphertext copied to another participant does not open).
 * The keyset comes from {@code werkstatt.cooperation.keyset} (environment {@code WERKSTATT_COOPERATION_KEYSET}, a Tink
 * JSON keyset); without it the development keyset in the classpath is used, with a warning: never in production.
 * Rotation: add a new key to the keyset and make it primary; old ciphertexts still open with their key (docs/cooperation.md).
 */
@Component
public class SpecialCategories {

	private static final Logger LOG = LoggerFactory.getLogger(SpecialCategories.class);
	private static final String DEVELOPMENT_KEYSET = "/cooperation/development-keyset.json";

	private final Aead aead;

	SpecialCategories(@Value("${werkstatt.cooperation.keyset:}") String keyset) throws GeneralSecurityException, IOException {
		AeadConfig.register();
		String json = keyset;
		if (json.isBlank()) {
			LOG.warn("Cooperation: the development keyset seals special categories; set WERKSTATT_COOPERATION_KEYSET in production");
			try (InputStream in = SpecialCategories.class.getResourceAsStream(DEVELOPMENT_KEYSET)) {
				if (in == null) {
					throw new IllegalStateException("No development keyset");
				}
				json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
		this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
	}

	/** The text sealed for this participant; null or blank text gives null (nothing stored). */
	public byte @Nullable [] seal(UUID participantId, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return aead.encrypt(text.strip().getBytes(StandardCharsets.UTF_8), associated(participantId));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Sealing failed", e);
		}
	}

	/** The text of a ciphertext sealed for this participant. */
	public @Nullable String open(UUID participantId, byte @Nullable [] ciphertext) {
		if (ciphertext == null) {
			return null;
		}
		try {
			return new String(aead.decrypt(ciphertext, associated(participantId)), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A sealed special category does not open (wrong key or participant)", e);
		}
	}

	private static byte[] associated(UUID participantId) {
		return ("coop_participant:" + participantId).getBytes(StandardCharsets.UTF_8);
	}
}
