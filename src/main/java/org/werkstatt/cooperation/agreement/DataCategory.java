package org.werkstatt.cooperation.agreement;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of personal data an agreement lets the provider process: a closed list. Health, disability and
 * ethnic origin or minority are special categories (GDPR Art. 9): optional, kept only with explicit consent,
 * encrypted in the database.
 */
public enum DataCategory {
	IDENTITY_CONTACT, GOALS_PLAN, ATTENDANCE, EDUCATION, EMPLOYMENT_HISTORY, LANGUAGE_SKILLS, FAMILY_SITUATION, HEALTH,
	DISABILITY, MINORITY;

	public static final Set<DataCategory> SPECIAL = EnumSet.of(HEALTH, DISABILITY, MINORITY);

	public boolean special() {
		return SPECIAL.contains(this);
	}

	public String messageKey() {
		return "cooperation.category." + name();
	}
}
