package org.werkstatt.planning.decision;

import java.text.Normalizer;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Text similarity by trigrams, as PostgreSQL's {@code pg_trgm} counts it: each word, lower-cased and
 * padded with two blanks in front and one behind, gives its three-letter pieces; two texts are as
 * similar as the share of pieces they have in common ({@code |A ∩ B| / |A ∪ B|}, 0 to 1).
 */
final class Similarity {

	private Similarity() {
	}

	/** The text's trigrams as sorted hash codes (for a fast intersection). */
	static int[] trigrams(String text) {
		String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
		TreeSet<Integer> set = new TreeSet<>();
		for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
			if (word.isEmpty()) {
				continue;
			}
			String padded = "  " + word + " ";
			for (int i = 0; i + 3 <= padded.length(); i++) {
				set.add(padded.substring(i, i + 3).hashCode());
			}
		}
		return set.stream().mapToInt(Integer::intValue).toArray();
	}

	static double of(String a, String b) {
		return of(trigrams(a), trigrams(b));
	}

	/** The similarity of two sorted trigram sets; 0 if either is empty. */
	static double of(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int i = 0;
		int j = 0;
		int common = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return (double) common / (a.length + b.length - common);
	}
}
