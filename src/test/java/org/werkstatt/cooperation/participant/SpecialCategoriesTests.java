package org.werkstatt.cooperation.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Special categories sealed with Tink: readable only for the participant they were sealed for. */
class SpecialCategoriesTests {

	@Test
	void sealsAndOpensOnlyForTheSameParticipant() throws Exception {
		SpecialCategories categories = new SpecialCategories("");
		UUID one = UUID.randomUUID();
		byte[] sealed = categories.seal(one, "Diabetes Typ 1");
		assertThat(sealed).isNotNull();
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Diabetes");
		assertThat(categories.open(one, sealed)).isEqualTo("Diabetes Typ 1");
		assertThatThrownBy(() -> categories.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
		assertThat(categories.seal(one, "  ")).isNull();
	}
}
