package org.werkstatt.planning.files;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.planning.plan.Plan;
import org.werkstatt.planning.plan.PlanAccess;
import org.werkstatt.platform.files.Csv;
import org.werkstatt.platform.files.Workbook;

import tools.jackson.databind.json.JsonMapper;

/**
 * A plan as files, for everyone who may read it ({@link PlanAccess#readable}): CSV (the measures, one per row,
 * with the import's headings), a workbook (measures, fields of action, goals with indicator values), a PDF
 * to print, and JSON open data ({@code /open-data/plan.schema.json}). Headings and names follow the reader's
 * language ({@code ?lang=de|da|en}); each file is loaded in the same nine queries.
 */
@Controller
class ExportFiles {

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final PlanAccess access;
	private final PlanExports exports;
	private final StatusLabels labels;
	private final MessageSource messages;
	private final JsonMapper json;

	ExportFiles(PlanAccess access, PlanExports exports, StatusLabels labels, MessageSource messages, JsonMapper json) {
		this.access = access;
		this.exports = exports;
		this.labels = labels;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/plans/{planId}/export.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID planId, Locale locale) {
		PlanData data = exports.load(access.readable(planId));
		Csv csv = Csv.semicolonSeparated();
		tables(data, locale).measures().forEach(csv::row);
		return file(data.plan(), "csv", CSV, csv.bytes());
	}

	@GetMapping("/plans/{planId}/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID planId, Locale locale) {
		PlanData data = exports.load(access.readable(planId));
		PlanTables tables = tables(data, locale);
		Workbook workbook = new Workbook(locale);
		fill(workbook.sheet(tables.text("files.export.measures")), tables.measures(), 8, 40, 50, 24, 24, 24, 14, 10, 12, 12,
				12, 8, 50);
		fill(workbook.sheet(tables.text("files.export.fields")), tables.fields(), 8, 30, 50, 30);
		fill(workbook.sheet(tables.text("files.export.goals")), tables.goals(), 30, 24, 30, 10, 10, 10, 20, 12, 10);
		return file(data.plan(), "xlsx", XLSX, workbook.bytes());
	}

	@GetMapping("/plans/{planId}/export.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID planId, Locale locale) {
		PlanData data = exports.load(access.readable(planId));
		OrganisationSummary owner = data.owner();
		byte[] pdf = new PlanPdf(tables(data, locale)).write(data, owner == null ? "" : owner.name(),
				SummaryText.of(data.summary(), labels, messages, locale), locale);
		return file(data.plan(), "pdf", MediaType.APPLICATION_PDF, pdf);
	}

	@GetMapping("/plans/{planId}/export.json")
	ResponseEntity<byte[]> json(@PathVariable UUID planId, Locale locale) {
		PlanData data = exports.load(access.readable(planId));
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
		if (data.plan().isPublic()) {
			// open data: other sites' scripts may read it
			response.header("Access-Control-Allow-Origin", "*");
		}
		return response.body(json.writeValueAsBytes(PlanJson.of(data, labels, locale)));
	}

	private PlanTables tables(PlanData data, Locale locale) {
		return new PlanTables(data, labels, messages, locale);
	}

	private static void fill(Workbook.Sheet sheet, List<Object[]> rows, double... widths) {
		for (int i = 0; i < widths.length; i++) {
			sheet.width(i + 1, widths[i]);
		}
		rows.forEach(sheet::row);
	}

	private static ResponseEntity<byte[]> file(Plan plan, String extension, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header("Content-Disposition",
					ContentDisposition.attachment().filename("plan-" + plan.id() + "." + extension).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}
}
