package org.werkstatt.platform.files;

import java.util.List;

/**
 * A file as read, before anything is checked: the heading row and the rows below it, each with the line
 * (CSV) or row number (spreadsheet) a person finds it under.
 *
 * @param spreadsheet whether the file was a workbook, whose dates are day numbers (Excel serials)
 */
public record RawTable(List<String> header, List<Row> rows, boolean spreadsheet) {

	public record Row(int line, List<String> cells) {

		public String cell(int index) {
			return index < cells.size() ? cells.get(index) : "";
		}

		public boolean blank() {
			return cells.stream().allMatch(String::isBlank);
		}
	}
}
