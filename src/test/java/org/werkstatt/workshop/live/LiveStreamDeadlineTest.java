package org.werkstatt.workshop.live;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * {@code werkstatt.live.write-deadline}: any value longer than the keep-alive; a shorter one would end a quiet
 * stream that is read, so the node does not start with it and says why.
 */
class LiveStreamDeadlineTest {

	@Test
	void aWriteDeadlineNotLongerThanTheKeepAliveIsRefusedWithTheSettingsName() {
		assertThatThrownBy(() -> new LiveStream(new LiveMetrics(), LiveStream.KEEP_ALIVE))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("werkstatt.live.write-deadline")
			.hasMessageContaining("4 s");
		assertThatThrownBy(() -> new LiveStream(new LiveMetrics(), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
		assertThatCode(() -> new LiveStream(new LiveMetrics(), LiveStream.WRITE_DEADLINE)).doesNotThrowAnyException();
		assertThatCode(() -> new LiveStream(new LiveMetrics(), Duration.ofSeconds(15))).doesNotThrowAnyException();
	}
}
