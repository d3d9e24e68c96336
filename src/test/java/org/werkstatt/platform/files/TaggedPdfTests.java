package org.werkstatt.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.werkstatt.Pdfs;

class TaggedPdfTests {

	@Test
	void aLongDocumentIsTaggedTitledNumberedAndBreaksNoHeadingWord() throws Exception {
		Font strong = new Font(PdfFonts.BOLD, 9.5f);
		Font body = new Font(PdfFonts.REGULAR, 9.5f);
		byte[] bytes = TaggedPdf.write(PageSize.A4, 56, Locale.forLanguageTag("da"), "Prøve – æ ø å", body,
				(page, pages) -> "Side " + page + " af " + pages, pdf -> {
					pdf.heading(1, new Paragraph("Prøve", new Font(PdfFonts.BOLD, 18)));
					String[] headings = { "Nummer", "Titel", "Fortschritt", "Verantwortliche Organisation" };
					PdfPTable table = new PdfPTable(TaggedPdf.fitting(new float[] { 0.5f, 12, 0.5f, 2 }, java.util.List.<String[]>of(headings, new String[] { "1", "x", "abgeschlossen", "y" }), strong, body, 3, pdf.width()));
					table.setWidthPercentage(100);
					table.setHeaderRows(1);
					for (String heading : headings) {
						table.addCell(new PdfPCell(new Phrase(heading, strong)));
					}
					for (int i = 1; i <= 150; i++) {
						for (String cell : new String[] { String.valueOf(i), "Mehr Kitaplätze für Alleinerziehende " + i, "50 %", "Jobcenter" }) {
							table.addCell(new PdfPCell(new Phrase(cell, body)));
						}
					}
					pdf.table(table);
					pdf.paragraph(new Paragraph("Slut.", body));
				});
		Path file = Pdfs.save(bytes, "tagged-test");
		Pdfs.assertAccessible(file, "Prøve – æ ø å", "da");
		int pages = Pdfs.pages(file);
		assertThat(pages).isGreaterThanOrEqualTo(3);
		String text = Pdfs.text(file);
		assertThat(text).contains("Side 1 af " + pages).contains("Side " + pages + " af " + pages).contains("Slut.");
		// the heading repeats on every page, whole
		assertThat(text.split("Nummer", -1).length - 1).isEqualTo(pages);
		assertThat(text.split("Fortschritt", -1).length - 1).isEqualTo(pages);
		assertThat(text).doesNotContain("Numm\n").doesNotContain("Fortschrit\n");
		Pdfs.png(file);
	}

	@Test
	void columnsGetRoomForTheirLongestHeadingWord() {
		Font strong = new Font(PdfFonts.BOLD, 9.5f);
		Font body = new Font(PdfFonts.REGULAR, 9.5f);
		float[] points = TaggedPdf.fitting(new float[] { 1, 10, 1 }, java.util.List.of(new String[] { "Nummer", "Titel", "Status" },
				new String[] { "1", "Kita", "abgeschlossen" }), strong, body, 3, 500);
		assertThat(points[0]).isGreaterThanOrEqualTo(PdfFonts.BOLD.getWidthPoint("Nummer", 9.5f) + 6);
		assertThat(points[2]).isGreaterThanOrEqualTo(PdfFonts.REGULAR.getWidthPoint("abgeschlossen", 9.5f) + 6);
		assertThat(points[0] + points[1] + points[2]).isCloseTo(500, org.assertj.core.data.Offset.offset(0.1f));
	}
}
