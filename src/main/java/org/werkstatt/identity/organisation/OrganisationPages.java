package org.werkstatt.identity.organisation;

import java.time.Duration;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.werkstatt.identity.OrganisationPageSection;
import org.werkstatt.identity.network.InterestForm;
import org.werkstatt.identity.network.InterestDesk;
import org.werkstatt.platform.web.Flash;
import org.werkstatt.platform.web.Language;
import org.werkstatt.platform.web.NotFoundException;
import org.werkstatt.platform.web.SiteLanguage;

/**
 * The public pages of an organisation: its profile, logo and legal statements. A network's page also
 * lists its members and takes requests to join. Other modules add sections ({@link OrganisationPageSection}).
 */
@Controller
class OrganisationPages {

	private final OrganisationStore organisations;
	private final InterestDesk interest;
	private final ObjectProvider<OrganisationPageSection> sections;
	private final SiteLanguage site;

	OrganisationPages(OrganisationStore organisations, InterestDesk interest,
			ObjectProvider<OrganisationPageSection> sections, SiteLanguage site) {
		this.site = site;
		this.organisations = organisations;
		this.interest = interest;
		this.sections = sections;
	}

	@GetMapping("/o/{slug}")
	String profile(@PathVariable String slug, Model model, CsrfToken csrf) {
		Organisation organisation = organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
		if (organisation.isNetwork()) {
			model.addAttribute("interest", InterestForm.empty());
			// the form's token is made now: the sections above it may fill the response buffer before it renders
			csrf.getToken();
		}
		return page(organisation, model);
	}

	@PostMapping("/o/{slug}/interest")
	String expressInterest(@PathVariable String slug, @Valid @ModelAttribute("interest") InterestForm form,
			BindingResult result, Model model, Locale locale, CsrfToken csrf, RedirectAttributes redirect) {
		Organisation network = organisations.findBySlug(slug)
			.filter(Organisation::isNetwork)
			.orElseThrow(NotFoundException::new);
		if (result.hasErrors()) {
			csrf.getToken();
			return page(network, model);
		}
		interest.submit(network.id(), network.name(), form,
				Language.of(locale.getLanguage()).orElse(Language.DEFAULT).code());
		Flash.notice(redirect, "interest.thanks");
		return "redirect:/o/" + slug + "#interest";
	}

	@GetMapping("/o/{slug}/logo")
	ResponseEntity<byte[]> logo(@PathVariable String slug) {
		Logo logo = organisations.logo(slug).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(logo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.body(logo.data());
	}

	@GetMapping("/o/{slug}/{page:imprint|privacy|accessibility}")
	String legal(@PathVariable String slug, @PathVariable String page, Model model) {
		Organisation organisation = organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
		return legalPage(organisation, page, model);
	}

	/** The site's own statements are those of the organisation that runs it. */
	@GetMapping("/{page:imprint|privacy|accessibility}")
	String siteLegal(@PathVariable String page, Model model) {
		Organisation host = organisations.host()
			.flatMap(summary -> organisations.find(summary.id()))
			.orElseThrow(NotFoundException::new);
		return legalPage(host, page, model);
	}

	private String legalPage(Organisation organisation, String path, Model model) {
		LegalPage page = LegalPage.ofPath(path).orElseThrow(NotFoundException::new);
		model.addAttribute("organisation", organisation);
		model.addAttribute("page", page);
		model.addAttribute("text", site.text(organisation.legalTexts(page)));
		model.addAttribute("textLanguage", site.languageOf(organisation.legalTexts(page)));
		return "identity/legal";
	}

	private String page(Organisation organisation, Model model) {
		model.addAttribute("organisation", organisation);
		if (organisation.isNetwork()) {
			model.addAttribute("members", organisations.networkMembers(organisation.id()));
		}
		var summary = organisations.byId(organisation.id()).orElseThrow(NotFoundException::new);
		model.addAttribute("sections", sections.orderedStream().flatMap(s -> s.of(summary).stream()).toList());
		return "identity/organisation";
	}
}
