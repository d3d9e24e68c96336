package org.werkstatt.planning.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.werkstatt.platform.files.CsvReader;
import org.werkstatt.platform.files.FileProblem;
import org.werkstatt.platform.files.ImportLimits;
import org.werkstatt.platform.files.RawTable;
import org.werkstatt.platform.files.XlsxReader;

/** The CSV and XLSX readers and the heading row, without a database. */
class ImportReadersTests {

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void readsSemicolonCsvWithByteOrderMarkQuotesAndLineBreaks() throws FileProblem {
		RawTable table = CsvReader.read(utf8("\uFEFFNummer;Titel;Beschreibung\r\n1;\"Kita; nachmittags\";\"Zwei\nZeilen mit \"\"Zitat\"\"\"\r\n\r\n2;Übergänge;\n"));
		assertThat(table.header()).containsExactly("Nummer", "Titel", "Beschreibung");
		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(0).cells()).containsExactly("1", "Kita; nachmittags", "Zwei\nZeilen mit \"Zitat\"");
		assertThat(table.rows().get(1).line()).isEqualTo(5);
		assertThat(table.rows().get(1).cells()).containsExactly("2", "Übergänge", "");
	}

	@Test
	void detectsCommaSeparatedFilesWithoutByteOrderMark() throws FileProblem {
		RawTable table = CsvReader.read(utf8("Number,Title,Progress\n7,\"Jobs, now\",50"));
		assertThat(table.rows().getFirst().cells()).containsExactly("7", "Jobs, now", "50");
		assertThat(CsvReader.separator("a;b,c;d")).isEqualTo(';');
		assertThat(CsvReader.separator("\"a;b\",c,d")).isEqualTo(',');
	}

	@Test
	void refusesFilesThatAreNotUtf8OrEmptyOrBinary() {
		byte[] latin1 = "Nummer;Titel\n1;Übergänge".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> CsvReader.read(latin1)).hasMessage("files.error.encoding");
		assertThatThrownBy(() -> CsvReader.read(utf8("\uFEFF  \n"))).hasMessage("files.error.empty");
		assertThatThrownBy(() -> CsvReader.read(new byte[] { 'a', 0, 'b' })).hasMessage("files.error.notText");
		assertThatThrownBy(() -> CsvReader.read(utf8("Nummer;Titel\n1;\"offen"))).hasMessage("files.error.openQuote");
		assertThatThrownBy(() -> ImportFile.read(new byte[0])).hasMessage("files.error.empty");
		assertThatThrownBy(() -> ImportFile.read(utf8("Nummer;Titel\n;\n"))).hasMessage("files.error.noRows");
	}

	@Test
	void headingsAreKnownInThreeLanguagesAndWrongOnesAreNamed() throws FileProblem {
		assertThat(ImportFile.columns(List.of("Nr.", "Titel", "", "Indsatsområde", "FORTSCHRITT (%)", "responsible_person",
				"Milepæle")))
			.containsExactly(Map.entry(0, Column.NUMBER), Map.entry(1, Column.TITLE), Map.entry(3, Column.FIELD),
					Map.entry(4, Column.PROGRESS), Map.entry(5, Column.RESPONSIBLE_PERSON), Map.entry(6, Column.MILESTONES));
	}

	@Test
	void refusesUnknownRepeatedAndMissingColumns() {
		assertThatThrownBy(() -> ImportFile.columns(List.of("Nummer", "Titel", "Farbe")))
			.isInstanceOfSatisfying(FileProblem.class, p -> {
				assertThat(p.key()).isEqualTo("files.error.unknownColumns");
				assertThat(p.arguments()[0]).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).singleElement()
					.isInstanceOfSatisfying(org.springframework.context.MessageSourceResolvable.class,
							column -> assertThat(column.getArguments()).containsExactly("C", "Farbe"));
			});
		assertThatThrownBy(() -> ImportFile.columns(List.of("Nummer", "Titel", "Title")))
			.hasMessage("files.error.repeatedColumn");
		assertThatThrownBy(() -> ImportFile.columns(List.of("Nummer", "Status"))).hasMessage("files.error.missingColumns");
	}

	@Test
	void readsTheFirstSheetWithSharedAndInlineStringsAndNumbers() throws Exception {
		byte[] xlsx = Workbooks.xlsx(Map.of("xl/sharedStrings.xml", """
				<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Nummer</t></si><si><t>Titel</t></si>\
				<si><r><t>Kita </t></r><r><t>für alle</t></r><rPh><t>x</t></rPh></si></sst>"""),
				"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>Beginn</t></is></c></row>"
						+ "<row r=\"3\"><c r=\"A3\"><v>1.10</v></c><c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"C3\"><v>46112</v></c></row>");
		RawTable table = XlsxReader.read(xlsx);
		assertThat(table.spreadsheet()).isTrue();
		assertThat(table.header()).containsExactly("Nummer", "Titel", "Beginn");
		assertThat(table.rows()).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(3);
			assertThat(row.cells()).containsExactly("1.1", "Kita für alle", "46112");
		});
		assertThat(RowValidation.parseDate("46112", true)).hasToString("2026-03-31");
	}

	@Test
	void refusesFormulasWithTheirCellReferences() {
		byte[] xlsx = Workbooks.xlsx(Map.of(), "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nummer</t></is></c></row>"
				+ "<row r=\"2\"><c r=\"A2\"><f>1+1</f><v>2</v></c><c r=\"D7\"><f>SUM(A1:A2)</f><v>2</v></c></row>");
		assertThatThrownBy(() -> XlsxReader.read(xlsx)).isInstanceOfSatisfying(FileProblem.class, p -> {
			assertThat(p.key()).isEqualTo("files.error.formulas");
			assertThat(p.arguments()).containsExactly("A2, D7", 2);
		});
	}

	@Test
	void refusesZipBombsAndBrokenWorkbooks() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 70; i++) {
				zip.write(zeros);
			}
		}
		assertThat(bytes.size()).isLessThan(ImportLimits.MAX_BYTES);
		assertThatThrownBy(() -> ImportFile.read(bytes.toByteArray())).hasMessage("files.error.zipBomb");
		byte[] broken = { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6 };
		assertThatThrownBy(() -> ImportFile.read(broken)).hasMessage("files.error.notSpreadsheet");
		assertThatThrownBy(() -> XlsxReader.read(Workbooks.xlsx(Map.of(), "<row><c><v>1</c></row>")))
			.hasMessage("files.error.notSpreadsheet");
	}

	@Test
	void refusesExternalEntities() {
		byte[] xlsx = Workbooks.xlsx(Map.of("xl/sharedStrings.xml", """
				<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>\
				<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&x;</t></si></sst>"""),
				"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
		assertThatThrownBy(() -> XlsxReader.read(xlsx)).hasMessage("files.error.notSpreadsheet");
	}

	@Test
	void refusesTooLargeFilesBeforeReadingThem() {
		assertThatThrownBy(() -> ImportFile.read(new byte[ImportLimits.MAX_BYTES + 1])).hasMessage("files.error.tooLarge");
	}
}
