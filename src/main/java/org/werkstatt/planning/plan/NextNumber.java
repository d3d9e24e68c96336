package org.werkstatt.planning.plan;

import java.math.BigInteger;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a new measure is offered: the highest number of its field of action (or of the whole plan
 * when the field has none yet) with its last run of digits raised by one, so {@code 1.9} is followed by
 * {@code 1.10}, {@code A-7} by {@code A-8} and {@code 12} by {@code 13}; "highest" compares digits as
 * numbers, part by part, and a number that starts with a digit before one that does not. A number that is taken already is skipped; a plan without numbers starts at 1.
 */
public final class NextNumber {

	private static final Pattern LAST_DIGITS = Pattern.compile("^(.*?)(\\d+)(\\D*)$");

	private static final Pattern PARTS = Pattern.compile("\\d+|\\D+");

	static final Comparator<String> NATURAL = NextNumber::compare;

	private NextNumber() {
	}

	public static String suggest(Collection<String> planNumbers, Collection<String> fieldNumbers) {
		Set<String> taken = new HashSet<>();
		planNumbers.forEach(n -> taken.add(n.strip()));
		List<String> within = numbered(fieldNumbers.isEmpty() ? planNumbers : fieldNumbers);
		if (within.isEmpty()) {
			within = numbered(planNumbers);
		}
		// numbers that start with a digit are the plan's main sequence; lettered ones count only alone
		String candidate = within.isEmpty() ? "0"
				: within.stream()
					.max(Comparator.comparing((String n) -> Character.isDigit(n.charAt(0))).thenComparing(NATURAL))
					.orElseThrow();
		do {
			candidate = raise(candidate);
		}
		while (taken.contains(candidate));
		return candidate;
	}

	/** The numbers that have digits to count on. */
	private static List<String> numbered(Collection<String> numbers) {
		return numbers.stream().map(String::strip).filter(n -> LAST_DIGITS.matcher(n).matches()).toList();
	}

	private static String raise(String number) {
		Matcher m = LAST_DIGITS.matcher(number);
		if (!m.matches()) {
			return number + "1";
		}
		return m.group(1) + new BigInteger(m.group(2)).add(BigInteger.ONE) + m.group(3);
	}

	private static int compare(String a, String b) {
		Matcher x = PARTS.matcher(a);
		Matcher y = PARTS.matcher(b);
		while (x.find()) {
			if (!y.find()) {
				return 1;
			}
			String p = x.group();
			String q = y.group();
			int order = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))
					? new BigInteger(p).compareTo(new BigInteger(q)) : p.compareTo(q);
			if (order != 0) {
				return order;
			}
		}
		return y.find() ? -1 : 0;
	}
}
