package org.werkstatt.workshop.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.werkstatt.platform.files.PdfFonts;
import org.werkstatt.workshop.event.Event;

/**
 * The printable documentation of the day (OpenPDF): the event, its counts, each wall with its ranked ideas,
 * dots, merged ideas and hidden counts, and the photos with their captions. Liberation Sans is embedded, so
 * umlauts, æ ø å and typographic quotes print on every machine.
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
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, bytes);
			writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
			document.addTitle(text("results.title") + ": " + event.title());
			document.addCreator("Werkstatt");
			document.open();
			document.add(new Paragraph(text("results.pdf.subtitle"), small));
			Paragraph heading = new Paragraph(event.title(), title);
			heading.setSpacingAfter(8);
			document.add(heading);
			document.add(facts(facts, results));
			for (Results.WallResult wall : results.walls()) {
				wall(document, wall);
			}
			photos(document, photos);
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("The results PDF could not be written", e);
		}
		return bytes.toByteArray();
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
		fact(table, text("live.participants"), String.valueOf(results.participants()));
		fact(table, text("results.ideas"), String.valueOf(results.ideas()));
		fact(table, text("results.walls"), String.valueOf(results.walls().size()));
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

	private void wall(Document document, Results.WallResult wall) throws DocumentException {
		Paragraph title = new Paragraph(wall.wall().title(), heading);
		title.setSpacingBefore(14);
		title.setSpacingAfter(2);
		document.add(title);
		if (wall.wall().question() != null) {
			document.add(new Paragraph(wall.wall().question(), body));
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
		document.add(summary);
		for (Results.RankedIdea ranked : wall.ideas()) {
			Paragraph idea = new Paragraph();
			idea.setIndentationLeft(22);
			idea.setFirstLineIndent(-22);
			idea.setSpacingAfter(3);
			idea.add(new Chunk(ranked.rank() + ".  ", strong));
			idea.add(new Chunk(ranked.idea().text(), body));
			idea.add(new Chunk("  –  " + text("dots.count", ranked.idea().score()), strong));
			document.add(idea);
			if (!ranked.merged().isEmpty()) {
				org.openpdf.text.List merged = new org.openpdf.text.List(false, 10);
				merged.setListSymbol(new Chunk("–", small));
				merged.setIndentationLeft(22);
				for (Idea other : ranked.merged()) {
					merged.add(new ListItem(text("results.mergedHere") + " " + other.text() + " ("
							+ text("dots.count", other.dots()) + ")", small));
				}
				document.add(merged);
			}
		}
		if (wall.ideas().stream().anyMatch(ranked -> !ranked.merged().isEmpty())) {
			Paragraph rule = new Paragraph(text("results.mergeRule"), small);
			rule.setSpacingBefore(4);
			document.add(rule);
		}
	}

	private void photos(Document document, List<PrintedPhoto> photos) throws DocumentException {
		if (photos.isEmpty()) {
			return;
		}
		document.newPage();
		document.add(new Paragraph(text("photo.title"), heading));
		for (PrintedPhoto printed : photos) {
			Image image = image(printed.file());
			if (image != null) {
				image.scaleToFit(document.right() - document.left(), 300);
				image.setAlt(printed.photo().altText());
				image.setAlignment(Element.ALIGN_LEFT);
				image.setSpacingBefore(12);
				document.add(image);
			}
			String words = printed.photo().caption() != null ? printed.photo().caption() : printed.photo().altText();
			Paragraph caption = new Paragraph(image == null ? text("results.pdf.photoNotPrinted", words) : words, small);
			caption.setSpacingAfter(6);
			document.add(caption);
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
