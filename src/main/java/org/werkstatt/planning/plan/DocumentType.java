package org.werkstatt.planning.plan;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The type of an attached document, recognised by its content, never by its name or stated type: PDF by
 * its header; PPTX and DOCX by the parts named in the ZIP's central directory; ODP by the uncompressed
 * {@code mimetype} entry that OpenDocument puts first. Nothing is decompressed.
 */
enum DocumentType {
	PDF("application/pdf", ".pdf"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
	ODP("application/vnd.oasis.opendocument.presentation", ".odp");

	private static final String ODP_MIMETYPE = "application/vnd.oasis.opendocument.presentation";

	private final String contentType;
	private final String extension;

	DocumentType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	String contentType() {
		return contentType;
	}

	String extension() {
		return extension;
	}

	static Optional<DocumentType> detect(byte[] data) {
		if (startsWith(data, "%PDF-")) {
			return Optional.of(PDF);
		}
		if (data.length < 30 || data[0] != 'P' || data[1] != 'K' || data[2] != 3 || data[3] != 4) {
			return Optional.empty();
		}
		if (odp(data)) {
			return Optional.of(ODP);
		}
		return officeParts(data);
	}

	/** The first local entry is {@code mimetype}, stored, holding the presentation's media type. */
	private static boolean odp(byte[] data) {
		ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		int method = b.getShort(8) & 0xFFFF;
		int nameLength = b.getShort(26) & 0xFFFF;
		int extraLength = b.getShort(28) & 0xFFFF;
		int start = 30 + nameLength + extraLength;
		if (method != 0 || start + ODP_MIMETYPE.length() > data.length) {
			return false;
		}
		String name = new String(data, 30, nameLength, StandardCharsets.US_ASCII);
		String content = new String(data, start, ODP_MIMETYPE.length(), StandardCharsets.US_ASCII);
		return name.equals("mimetype") && content.equals(ODP_MIMETYPE);
	}

	/** Walks the ZIP's central directory (names only) for the main part of a presentation or a document. */
	private static Optional<DocumentType> officeParts(byte[] data) {
		ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		int end = -1;
		for (int i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--) {
			if (b.getInt(i) == 0x06054b50) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return Optional.empty();
		}
		int entries = b.getShort(end + 10) & 0xFFFF;
		long offset = b.getInt(end + 16) & 0xFFFFFFFFL;
		boolean contentTypes = false;
		DocumentType found = null;
		int p = (int) Math.min(offset, Integer.MAX_VALUE);
		for (int n = 0; n < entries && p >= 0 && p + 46 <= data.length; n++) {
			if (b.getInt(p) != 0x02014b50) {
				return Optional.empty();
			}
			int nameLength = b.getShort(p + 28) & 0xFFFF;
			int extraLength = b.getShort(p + 30) & 0xFFFF;
			int commentLength = b.getShort(p + 32) & 0xFFFF;
			if (p + 46 + nameLength > data.length) {
				return Optional.empty();
			}
			String name = new String(data, p + 46, nameLength, StandardCharsets.UTF_8);
			contentTypes |= name.equals("[Content_Types].xml");
			if (name.equals("ppt/presentation.xml")) {
				found = PPTX;
			}
			else if (name.equals("word/document.xml")) {
				found = DOCX;
			}
			p += 46 + nameLength + extraLength + commentLength;
		}
		return contentTypes ? Optional.ofNullable(found) : Optional.empty();
	}

	private static boolean startsWith(byte[] data, String prefix) {
		byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
		if (data.length < p.length) {
			return false;
		}
		for (int i = 0; i < p.length; i++) {
			if (data[i] != p[i]) {
				return false;
			}
		}
		return true;
	}
}
