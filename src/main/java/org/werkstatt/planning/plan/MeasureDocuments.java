package org.werkstatt.planning.plan;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.werkstatt.platform.web.NotFoundException;

/**
 * A document of a measure's interim results, for everyone who may read the plan ("not found" for anyone
 * else): always a download, never shown inline, and never sniffed as another type.
 */
@Controller
class MeasureDocuments {

	private final MeasureStore measures;
	private final PlanAccess access;
	private final InterimResults results;

	MeasureDocuments(MeasureStore measures, PlanAccess access, InterimResults results) {
		this.measures = measures;
		this.access = access;
		this.results = results;
	}

	@GetMapping("/measures/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
		// a measure made by a draft decision is not public yet, and neither are its documents
		Measure measure = measures.find(id).filter(m -> measures.published(m.id())).orElseThrow(NotFoundException::new);
		Plan plan = access.readable(measure.planId());
		InterimResults.File file = results.file(measure.id(), documentId).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(plan.isPublic() ? CacheControl.noCache() : CacheControl.noStore())
			.body(file.data());
	}
}
