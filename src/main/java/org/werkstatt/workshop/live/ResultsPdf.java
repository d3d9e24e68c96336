package org.werkstatt.workshop.live;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.context.MessageSource;
import org.werkstatt.platform.files.PdfFonts;
import org.werkstatt.platform.files.TaggedPdf;
import org.werkstatt.workshop.event.Event;

/**
 * The printable documentation of the day (OpenPDF): the event, its counts, each wall with its ranked ideas,
 * dots, merged ideas and hidden counts, and the photos with their captions. Liberation Sans is embedded, so
 * umlauts, æ ø å and typographic quotes print on every machine. Page numbers, numbers in the reader's language,
 * tagged as far as OpenPDF allows ({@link TaggedPdf}).
 */
final class ResultsPdf {

	/** The facts at the top of the first page, already in the reader's language. */
	record Facts(String date, String venue, String organiser) {
	}

	/** A photo to print: what it shows, and its bytes if they are JPEG or PNG (PDF cannot hold WebP). */
	record PrintedPhoto(Photo photo, Photo.@Nullable File file) {
	}

	private static final BaseFont REGULAR = PdfFonts.REGULAR;
	private static final BaseFont BOLD = PdfFonts.BOLD;

	private final MessageSource messages;
	private final Locale locale;
	private final Font body = new Font(REGULAR, 10.5f);
	private final Font small = new Font(REGULAR, 9f);
	private final Font strong = new Font(BOLD, 10.5f);
	private final Font heading = new Font(BOLD, 14f);
	private final Font title = new Font(BOLD, 20f);

	ResultsPdf(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	byte[] write(Event event, Facts facts, Results results, List<PrintedPhoto> photos) {
		return TaggedPdf.write(PageSize.A4, 56, locale, text("results.title") + ": " + event.title(), small,
				(page, pages) -> text("pdf.page", page, pages), pdf -> {
					pdf.paragraph(new Paragraph(text("results.pdf.subtitle"), small));
					Paragraph heading = new Paragraph(event.title(), title);
					heading.setSpacingAfter(8);
					pdf.heading(1, heading);
					pdf.table(facts(facts, results));
					for (Results.WallResult wall : results.walls()) {
						wall(pdf, wall);
					}
					photos(pdf, photos);
				});
	}

	private PdfPTable facts(Facts facts, Results results) {
		PdfPTable table = new PdfPTable(new float[] { 1, 3 });
		table.setWidthPercentage(100);
		table.setSpacingAfter(12);
		fact(table, text("results.pdf.date"), facts.date());
		if (!facts.venue().isBlank()) {
			fact(table, text("results.pdf.venue"), facts.venue());
		}
		fact(table, text("results.pdf.organiser"), facts.organiser());
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		fact(table, text("live.participants"), numbers.format(results.participants()));
		fact(table, text("results.ideas"), numbers.format(results.ideas()));
		fact(table, text("results.walls"), numbers.format(results.walls().size()));
		return table;
	}

	private void fact(PdfPTable table, String label, String value) {
		for (Phrase phrase : List.of(new Phrase(label, strong), new Phrase(value, body))) {
			PdfPCell cell = new PdfPCell(phrase);
			cell.setBorder(PdfPCell.NO_BORDER);
			cell.setPaddingBottom(4);
			table.addCell(cell);
		}
	}

	private void wall(TaggedPdf pdf, Results.WallResult wall) throws DocumentException {
		Paragraph title = new Paragraph(wall.wall().title(), heading);
		title.setSpacingBefore(14);
		title.setSpacingAfter(2);
		pdf.heading(2, title);
		if (wall.wall().question() != null) {
			pdf.paragraph(new Paragraph(wall.wall().question(), body));
		}
		StringBuilder counts = new StringBuilder(text("results.ideaCount", wall.ideas().size()));
		if (wall.hidden() > 0) {
			counts.append(" · ").append(text("results.hiddenCount", wall.hidden()));
		}
		if (wall.withdrawn() > 0) {
			counts.append(" · ").append(text("results.withdrawnCount", wall.withdrawn()));
		}
		Paragraph summary = new Paragraph(counts.toString(), small);
		summary.setSpacingAfter(6);
		pdf.paragraph(summary);
		for (Results.RankedIdea ranked : wall.ideas()) {
			Paragraph idea = new Paragraph();
			idea.setIndentationLeft(22);
			idea.setFirstLineIndent(-22);
			idea.setSpacingAfter(3);
			idea.add(new Chunk(NumberFormat.getIntegerInstance(locale).format(ranked.rank()) + ".  ", strong));
			idea.add(new Chunk(ranked.idea().text(), body));
			idea.add(new Chunk("  –  " + text("dots.count", ranked.idea().score()), strong));
			pdf.paragraph(idea);
			if (!ranked.merged().isEmpty()) {
				org.openpdf.text.List merged = new org.openpdf.text.List(false, 10);
				merged.setListSymbol(new Chunk("–", small));
				merged.setIndentationLeft(22);
				for (Idea other : ranked.merged()) {
					merged.add(new ListItem(text("results.mergedHere") + " " + other.text() + " ("
							+ text("dots.count", other.dots()) + ")", small));
				}
				pdf.list(merged);
			}
		}
		if (wall.ideas().stream().anyMatch(ranked -> !ranked.merged().isEmpty())) {
			Paragraph rule = new Paragraph(text("results.mergeRule"), small);
			rule.setSpacingBefore(4);
			pdf.paragraph(rule);
		}
	}

	private void photos(TaggedPdf pdf, List<PrintedPhoto> photos) throws DocumentException {
		if (photos.isEmpty()) {
			return;
		}
		pdf.newPage();
		pdf.heading(2, new Paragraph(text("photo.title"), heading));
		for (PrintedPhoto printed : photos) {
			Image image = image(printed.file());
			if (image != null) {
				pdf.figure(image, printed.photo().altText(), 300, 12);
			}
			String words = printed.photo().caption() != null ? printed.photo().caption() : printed.photo().altText();
			Paragraph caption = new Paragraph(image == null ? text("results.pdf.photoNotPrinted", words) : words, small);
			caption.setSpacingAfter(6);
			pdf.paragraph(caption);
		}
	}

	private static @Nullable Image image(Photo.@Nullable File file) {
		if (file == null) {
			return null;
		}
		try {
			return Image.getInstance(file.data());
		}
		catch (IOException | RuntimeException e) {
			// an image the library cannot read is described in words instead
			return null;
		}
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
