package org.werkstatt.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Documents are recognised by their content: PDF, PPTX, DOCX and ODP, nothing else. */
class DocumentTypeTests {

	@Test
	void recognisesPdfAndTheOfficeFormatsByTheirParts() throws IOException {
		assertThat(DocumentType.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(DocumentType.PDF);
		assertThat(DocumentType.detect(zip(false, "[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml")))
			.contains(DocumentType.PPTX);
		assertThat(DocumentType.detect(zip(false, "[Content_Types].xml", "word/document.xml"))).contains(DocumentType.DOCX);
		assertThat(DocumentType.detect(zip(true, "content.xml", "META-INF/manifest.xml"))).contains(DocumentType.ODP);
	}

	@Test
	void refusesEverythingElse() throws IOException {
		assertThat(DocumentType.detect(new byte[0])).isEmpty();
		assertThat(DocumentType.detect("hello".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(DocumentType.detect(zip(false, "[Content_Types].xml", "xl/workbook.xml"))).isEmpty();
		assertThat(DocumentType.detect(zip(false, "ppt/presentation.xml"))).isEmpty();
		byte[] truncated = zip(false, "[Content_Types].xml", "ppt/presentation.xml");
		assertThat(DocumentType.detect(java.util.Arrays.copyOf(truncated, truncated.length - 10))).isEmpty();
		assertThat(DocumentType.detect(new byte[] { 'P', 'K', 3, 4 })).isEmpty();
	}

	@Test
	void aStoredFileNameHasNoFoldersAndTheRightEnding() {
		assertThat(InterimAdmin.fileName("C:\\Users\\x\\Folien <neu>.pdf", DocumentType.PDF)).isEqualTo("Folien _neu_.pdf");
		assertThat(InterimAdmin.fileName("../../etc/passwd", DocumentType.DOCX)).isEqualTo("passwd.docx");
		assertThat(InterimAdmin.fileName(null, DocumentType.ODP)).isEqualTo("document.odp");
	}

	private static byte[] zip(boolean odp, String... names) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			if (odp) {
				byte[] type = "application/vnd.oasis.opendocument.presentation".getBytes(StandardCharsets.US_ASCII);
				ZipEntry mimetype = new ZipEntry("mimetype");
				mimetype.setMethod(ZipEntry.STORED);
				mimetype.setSize(type.length);
				CRC32 crc = new CRC32();
				crc.update(type);
				mimetype.setCrc(crc.getValue());
				zip.putNextEntry(mimetype);
				zip.write(type);
				zip.closeEntry();
			}
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
