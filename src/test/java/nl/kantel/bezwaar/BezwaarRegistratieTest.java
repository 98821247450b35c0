package nl.kantel.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.kantel.bezwaar.BezwaarRegistratie.Registratie;
import nl.kantel.bezwaar.Hoofdzaken.Hoofdzaak;
import nl.kantel.termijn.BusinessCalendar;
import nl.kantel.termijn.TermijnExpressions;
import nl.kantel.zaak.InvalidVariableException;

/** The clock stands on Tuesday 15 September 2026. */
class BezwaarRegistratieTest {

	private final Hoofdzaken hoofdzaken = mock(Hoofdzaken.class);

	private final BezwaarProperties properties = new BezwaarProperties("P2W", "P3M",
			Map.of("wmo-intake", "wmo-consulent", "verwijzing", "schuldhulp"));

	private final BezwaarRegistratie registratie = new BezwaarRegistratie(this.hoofdzaken, new BezwaarTermijnen(
			new BusinessCalendar(), new TermijnExpressions(new BusinessCalendar()), this.properties), this.properties);

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
		hoofdzaak("WMO-2026-000042", "wmo-intake", "2026-10-02");

		Registratie registratie = this.registratie.registreer("WMO-2026-000042", null, null, false);

		assertThat(registratie).isEqualTo(new Registratie(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 2), true,
				LocalDate.of(2026, 11, 13), "wmo-consulent"));
	}

	@Test
	@DisplayName("posted on the last day and received within the week is on time (Awb 6:9)")
	void perPostOpTijd() {
		hoofdzaak("WMO-2026-000042", "wmo-intake", "2026-10-02");

		assertThat(this.registratie
			.registreer("WMO-2026-000042", LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 2), false)
			.tijdig()).isTrue();
		assertThat(this.registratie.registreer("WMO-2026-000042", LocalDate.of(2026, 10, 8), null, false).tijdig())
			.isFalse();
	}

	@Test
	@DisplayName("the new decision after a herroeping goes to the hoofdzaak's team: wmo-consulent, schuldhulp, else juridisch")
	void nieuwBesluitGroep() {
		hoofdzaak("WMO-2026-000042", "wmo-intake", "2026-10-02");
		hoofdzaak("VRW-2026-000007", "verwijzing", "2026-10-02");
		hoofdzaak("PRF-2026-000001", "proef-zaak", "2026-10-02");

		assertThat(this.registratie.registreer("WMO-2026-000042", null, null, false).nieuwBesluitGroep())
			.isEqualTo("wmo-consulent");
		assertThat(this.registratie.registreer("VRW-2026-000007", null, null, false).nieuwBesluitGroep())
			.isEqualTo("schuldhulp");
		assertThat(this.registratie.registreer("PRF-2026-000001", null, null, false).nieuwBesluitGroep())
			.isEqualTo("juridisch");
	}

	@Test
	@DisplayName("an unknown hoofdzaak, or one without a valid bezwaar term, is refused naming hoofdzaak")
	void hoofdzaakGeweigerd() {
		when(this.hoofdzaken.find("WMO-2026-000001")).thenReturn(Optional.empty());
		hoofdzaak("WMO-2026-000002", "wmo-intake", null);
		hoofdzaak("WMO-2026-000003", "wmo-intake", "2 oktober");

		assertThatThrownBy(() -> this.registratie.registreer("WMO-2026-000001", null, null, false))
			.isInstanceOf(InvalidVariableException.class)
			.hasMessageStartingWith("hoofdzaak: Er is geen zaak met zaaknummer WMO-2026-000001");
		assertThatThrownBy(() -> this.registratie.registreer("WMO-2026-000002", null, null, false))
			.hasMessageStartingWith("hoofdzaak: Zaak WMO-2026-000002 heeft geen bezwaartermijn");
		assertThatThrownBy(() -> this.registratie.registreer("WMO-2026-000003", null, null, false))
			.hasMessageStartingWith("hoofdzaak: Zaak WMO-2026-000003 heeft geen bezwaartermijn");
	}

	private void hoofdzaak(String zaaknummer, String proces, String bezwaarDeadline) {
		when(this.hoofdzaken.find(zaaknummer)).thenReturn(
				Optional.of(new Hoofdzaak(zaaknummer, proces, bezwaarDeadline, null, "J. de Vries", null, null, null)));
	}

}
