package org.werkstatt.platform.files;


/** Spreadsheet cell references: column letters A … Z, AA … and the row number ("C7"). */
public final class CellReference {

	private CellReference() {
	}

	/** The 0-based column of a reference such as {@code "AB12"}. */
	public static int column(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
		}
		return column - 1;
	}

	public static String name(int column, int row) {
		return Workbook.column(column) + row;
	}
}
