package nl.kantel.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.kantel.KantelH2;
import nl.kantel.ProefZaak;
import nl.kantel.bezwaar.BezwaarRegistratie.Registratie;
import nl.kantel.zaak.InvalidVariableException;

/**
 * What a new bezwaar learns from its hoofdzaak, a real case of the intake, a verwijzing
 * or the test process found in the engine's history, with the settings of
 * application.yaml. The clock stands on Tuesday 15 September 2026.
 */
@KantelH2
class BezwaarRegistratieH2IT {

	@Autowired
	BezwaarRegistratie registratie;

	@Autowired
	RuntimeService runtime;

	@BeforeEach
	void clock() {
		ClockUtil.setCurrentTime(BezwaarTermijnenTest.at("2026-09-15T10:00:00+02:00"));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("without an ontvangstDatum the bezwaar counts as received today; the decision term follows from the bezwaar term")
	void vandaagOntvangen() {
		String intake = intake("2026-10-02");

		Registratie registratie = this.registratie.registreer(intake, null, null, false);

		assertThat(registratie).isEqualTo(new Registratie(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 2), true,
				LocalDate.of(2026, 11, 13), "wmo-consulent"));
	}

	@Test
	@DisplayName("posted on the last day and received within the week is on time (Awb 6:9)")
	void perPostOpTijd() {
		String intake = intake("2026-10-02");

		assertThat(this.registratie.registreer(intake, LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 2), false)
			.tijdig()).isTrue();
		assertThat(this.registratie.registreer(intake, LocalDate.of(2026, 10, 8), null, false).tijdig()).isFalse();
	}

	@Test
	@DisplayName("the new decision after a herroeping goes to the hoofdzaak's team: wmo-consulent, schuldhulp, else juridisch")
	void nieuwBesluitGroep() {
		String intake = intake("2026-10-02");
		String verwijzing = verwijzing(intake, "2026-10-02");
		String proefZaak = proefZaak("2026-10-02");

		assertThat(this.registratie.registreer(intake, null, null, false).nieuwBesluitGroep())
			.isEqualTo("wmo-consulent");
		assertThat(this.registratie.registreer(verwijzing, null, null, false).nieuwBesluitGroep())
			.isEqualTo("schuldhulp");
		assertThat(this.registratie.registreer(proefZaak, null, null, false).nieuwBesluitGroep())
			.isEqualTo("juridisch");
	}

	@Test
	@DisplayName("an unknown hoofdzaak, or one without a valid bezwaar term, is refused naming hoofdzaak")
	void hoofdzaakGeweigerd() {
		String zonderTermijn = intake(null);
		String geenDatum = intake("2 oktober");

		assertThatThrownBy(() -> this.registratie.registreer("WMO-2026-999999", null, null, false))
			.isInstanceOf(InvalidVariableException.class)
			.hasMessageStartingWith("hoofdzaak: Er is geen zaak met zaaknummer WMO-2026-999999");
		assertThatThrownBy(() -> this.registratie.registreer(zonderTermijn, null, null, false))
			.isInstanceOf(InvalidVariableException.class)
			.hasMessageStartingWith("hoofdzaak: Zaak " + zonderTermijn + " heeft geen bezwaartermijn");
		assertThatThrownBy(() -> this.registratie.registreer(geenDatum, null, null, false))
			.isInstanceOf(InvalidVariableException.class)
			.hasMessageStartingWith("hoofdzaak: Zaak " + geenDatum + " heeft geen bezwaartermijn");
	}

	/**
	 * A Wmo intake whose beschikking can be objected to until {@code bezwaarDeadline}.
	 */
	private String intake(String bezwaarDeadline) {
		return metBezwaartermijn(
				this.runtime.startProcessInstanceByKey("wmo-intake",
						Map.of("bsn", "123456782", "naam", "J. de Vries", "hulpvraag", "Hulp bij het huishouden")),
				bezwaarDeadline);
	}

	/** A referral to schuldhulp from {@code intake}. */
	private String verwijzing(String intake, String bezwaarDeadline) {
		return metBezwaartermijn(
				this.runtime.startProcessInstanceByKey("verwijzing",
						Map.of("bsn", "123456782", "verwijzerType", "wmo-consulent", "verwijsdoel", "schuldhulp",
								"reden", "Schulden na ontslag", "toestemmingClient", true, "hoofdzaak", intake)),
				bezwaarDeadline);
	}

	private String proefZaak(String bezwaarDeadline) {
		return metBezwaartermijn(this.runtime.startProcessInstanceByKey(ProefZaak.KEY, ProefZaak.validStart()),
				bezwaarDeadline);
	}

	private String metBezwaartermijn(ProcessInstance zaak, String bezwaarDeadline) {
		if (bezwaarDeadline != null) {
			this.runtime.setVariable(zaak.getId(), BezwaarVariabelen.BEZWAAR_DEADLINE, bezwaarDeadline);
		}
		return zaak.getBusinessKey();
	}

}
