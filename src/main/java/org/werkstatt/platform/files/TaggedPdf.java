package org.werkstatt.platform.files;

import java.io.ByteArrayOutputStream;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A printable PDF (OpenPDF) that says what it is to assistive technology as far as OpenPDF allows: document
 * language ({@code /Lang}), title in the document information and XMP metadata and shown as the window title
 * ({@code DisplayDocTitle}), marked as tagged, with a structure tree in reading order where each block is one
 * element: headings {@code H1}–{@code H3}, paragraphs {@code P}, lists {@code L}, tables {@code Table} and photos
 * {@code Figure} with their alternative text. Page numbers ("Seite 1 von 3") are artifacts. OpenPDF cannot tag
 * inside a block (no {@code TR}/{@code TH}/{@code TD}, no {@code LI}), so the files are not PDF/UA conformant;
 * a table is read row by row, cell by cell. Every block is laid out by a {@link ColumnText}, which breaks lines
 * at spaces only (a word longer than its column is the one exception: {@link #fitting} gives table columns room
 * for their longest heading word).
 */
public final class TaggedPdf {

	/** What the document holds; written twice, once to count the pages and once with the count. */
	@FunctionalInterface
	public interface Content {

		void write(TaggedPdf pdf) throws DocumentException;
	}

	/** The footer of each page, e.g. {@code "Seite {0} von {1}"} filled in. */
	@FunctionalInterface
	public interface PageLabel {

		String of(int page, int pages);
	}

	private final Document document;
	private final PdfWriter writer;
	private final PdfStructureElement root;
	private final ColumnText column;
	private float y;

	private TaggedPdf(Document document, PdfWriter writer) {
		this.document = document;
		this.writer = writer;
		this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
		this.column = new ColumnText(writer.getDirectContent());
		this.y = document.top();
	}

	/** Writes a document of the given page size and margins in the reader's language. */
	public static byte[] write(Rectangle pageSize, float margin, Locale locale, String title, Font footer, PageLabel label,
			Content content) {
		int pages = render(pageSize, margin, locale, title, footer, label, 0, content).pages();
		return render(pageSize, margin, locale, title, footer, label, pages, content).bytes();
	}

	private record Rendered(byte[] bytes, int pages) {
	}

	private static Rendered render(Rectangle pageSize, float margin, Locale locale, String title, Font footer, PageLabel label,
			int pages, Content content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Document document = new Document(pageSize, margin, margin, margin, margin + 14);
		int[] count = { 0 };
		try {
			PdfWriter writer = PdfWriter.getInstance(document, bytes);
			writer.setPdfVersion(PdfWriter.VERSION_1_7);
			writer.setTagged();
			writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
			writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
			writer.setPageEvent(new PdfPageEventHelper() {
				@Override
				public void onEndPage(PdfWriter pageWriter, Document page) {
					count[0]++;
					PdfContentByte canvas = pageWriter.getDirectContent();
					canvas.beginMarkedContentSequence(new PdfName("Artifact"));
					ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
							new Phrase(label.of(count[0], Math.max(pages, count[0])), footer),
							(page.left() + page.right()) / 2, page.bottom() - 18, 0);
					canvas.endMarkedContentSequence();
				}
			});
			document.addTitle(title);
			document.addCreator("Werkstatt");
			writer.createXmpMetadata();
			document.open();
			TaggedPdf pdf = new TaggedPdf(document, writer);
			content.write(pdf);
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("The PDF could not be written", e);
		}
		return new Rendered(bytes.toByteArray(), count[0]);
	}

	/** A heading of level 1 to 3. */
	public TaggedPdf heading(int level, Paragraph heading) throws DocumentException {
		return add(heading, new PdfName("H" + Math.clamp(level, 1, 3)), null);
	}

	public TaggedPdf paragraph(Paragraph paragraph) throws DocumentException {
		return add(paragraph, PdfName.P, null);
	}

	public TaggedPdf list(org.openpdf.text.List list) throws DocumentException {
		return add(list, new PdfName("L"), null);
	}

	/** A table; its heading rows repeat on every page it runs over. */
	public TaggedPdf table(PdfPTable table) throws DocumentException {
		return add(table, PdfName.TABLE, null);
	}

	/** A photo with its alternative text, as wide as the text at most and at most {@code maxHeight} high. */
	public TaggedPdf figure(Image image, String alt, float maxHeight, float spacingBefore) throws DocumentException {
		image.scaleToFit(document.right() - document.left(), maxHeight);
		PdfPTable frame = new PdfPTable(1);
		frame.setTotalWidth(image.getScaledWidth());
		frame.setLockedWidth(true);
		frame.setHorizontalAlignment(Element.ALIGN_LEFT);
		frame.setSpacingBefore(spacingBefore);
		PdfPCell cell = new PdfPCell(image, false);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		frame.addCell(cell);
		return add(frame, PdfName.FIGURE, alt);
	}

	/** Starts a new page, unless the current one is still empty. */
	public TaggedPdf newPage() {
		if (y < document.top()) {
			document.newPage();
			y = document.top();
		}
		return this;
	}

	/** The width of the text on a page, in points. */
	public float width() {
		return document.right() - document.left();
	}

	private TaggedPdf add(Element element, PdfName role, @Nullable String alt) throws DocumentException {
		PdfStructureElement block = new PdfStructureElement(root, role);
		if (alt != null) {
			block.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
		}
		column.addElement(element);
		PdfContentByte canvas = writer.getDirectContent();
		while (true) {
			column.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
			canvas.beginMarkedContentSequence(block);
			int status = column.go();
			canvas.endMarkedContentSequence();
			y = column.getYLine();
			if (!ColumnText.hasMoreText(status)) {
				return this;
			}
			document.newPage();
			y = document.top();
		}
	}

	/**
	 * Dates for table cells: the reader's short numeric pattern with a four-digit year (German and Danish
	 * {@code 30.06.2026}, English {@code 06/30/2026}), which never wraps inside a cell as "30. jun. 2026" would.
	 */
	public static DateTimeFormatter tableDates(Locale locale) {
		String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE,
				locale);
		return DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "yyyy").replaceAll("(?<!M)M(?!M)", "MM")
			.replaceAll("(?<!d)d(?!d)", "dd"), locale);
	}

	/**
	 * Column widths in points that give each column at least the room of its longest word (the first row in
	 * {@code headingFont}, the others in {@code bodyFont}, plus {@code padding} on both sides), so that no word
	 * breaks inside ("Numm|er", "abgeschlos|sen"), taking the room from the columns that have some to spare. A
	 * single word wider than a third of the table (a long address) may still break.
	 */
	public static float[] fitting(float[] widths, java.util.List<String[]> rows, Font headingFont, Font bodyFont, float padding,
			float totalWidth) {
		float sum = 0;
		for (float width : widths) {
			sum += width;
		}
		float[] points = new float[widths.length];
		float[] least = new float[widths.length];
		for (int r = 0; r < rows.size(); r++) {
			Font font = r == 0 ? headingFont : bodyFont;
			String[] row = rows.get(r);
			for (int i = 0; i < Math.min(row.length, widths.length); i++) {
				for (String word : row[i] == null ? new String[0] : row[i].split("\\s+")) {
					float room = font.getBaseFont().getWidthPoint(word, font.getSize()) + 2 * padding + 2;
					least[i] = Math.max(least[i], Math.min(room, totalWidth / 3));
				}
			}
		}
		float needed = 0;
		float spare = 0;
		for (int i = 0; i < widths.length; i++) {
			points[i] = widths[i] / sum * totalWidth;
			needed += Math.max(0, least[i] - points[i]);
			spare += Math.max(0, points[i] - least[i]);
		}
		if (needed > 0 && spare > 0) {
			float share = Math.min(1, needed / spare);
			for (int i = 0; i < points.length; i++) {
				points[i] = points[i] < least[i] ? least[i] : points[i] - (points[i] - least[i]) * share;
			}
		}
		return points;
	}
}
