package org.werkstatt.platform.files;

/**
 * An uploaded table: a workbook is known by its first bytes (a zip) and read by {@link XlsxReader}, any other
 * file is read as CSV by {@link CsvReader}. An empty file and one above {@link ImportLimits#MAX_BYTES} are
 * refused before anything is parsed.
 */
public final class ImportTable {

	private ImportTable() {
	}

	public static RawTable read(byte[] bytes) throws FileProblem {
		if (bytes.length == 0) {
			throw new FileProblem("files.error.empty");
		}
		if (bytes.length > ImportLimits.MAX_BYTES) {
			throw new FileProblem("files.error.tooLarge", ImportLimits.megabytes());
		}
		return zip(bytes) ? XlsxReader.read(bytes) : CsvReader.read(bytes);
	}

	/** Whether the bytes start like a zip archive (an XLSX workbook). */
	public static boolean zip(byte[] bytes) {
		return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}
}
