package org.werkstatt.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of printable PDFs (OpenPDF): Liberation Sans from openpdf-fonts-extra, embedded, so umlauts,
 * æ ø å and typographic quotes print everywhere. Loaded once.
 */
public final class PdfFonts {

	public static final BaseFont REGULAR = font("LiberationSans-Regular.ttf");
	public static final BaseFont BOLD = font("LiberationSans-Bold.ttf");

	private PdfFonts() {
	}

	private static BaseFont font(String name) {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream("liberation/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Font " + name + " is missing (openpdf-fonts-extra)");
			}
			return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (DocumentException e) {
			throw new IllegalStateException(e);
		}
	}
}
