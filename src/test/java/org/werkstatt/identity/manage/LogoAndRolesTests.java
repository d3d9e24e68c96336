package org.werkstatt.identity.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.werkstatt.identity.Logins.as;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.werkstatt.FullStackTest;
import org.werkstatt.identity.Logins;

/** The logo upload checks what a file really is; the last admin role of an organisation stays. */
class LogoAndRolesTests extends FullStackTest {

	private static final byte[] PNG_HEADER = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void acceptsAPngAndServesItWithItsType() throws Exception {
		mvc.perform(multipart("/manage/perspektive-plus/logo").file(new MockMultipartFile("logo", "logo.png", "image/png", PNG_HEADER))
			.with(as(people, Logins.PLATFORM_ADMIN))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "logo.saved"));
		mvc.perform(get("/o/perspektive-plus/logo"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(content().bytes(PNG_HEADER));
	}

	@Test
	void refusesAScriptNamedLikeAnImage() throws Exception {
		mvc.perform(multipart("/manage/stadt-hafenstadt/logo")
			.file(new MockMultipartFile("logo", "logo.png", "image/png", "<svg onload=alert(1)>".getBytes()))
			.with(as(people, Logins.PLATFORM_ADMIN))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("kein PNG-, JPEG- oder WebP-Bild")));
		mvc.perform(get("/o/stadt-hafenstadt/logo")).andExpect(status().isNotFound());
	}

	@Test
	void refusesALogoOverTheLimit() throws Exception {
		byte[] large = new byte[600 * 1024];
		System.arraycopy(PNG_HEADER, 0, large, 0, PNG_HEADER.length);
		mvc.perform(multipart("/manage/werft-logistik/logo").file(new MockMultipartFile("logo", "big.png", "image/png", large))
			.with(as(people, Logins.PLATFORM_ADMIN))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("höchstens 512 KB")));
	}

	@Test
	void theLastAdminRoleCannotBeTakenAway() throws Exception {
		UUID network = jdbc.sql("select id from organisation where slug = 'buendnis-nordufer'").query(UUID.class).single();
		UUID office = jdbc.sql("select id from person where email = ?").param(Logins.NETWORK_ADMIN).query(UUID.class).single();
		mvc.perform(post("/manage/buendnis-nordufer/members/revoke").param("personId", office.toString())
			.param("role", "ORGANISATION_ADMIN")
			.with(as(people, Logins.NETWORK_ADMIN))
			.with(csrf())).andExpect(flash().attribute("problem", "members.lastAdmin"));
		assertThat(jdbc.sql("select count(*) from membership where organisation_id = ? and role = 'ORGANISATION_ADMIN'")
			.param(network).query(Integer.class).single()).isEqualTo(1);
	}
}
