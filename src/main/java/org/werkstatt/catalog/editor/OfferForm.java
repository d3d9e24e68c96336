package org.werkstatt.catalog.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the editor's form holds of an offer, exactly as typed: codes as strings (an unknown one is a field error,
 * not a failure to bind), the module and contact rows with their empty ones. {@link OfferForms} turns it into
 * an {@code OfferContent} and back. The lengths are the columns' of {@code offer}, {@code offer_module} and
 * {@code offer_contact}.
 */
public class OfferForm {

	/** The catalog's owner, chosen when the offer is created. */
	private @Nullable String ownerId;

	private String language = "de";

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String title = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 500, message = "{validation.tooLong}")
	private String shortDescription = "";

	@Size(max = 10000, message = "{validation.tooLong}")
	private String description = "";

	private List<String> targetGroups = new ArrayList<>();

	/** Free target groups, one a line or separated by commas. */
	@Size(max = 2000, message = "{validation.tooLong}")
	private String otherTargetGroups = "";

	@Size(max = 2000, message = "{validation.tooLong}")
	private String prerequisites = "";

	@Valid
	private List<ModuleRow> modules = new ArrayList<>();

	@Size(max = 500, message = "{validation.tooLong}")
	private String outcome = "";

	@Size(max = 200, message = "{validation.tooLong}")
	private String examiningBody = "";

	private List<String> legalBases = new ArrayList<>();

	private List<String> funding = new ArrayList<>();

	@Size(max = 200, message = "{validation.tooLong}")
	private String azavCertifier = "";

	@Size(max = 60, message = "{validation.tooLong}")
	private String azavMeasureNumber = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate azavValidUntil;

	private String format = "";

	private String timeModel = "";

	@Size(max = 200, message = "{validation.tooLong}")
	private String duration = "";

	private List<String> accessibility = new ArrayList<>();

	@Valid
	private List<ContactRow> contacts = new ArrayList<>();

	@Size(max = 1000, message = "{validation.tooLong}")
	private String keywords = "";

	/** A module's row: its id (kept across versions; empty for a new one), order, name, hours, description. */
	public static class ModuleRow {

		private String id = "";

		@Min(value = 1, message = "{validation.atLeastOne}")
		@Max(value = 999, message = "{validation.tooLarge}")
		private @Nullable Integer order;

		@Size(max = 200, message = "{validation.tooLong}")
		private String name = "";

		@Min(value = 1, message = "{validation.range}")
		@Max(value = 10000, message = "{validation.range}")
		private @Nullable Integer hours;

		@Size(max = 2000, message = "{validation.tooLong}")
		private String description = "";

		private boolean remove;

		public ModuleRow() {
		}

		ModuleRow(String id, @Nullable Integer order, String name, @Nullable Integer hours, String description) {
			this.id = id;
			this.order = order;
			this.name = name;
			this.hours = hours;
			this.description = description;
		}

		boolean blank() {
			return name.isBlank() && hours == null && description.isBlank();
		}

		public String getId() {
			return id;
		}

		public void setId(@Nullable String id) {
			this.id = id == null ? "" : id.strip();
		}

		public @Nullable Integer getOrder() {
			return order;
		}

		public void setOrder(@Nullable Integer order) {
			this.order = order;
		}

		public String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = text(name);
		}

		public @Nullable Integer getHours() {
			return hours;
		}

		public void setHours(@Nullable Integer hours) {
			this.hours = hours;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(@Nullable String description) {
			this.description = text(description);
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}
	}

	/** A contact person's row: work contact details only. */
	public static class ContactRow {

		@Size(max = 200, message = "{validation.tooLong}")
		private String name = "";

		@Size(max = 200, message = "{validation.tooLong}")
		private String role = "";

		@Email(message = "{validation.email}")
		@Size(max = 254, message = "{validation.tooLong}")
		private String email = "";

		@Size(max = 50, message = "{validation.tooLong}")
		private String phone = "";

		public ContactRow() {
		}

		ContactRow(String name, String role, String email, String phone) {
			this.name = name;
			this.role = role;
			this.email = email;
			this.phone = phone;
		}

		boolean blank() {
			return name.isBlank() && role.isBlank() && email.isBlank() && phone.isBlank();
		}

		public String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = text(name);
		}

		public String getRole() {
			return role;
		}

		public void setRole(@Nullable String role) {
			this.role = text(role);
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(@Nullable String email) {
			this.email = text(email).strip();
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(@Nullable String phone) {
			this.phone = text(phone);
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static List<String> codes(@Nullable List<String> values) {
		return values == null ? new ArrayList<>() : new ArrayList<>(values);
	}

	public @Nullable String getOwnerId() {
		return ownerId;
	}

	public void setOwnerId(@Nullable String ownerId) {
		this.ownerId = ownerId;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(@Nullable String language) {
		this.language = text(language);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = text(title);
	}

	public String getShortDescription() {
		return shortDescription;
	}

	public void setShortDescription(@Nullable String shortDescription) {
		this.shortDescription = text(shortDescription);
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = text(description);
	}

	public List<String> getTargetGroups() {
		return targetGroups;
	}

	public void setTargetGroups(@Nullable List<String> targetGroups) {
		this.targetGroups = codes(targetGroups);
	}

	public String getOtherTargetGroups() {
		return otherTargetGroups;
	}

	public void setOtherTargetGroups(@Nullable String otherTargetGroups) {
		this.otherTargetGroups = text(otherTargetGroups);
	}

	public String getPrerequisites() {
		return prerequisites;
	}

	public void setPrerequisites(@Nullable String prerequisites) {
		this.prerequisites = text(prerequisites);
	}

	public List<ModuleRow> getModules() {
		return modules;
	}

	public void setModules(@Nullable List<ModuleRow> modules) {
		this.modules = modules == null ? new ArrayList<>() : modules;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(@Nullable String outcome) {
		this.outcome = text(outcome);
	}

	public String getExaminingBody() {
		return examiningBody;
	}

	public void setExaminingBody(@Nullable String examiningBody) {
		this.examiningBody = text(examiningBody);
	}

	public List<String> getLegalBases() {
		return legalBases;
	}

	public void setLegalBases(@Nullable List<String> legalBases) {
		this.legalBases = codes(legalBases);
	}

	public List<String> getFunding() {
		return funding;
	}

	public void setFunding(@Nullable List<String> funding) {
		this.funding = codes(funding);
	}

	public String getAzavCertifier() {
		return azavCertifier;
	}

	public void setAzavCertifier(@Nullable String azavCertifier) {
		this.azavCertifier = text(azavCertifier);
	}

	public String getAzavMeasureNumber() {
		return azavMeasureNumber;
	}

	public void setAzavMeasureNumber(@Nullable String azavMeasureNumber) {
		this.azavMeasureNumber = text(azavMeasureNumber);
	}

	public @Nullable LocalDate getAzavValidUntil() {
		return azavValidUntil;
	}

	public void setAzavValidUntil(@Nullable LocalDate azavValidUntil) {
		this.azavValidUntil = azavValidUntil;
	}

	public String getFormat() {
		return format;
	}

	public void setFormat(@Nullable String format) {
		this.format = text(format);
	}

	public String getTimeModel() {
		return timeModel;
	}

	public void setTimeModel(@Nullable String timeModel) {
		this.timeModel = text(timeModel);
	}

	public String getDuration() {
		return duration;
	}

	public void setDuration(@Nullable String duration) {
		this.duration = text(duration);
	}

	public List<String> getAccessibility() {
		return accessibility;
	}

	public void setAccessibility(@Nullable List<String> accessibility) {
		this.accessibility = codes(accessibility);
	}

	public List<ContactRow> getContacts() {
		return contacts;
	}

	public void setContacts(@Nullable List<ContactRow> contacts) {
		this.contacts = contacts == null ? new ArrayList<>() : contacts;
	}

	public String getKeywords() {
		return keywords;
	}

	public void setKeywords(@Nullable String keywords) {
		this.keywords = text(keywords);
	}
}
