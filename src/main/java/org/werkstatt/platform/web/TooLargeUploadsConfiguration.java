package org.werkstatt.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;

/** Registers {@link TooLargeUploads} before Spring Security and shows the page it sends the browser to. */
@Configuration(proxyBeanMethods = false)
class TooLargeUploadsConfiguration {

	@Bean
	FilterRegistrationBean<TooLargeUploads> tooLargeUploads(
			@Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxRequestSize) {
		FilterRegistrationBean<TooLargeUploads> registration = new FilterRegistrationBean<>(new TooLargeUploads(maxRequestSize));
		registration.setOrder(-105);
		registration.addUrlPatterns("/*");
		return registration;
	}

	@Controller
	static class Page {

		private final long megabytes;

		Page(@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize) {
			this.megabytes = maxFileSize.toMegabytes();
		}

		@GetMapping(TooLargeUploads.PAGE)
		String tooLarge(Model model) {
			model.addAttribute("megabytes", megabytes);
			return "error/upload-too-large";
		}
	}
}
