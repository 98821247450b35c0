package nl.kantel.bezwaar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import nl.kantel.bezwaar.Hoofdzaken.Hoofdzaak;
import nl.kantel.brief.Brieven;
import nl.kantel.post.Brief;
import nl.kantel.post.Geadresseerde;

/**
 * The bezwaar's letters to the resident of the hoofdzaak: the request to add the grounds
 * (Awb 6:6) and the beslissing op bezwaar with the beroep clause (Awb 7:12), as PDF with
 * the mail that carries them. The templates are the municipality's
 * ({@code brieven/bezwaar-gronden-verzoek.html},
 * {@code brieven/beslissing-op-bezwaar.html}, {@code brieven/brief-als-bijlage.txt}).
 */
@Component
class BezwaarBrieven {

	static final String GRONDEN_VERZOEK = "bezwaar-gronden-verzoek";

	static final String BESLISSING = "beslissing-op-bezwaar";

	private static final String MAIL = "brief-als-bijlage";

	/** What the letters may say about the case; nothing else of it reaches a template. */
	private static final List<String> ZAAK = List.of(BezwaarVariabelen.ZAAKNUMMER, BezwaarVariabelen.HOOFDZAAK,
			BezwaarVariabelen.ONTVANGST_DATUM, BezwaarVariabelen.VERZEND_DATUM, BezwaarVariabelen.BEZWAAR_DEADLINE,
			BezwaarVariabelen.TIJDIG, BezwaarVariabelen.VERSCHOONBAAR, BezwaarVariabelen.GRONDEN_GEVRAAGD_OP,
			BezwaarVariabelen.HERSTELTERMIJN_DEADLINE, BezwaarVariabelen.GRONDEN_AANGEVULD, BezwaarVariabelen.GEHOORD,
			BezwaarVariabelen.AFZIEN_REDEN, BezwaarVariabelen.ADVIES, BezwaarVariabelen.BESLISSING,
			BezwaarVariabelen.MOTIVERING, BezwaarVariabelen.NIEUW_BESLUIT);

	private final Brieven brieven;

	BezwaarBrieven(Brieven brieven) {
		this.brieven = brieven;
	}

	/**
	 * The request for the grounds, sent on {@code verzonden}, due on {@code deadline}.
	 */
	Brief grondenVerzoek(VariableScope zaak, Hoofdzaak hoofdzaak, LocalDate verzonden, LocalDate deadline) {
		Map<String, Object> data = data(zaak, hoofdzaak, verzonden);
		data.put(BezwaarVariabelen.HERSTELTERMIJN_DEADLINE, deadline.toString());
		return brief(GRONDEN_VERZOEK, zaak, hoofdzaak, data, "Wij missen de reden van uw bezwaar");
	}

	/**
	 * The beslissing op bezwaar, sent on {@code verzonden}; beroep until
	 * {@code beroepDeadline}.
	 */
	Brief beslissing(VariableScope zaak, Hoofdzaak hoofdzaak, LocalDate verzonden, LocalDate beroepDeadline) {
		Map<String, Object> data = data(zaak, hoofdzaak, verzonden);
		data.put(BezwaarVariabelen.BEROEP_DEADLINE, beroepDeadline.toString());
		return brief(BESLISSING, zaak, hoofdzaak, data, "Beslissing op uw bezwaar");
	}

	/** The letter's PDF as a file variable, so the case keeps what was sent. */
	static FileValue document(Brief brief) {
		return Variables.fileValue(brief.bestandsnaam()).file(brief.pdf()).mimeType("application/pdf").create();
	}

	private Brief brief(String template, VariableScope zaak, Hoofdzaak hoofdzaak, Map<String, Object> data,
			String onderwerp) {
		String zaaknummer = (String) zaak.getVariable(BezwaarVariabelen.ZAAKNUMMER);
		return new Brief(zaaknummer + "/" + template,
				new Geadresseerde(hoofdzaak.naam(), hoofdzaak.email(), hoofdzaak.postadres(),
						hoofdzaak.vertegenwoordiger()),
				onderwerp + " (" + zaaknummer + ")",
				mailtekst(zaaknummer, hoofdzaak, onderwerp + " (" + zaaknummer + ")"),
				template + "-" + zaaknummer + ".pdf", this.brieven.pdf(template, data));
	}

	/** The short mail that carries the letter, the same for every letter of Kantel. */
	private String mailtekst(String zaaknummer, Hoofdzaak hoofdzaak, String onderwerp) {
		return this.brieven.text(MAIL, Map.of("naam", (hoofdzaak.naam() != null) ? hoofdzaak.naam() : "heer of mevrouw",
				"onderwerp", onderwerp, "zaaknummer", zaaknummer));
	}

	private static Map<String, Object> data(VariableScope zaak, Hoofdzaak hoofdzaak, LocalDate verzonden) {
		Map<String, Object> data = new HashMap<>();
		for (String name : ZAAK) {
			Object value = zaak.getVariable(name);
			if (value != null) {
				data.put(name, value);
			}
		}
		data.put("naam", hoofdzaak.naam());
		data.put("postadres", hoofdzaak.postadres());
		data.put("vertegenwoordiger", hoofdzaak.vertegenwoordiger());
		data.put("beschikkingDatum", hoofdzaak.beschikkingDatum());
		data.put("verzonden", verzonden.toString());
		return data;
	}

}
