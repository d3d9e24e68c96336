package org.werkstatt.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;

/** The cooperation schema: its tables exist and refuse what the closed lists do not allow. */
class CooperationSchemaTests extends FullStackTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTablesExist() {
		List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema()")
			.query(String.class)
			.list();
		assertThat(tables).contains("agreement", "agreement_version", "agreement_offer", "agreement_staff",
				"agreement_contact", "coop_participant", "coop_participant_status", "coop_participant_assignment", "consent_text",
				"consent");
	}

	@Test
	void anUnknownDataCategoryIsRefused() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into agreement (jobcenter_id, provider_id, title, valid_from, valid_until, data_categories, created_by)
				values (gen_random_uuid(), gen_random_uuid(), 't', current_date, current_date, '{RELIGION}', gen_random_uuid())""")
			.update()).hasMessageContaining("check");
	}
}
