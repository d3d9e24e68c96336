package org.werkstatt.cooperation.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** The participant list's page number and status filter, as read from the address (the rows: ProviderVisibilityTests). */
class ListPageTests {

	@AfterEach
	void forget() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void thePageLinksKeepTheStatusMarkTheCurrentPageAndAreNoneForOnePage() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		LocaleContextHolder.setLocale(Locale.GERMAN);
		UUID agreement = UUID.randomUUID();
		ListPage second = ListPage.of("participating", "2");
		second.counted(800);
		String links = ParticipantRowsHtml.pagination(agreement, second, messages);
		String base = "/work/coop/" + agreement + "/participants?status=PARTICIPATING&amp;page=";
		assertThat(links).contains("href=\"" + base + "1\" rel=\"prev\"", "href=\"" + base + "2\" aria-current=\"page\">2<",
				"href=\"" + base + "5\">5<", "href=\"" + base + "3\" rel=\"next\"").doesNotContain(base + "6\"");

		ListPage only = ListPage.of(null, "1");
		only.counted(50);
		assertThat(ParticipantRowsHtml.pagination(agreement, only, messages)).isEmpty();

		assertThat(ParticipantRowsHtml.statusOptions(second, messages))
			.contains("<option value=\"PARTICIPATING\" selected=\"selected\">").contains("<option value=\"ENDED\">");
	}

	@Test
	void fiftyAPageAndAPageBeyondTheLastShowsTheLast() {
		ListPage second = ListPage.of(null, "2");
		assertThat(second.offset()).isEqualTo(50);
		second.counted(120);
		assertThat(second.pages()).isEqualTo(3);
		assertThat(second.number()).isEqualTo(2);
		assertThat(second.offset()).isEqualTo(50);
		assertThat(second.matching()).isEqualTo(120);

		ListPage beyond = ListPage.of(null, "99");
		beyond.counted(120);
		assertThat(beyond.number()).isEqualTo(3);
		assertThat(beyond.offset()).isEqualTo(100);

		ListPage nonsense = ListPage.of(null, "-4");
		assertThat(nonsense.offset()).isZero();
		nonsense.counted(120);
		assertThat(nonsense.number()).isEqualTo(1);
	}

	@Test
	void aStatusIsReadAndAnUnknownStatusShowsAll() {
		assertThat(ListPage.of("ended", null).status()).isEqualTo(ParticipantStatus.ENDED);
		assertThat(ListPage.of("ALL'); drop", "1").status()).isNull();
		assertThat(ListPage.of(null, "zwei").number()).isEqualTo(1);

		ListPage empty = ListPage.of("INTERRUPTED", "3");
		empty.counted(0);
		assertThat(empty.pages()).isEqualTo(1);
		assertThat(empty.number()).isEqualTo(1);
		assertThat(empty.offset()).isZero();
	}
}
