package org.werkstatt.identity.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.werkstatt.identity.CurrentUser;

/** The signed-in person's start page: "my work", per organisation and role. */
@Controller
class WorkspacePage {

	private final Workspace workspace;
	private final CurrentUser currentUser;

	WorkspacePage(Workspace workspace, CurrentUser currentUser) {
		this.workspace = workspace;
		this.currentUser = currentUser;
	}

	@GetMapping("/my-work")
	String myWork(Model model) {
		model.addAttribute("work", workspace.mine());
		model.addAttribute("platformAdmin", currentUser.isPlatformAdmin());
		return "identity/workspace";
	}

	/** The former entry to an organisation's pages leads to the start page, which lists them all. */
	@GetMapping("/manage")
	String manage() {
		return "redirect:/my-work";
	}
}
