package nl.kantel.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.kantel.bezwaar.BezwaarService.Registration;
import nl.kantel.bezwaar.Hoofdzaken.Hoofdzaak;
import nl.kantel.termijn.BusinessCalendar;
import nl.kantel.termijn.TermijnExpressions;
import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

class BezwaarServiceTest {

	private static final String ZAAK = "WMO-2026-000042";

	private final Hoofdzaken hoofdzaken = mock(Hoofdzaken.class);

	private final TermijnExpressions termijn = new TermijnExpressions(new BusinessCalendar());

	private final BezwaarService service = new BezwaarService(this.hoofdzaken, this.termijn);

	@BeforeEach
	void clockOnTuesday15September2026() {
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-09-15T10:00:00+02:00").toInstant()));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("the decision term ends 6 weeks after the bezwaar term, 12 with an adviescommissie, after the Atw")
	void beslisDeadline() {
		bezwaarTermEndsOn("2026-10-02");

		assertThat(this.service.register(ZAAK, "2026-09-15", false).beslisDeadline()).isEqualTo("2026-11-13");
		assertThat(this.service.register(ZAAK, "2026-09-15", true).beslisDeadline()).isEqualTo("2026-12-28");
	}

	@Test
	@DisplayName("received on the last day of the bezwaar term is in time, the day after is late")
	void tijdig() {
		bezwaarTermEndsOn("2026-10-02");

		assertThat(this.service.register(ZAAK, "2026-10-02", false).tijdig()).isTrue();
		assertThat(this.service.register(ZAAK, "2026-10-03", false).tijdig()).isFalse();
	}

	@Test
	@DisplayName("without an ontvangstDatum the bezwaar counts as received today in the Netherlands")
	void receivedToday() {
		bezwaarTermEndsOn("2026-10-02");

		Registration registration = this.service.register(ZAAK, null, false);

		assertThat(registration).isEqualTo(new Registration("2026-09-15", "2026-10-02", true, "2026-11-13"));
	}

	@Test
	@DisplayName("an unknown hoofdzaak, or one without a valid bezwaar term, is refused naming hoofdzaak")
	void hoofdzaakRefused() {
		when(this.hoofdzaken.find("WMO-2026-000001")).thenReturn(Optional.empty());
		when(this.hoofdzaken.find("WMO-2026-000002")).thenReturn(Optional.of(new Hoofdzaak("WMO-2026-000002", null)));
		when(this.hoofdzaken.find("WMO-2026-000003"))
			.thenReturn(Optional.of(new Hoofdzaak("WMO-2026-000003", "2 oktober")));

		assertThatThrownBy(() -> this.service.register("WMO-2026-000001", null, false))
			.isInstanceOf(InvalidVariableException.class)
			.hasMessageStartingWith("hoofdzaak: Er is geen zaak met zaaknummer WMO-2026-000001");
		assertThatThrownBy(() -> this.service.register("WMO-2026-000002", null, false))
			.hasMessageStartingWith("hoofdzaak: Zaak WMO-2026-000002 heeft geen bezwaartermijn");
		assertThatThrownBy(() -> this.service.register("WMO-2026-000003", null, false))
			.hasMessageStartingWith("hoofdzaak: Zaak WMO-2026-000003 heeft geen bezwaartermijn");
	}

	@Test
	@DisplayName("a verdaging lengthens the decision term by 6 weeks; the Atw applies once, to the lengthened term's end")
	void postpone() {
		// Bezwaar term ended Monday 23 February 2026: 6 weeks end on Tweede Paasdag, so
		// the
		// decision deadline is Tuesday 7 April; postponed, 12 weeks end Monday 18 May, a
		// working day (not Tuesday 19 May, 6 weeks after the extended 7 April).
		assertThat(this.termijn.wettelijk("2026-02-23", BezwaarService.BESLISTERMIJN)).isEqualTo("2026-04-07");
		assertThat(this.service.postpone("2026-02-23", false)).isEqualTo("2026-05-18");
		assertThat(this.service.postpone("2026-02-23", true)).isEqualTo("2026-06-29");
	}

	@Test
	@DisplayName("a beslissing, or a first verdaging within the term, completes the decision task")
	void decisionAccepted() {
		assertThat(this.service.checkDecision(false, false, BezwaarVariabelen.GEGROND, "2026-11-13")).isEmpty();
		assertThat(this.service.checkDecision(false, true, BezwaarVariabelen.ONGEGROND, "2026-12-28")).isEmpty();
		assertThat(this.service.checkDecision(true, false, null, "2026-09-15")).isEmpty();
	}

	@Test
	@DisplayName("no beslissing without a verdaging, no second verdaging, none after the term, not both at once")
	void decisionRefused() {
		assertThat(this.service.checkDecision(false, false, " ", "2026-11-13")).extracting(Violation::variable)
			.containsExactly(BezwaarVariabelen.BESLISSING);
		assertThat(this.service.checkDecision(true, true, null, "2026-12-28")).extracting(Violation::message)
			.singleElement()
			.asString()
			.contains("al een keer verdaagd");
		assertThat(this.service.checkDecision(true, false, null, "2026-09-14")).extracting(Violation::message)
			.singleElement()
			.asString()
			.contains("op 2026-09-14 verstreken");
		assertThat(this.service.checkDecision(true, false, BezwaarVariabelen.GEGROND, "2026-11-13"))
			.extracting(Violation::variable)
			.containsExactly(BezwaarVariabelen.VERDAGEN);
	}

	private void bezwaarTermEndsOn(String bezwaarDeadline) {
		when(this.hoofdzaken.find(ZAAK)).thenReturn(Optional.of(new Hoofdzaak(ZAAK, bezwaarDeadline)));
	}

}
