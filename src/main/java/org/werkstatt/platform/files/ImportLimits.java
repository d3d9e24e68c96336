package org.werkstatt.platform.files;

/** How large an import may be, so that one upload cannot tie up the server or its memory. */
public final class ImportLimits {

	/** The largest file accepted (below the multipart limit of 10 MB, so the import page says it itself). */
	public static final int MAX_BYTES = 5 * 1024 * 1024;
	public static final int MAX_ROWS = 5_000;
	public static final int MAX_COLUMNS = 60;
	/** A cell may hold a measure's whole description (10,000 characters) and a little more. */
	public static final int MAX_CELL = 12_000;
	/** What a workbook may unpack to at most, in all (a zip bomb stops here). */
	public static final long MAX_UNPACKED = 60L * 1024 * 1024;
	/** The most a workbook part may unpack to per byte packed; real sheets stay far below. */
	public static final int MAX_RATIO = 200;
	public static final int MAX_ENTRIES = 500;

	private ImportLimits() {
	}

	public static void checkRows(int rows) throws FileProblem {
		if (rows > MAX_ROWS) {
			throw new FileProblem("files.error.tooManyRows", MAX_ROWS);
		}
	}

	public static int megabytes() {
		return MAX_BYTES / (1024 * 1024);
	}
}
