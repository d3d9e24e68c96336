package org.werkstatt.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.werkstatt.FullStackTest;

/** A file over the upload limit gets a page in the visitor's language, on every form, not the container's bare error. */
class TooLargeUploadsTests extends FullStackTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anUploadOverTheLimitIsSentToAPageThatSaysHowLargeAFileMayBe() throws Exception {
		mvc.perform(post("/manage/jobcenter-hafenstadt/logo").contentType("multipart/form-data; boundary=x")
			.content(new byte[12 * 1024 * 1024]))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/upload-too-large"));
		mvc.perform(get("/upload-too-large?lang=da"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("højst fylde 10 MB")));
	}

	@Test
	void anUploadWithinTheLimitGoesOnAsUsual() throws Exception {
		mvc.perform(post("/manage/jobcenter-hafenstadt/logo").contentType("multipart/form-data; boundary=x")
			.content(new byte[1024]))
			.andExpect(status().is(Matchers.not(303)));
	}
}
