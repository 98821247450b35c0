package nl.kantel.fonds;

import java.time.LocalDate;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The policy of one fund, set by the municipality per fund
 * ({@code kantel.fondsen.<code>}).
 *
 * @param naam the name residents and staff see
 * @param regeling the subsidy regulation the letters name as the legal basis
 * @param accorderingsgrens above this grant (whole euros) the wethouder accords the
 * decision
 * @param directeVaststellingTot a grant below this amount is vastgesteld at once, without
 * progress reports or eindverantwoording
 * @param voorschotPercentage the part of a grant paid as voorschot when it is granted;
 * the rest follows the vaststelling
 * @param rapportageInterval how often (ISO-8601 period) a project reports its progress
 * @param hersteltermijn the term to complete an application (Awb 4:5), ISO-8601
 * @param verantwoordingNafrist the further term a reminder gives when the
 * eindverantwoording did not come (Awb 4:44 lid 3), ISO-8601
 * @param commissieBeslist true when the committee with client experience decides instead
 * of the programmamanager (Utrecht's Participatiefonds)
 * @param aanvragenVanaf the first day the fund takes applications, or null
 * @param aanvragenTot the last day the fund takes applications, or null
 */
public record FondsInstellingen(String naam, @DefaultValue("de subsidieregeling van het fonds") String regeling,
		@DefaultValue("50000") long accorderingsgrens, @DefaultValue("5000") long directeVaststellingTot,
		@DefaultValue("80") int voorschotPercentage, @DefaultValue("P3M") String rapportageInterval,
		@DefaultValue("P2W") String hersteltermijn, @DefaultValue("P4W") String verantwoordingNafrist,
		boolean commissieBeslist, LocalDate aanvragenVanaf, LocalDate aanvragenTot) {

	/** The group that takes the decision on an application to this fund. */
	public String beslisser() {
		return this.commissieBeslist ? "adviescommissie" : "programmamanager";
	}

	/** Whether the fund takes an application received on {@code datum}. */
	public boolean neemtAanvragenAan(LocalDate datum) {
		return (this.aanvragenVanaf == null || !datum.isBefore(this.aanvragenVanaf))
				&& (this.aanvragenTot == null || !datum.isAfter(this.aanvragenTot));
	}

}
