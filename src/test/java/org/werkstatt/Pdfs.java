package org.werkstatt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a PDF with poppler-utils ({@code pdfinfo}, {@code pdffonts}, {@code pdftotext}, {@code pdftoppm}), as
 * a reader's programs see it. CI installs poppler-utils (.ci/run).
 */
public final class Pdfs {

	private Pdfs() {
	}

	/** Writes the PDF under target/pdfs (to look at) and returns its path. */
	public static Path save(byte[] pdf, String name) throws IOException {
		Path dir = Path.of("target", "pdfs");
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".pdf");
		Files.write(file, pdf);
		return file;
	}

	/** {@code pdfinfo} of the file. */
	public static String info(Path pdf) {
		return run("pdfinfo", pdf.toString());
	}

	/** The XMP metadata, as {@code pdfinfo -meta} prints it. */
	public static String xmp(Path pdf) {
		return run("pdfinfo", "-meta", pdf.toString());
	}

	/** {@code pdffonts}: one line per font, with "emb" yes or no. */
	public static String fonts(Path pdf) {
		return run("pdffonts", pdf.toString());
	}

	/** The text as {@code pdftotext -layout} reads it. */
	public static String text(Path pdf) {
		return run("pdftotext", "-layout", pdf.toString(), "-");
	}

	/** The first page as a PNG at 60 dpi beside the PDF, to look at. */
	public static void png(Path pdf) {
		String file = pdf.toString();
		run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", file, file.substring(0, file.length() - 4));
	}

	/** Asserts what every PDF of Werkstatt is: tagged, titled, in the language, with every font embedded. */
	public static void assertAccessible(Path pdf, String title, String language) {
		String info = info(pdf);
		assertThat(info).containsPattern("Tagged:\\s+yes").containsPattern("Title:\\s+" + java.util.regex.Pattern.quote(title));
		assertThat(xmp(pdf)).as("XMP title").contains("<dc:title>").contains(title.replace("&", "&amp;"));
		String fonts = fonts(pdf);
		List<String> lines = fonts.lines().skip(2).toList();
		assertThat(lines).isNotEmpty();
		for (String line : lines) {
			assertThat(line).as("font embedded: " + line).containsPattern("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$");
		}
		String catalog = new String(readQuietly(pdf), StandardCharsets.ISO_8859_1);
		assertThat(catalog).contains("/Lang(" + language).contains("/DisplayDocTitle true").contains("/StructTreeRoot");
	}

	/** The number of pages pdfinfo counts. */
	public static int pages(Path pdf) {
		return Integer.parseInt(info(pdf).lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().substring(6).strip());
	}

	private static byte[] readQuietly(Path pdf) {
		try {
			return Files.readAllBytes(pdf);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String run(String... command) {
		List<String> all = new ArrayList<>(List.of(command));
		try {
			Process process = new ProcessBuilder(all).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
			return out;
		}
		catch (IOException e) {
			throw new IllegalStateException(command[0] + " is missing: apt-get install poppler-utils", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
