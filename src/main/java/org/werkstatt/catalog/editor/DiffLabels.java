package org.werkstatt.catalog.editor;

import java.time.LocalDate;

/** How the values of an offer's content read in the difference: translated, formatted for the reader. */
interface DiffLabels {

	/** The name of a value of one of the catalog's vocabularies (format, funding, target group, …). */
	String vocabulary(Enum<?> value);

	/** The label of a legal basis by its code. */
	String legalBasis(String code);

	String language(String code);

	String day(LocalDate day);

	String hours(int hours);
}
