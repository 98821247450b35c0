package nl.kantel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.kantel.KantelRest;
import nl.kantel.KantelRest.Answer;
import nl.kantel.ProefZaak;

/**
 * The allow-list tried as every group against every request the application serves, on a
 * case of every process: a request off the group's list is refused with the allow-list's
 * answer; one on it passes the allow-list, never answers 5xx, and lists only the cases
 * the group may read.
 */
abstract class ToegangsmatrixContract {

	private static final Pattern PARAMETER = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	TestRestTemplate template;

	@Autowired
	ProcessEngine engine;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping kantelApi;

	private final Map<String, ProcessInstance> zaken = new LinkedHashMap<>();

	@BeforeEach
	void startEenZaakPerProces() {
		ProcessInstance hoofdzaak = start(ProefZaak.KEY, ProefZaak.validStart());
		this.engine.getRuntimeService()
			.setVariable(hoofdzaak.getId(), "bezwaarDeadline",
					LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusWeeks(2).toString());
		this.zaken.put(ProefZaak.KEY, hoofdzaak);
		this.zaken.put("wmo-intake", start("wmo-intake",
				Map.of("bsn", "123456782", "naam", "J. de Vries", "hulpvraag", "Hulp bij het huishouden")));
		this.zaken.put("verwijzing", start("verwijzing", Map.of("bsn", "123456782", "verwijzerType", "huisarts",
				"verwijsdoel", "schuldhulp", "reden", "Schulden na ontslag", "toestemmingClient", true)));
		this.zaken.put("bezwaar", start("bezwaar", Map.of("hoofdzaak", hoofdzaak.getBusinessKey(), "bsn", "123456782",
				"motivering", "De hulp is ten onrechte afgewezen.")));
		this.zaken.put("transformatiefonds-aanvraag",
				start("transformatiefonds-aanvraag",
						Map.of("initiatiefnemer", "Stichting De Kom", "typeInitiatiefnemer", "bewoners", "email",
								"info@dekom.example", "projectTitel", "Buurtkeuken", "projectOmschrijving",
								"Samen koken tegen eenzaamheid", "gevraagdBedrag", 20_000L, "looptijdMaanden", 6L)));
	}

	@Test
	@DisplayName("every request the application serves, as every group on a case of every process: only what the allow-list names passes, nothing answers 5xx, lists show only readable cases")
	void elkeGroepMagAlleenWatZijnLijstNoemt() throws Exception {
		Set<Operatie> operaties = new TreeSet<>(ApiOperaties.vanCamunda());
		operaties.addAll(kantelApi());
		List<Runnable> verzoeken = new ArrayList<>();
		Queue<String> fouten = new ConcurrentLinkedQueue<>();
		for (KantelGroup groep : KantelGroup.values()) {
			String user = groep.id();
			Set<String> groepen = groepenVan(user);
			for (Operatie operatie : operaties) {
				boolean toegestaan = Toegangsbeleid.magAlles(groepen) || Toegangsbeleid.OPEN.contains(operatie)
						|| Toegangsbeleid.van(groepen).stream().anyMatch((handeling) -> handeling.omvat(operatie));
				// An administrator may do everything; trying the changes would destroy
				// the cases.
				if (groep == KantelGroup.CAMUNDA_ADMIN && !"GET".equals(operatie.methode())) {
					continue;
				}
				boolean perZaak = toegestaan && operatie.pad().contains("{");
				for (String proces : perZaak ? this.zaken.keySet() : Set.of("wmo-intake")) {
					verzoeken.add(() -> controleer(user, groepen, operatie, proces, toegestaan).ifPresent(fouten::add));
				}
			}
		}
		ForkJoinPool pool = new ForkJoinPool(4);
		try {
			pool.submit(() -> verzoeken.parallelStream().forEach(Runnable::run)).get();
		}
		finally {
			pool.shutdown();
		}
		System.out.printf("Toegangsmatrix: %d verzoeken over %d operaties x %d groepen x %d processen%n",
				verzoeken.size(), operaties.size(), KantelGroup.values().length, this.zaken.size());
		assertThat(fouten).as(fouten.size() + " verzoeken anders dan de lijst zegt").isEmpty();
	}

	private Optional<String> controleer(String user, Set<String> groepen, Operatie operatie, String proces,
			boolean toegestaan) {
		ProcessInstance zaak = this.zaken.get(proces);
		String url = url(operatie, zaak);
		Answer answer = KantelRest.as(this.template, user)
			.exchange(HttpMethod.valueOf(operatie.methode()), url,
					("POST".equals(operatie.methode()) || "PUT".equals(operatie.methode())) ? Map.of() : null);
		String wat = user + " " + operatie + " (" + proces + "): " + answer.status() + " " + answer.body();
		if (!toegestaan) {
			boolean geweigerd = answer.status() == 403 && Toegang.BERICHT.equals(answer.message());
			return geweigerd ? Optional.empty() : Optional.of("niet geweigerd: " + wat);
		}
		if (Toegang.BERICHT.equals(answer.message())) {
			return Optional.of("geweigerd: " + wat);
		}
		if (answer.status() >= 500) {
			return Optional.of("5xx: " + wat);
		}
		List<String> onleesbaar = onleesbareZakenIn(groepen, url, answer.body());
		return onleesbaar.isEmpty() ? Optional.empty() : Optional.of("toont " + onleesbaar + ": " + wat);
	}

	private Set<Operatie> kantelApi() {
		Set<Operatie> operaties = new TreeSet<>();
		this.kantelApi.getHandlerMethods().keySet().forEach((mapping) -> {
			for (String pattern : mapping.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					mapping.getMethodsCondition()
						.getMethods()
						.forEach((method) -> operaties.add(new Operatie(method.name(), pattern)));
				}
			}
		});
		assertThat(operaties).as("Kantel's own API").isNotEmpty();
		return operaties;
	}

	private String url(Operatie operatie, ProcessInstance zaak) {
		StringBuilder path = new StringBuilder();
		Matcher matcher = PARAMETER.matcher(operatie.pad());
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(waarde(operatie, matcher.group(1), zaak)));
		}
		matcher.appendTail(path);
		return path.toString().startsWith("/api/") ? path.toString() : "/engine-rest" + path;
	}

	/** Real ids of the case where the request names one; anything else does not exist. */
	private String waarde(Operatie operatie, String parameter, ProcessInstance zaak) {
		String pad = operatie.pad();
		boolean schrijft = !"GET".equals(operatie.methode());
		if (pad.startsWith("/task/{id}") && parameter.equals("id")) {
			Task task = this.engine.getTaskService()
				.createTaskQuery()
				.processInstanceId(zaak.getId())
				.list()
				.stream()
				.findFirst()
				.orElse(null);
			return (task != null) ? task.getId() : "onbekend";
		}
		if ((pad.startsWith("/process-instance/{id}") || pad.startsWith("/execution/{id}")
				|| pad.startsWith("/history/process-instance/{id}")) && parameter.equals("id")) {
			return zaak.getId();
		}
		if (pad.startsWith("/process-definition/{id}") && parameter.equals("id")) {
			return zaak.getProcessDefinitionId();
		}
		if (pad.startsWith("/process-definition/key/{key}") && parameter.equals("key")) {
			return this.engine.getRepositoryService().getProcessDefinition(zaak.getProcessDefinitionId()).getKey();
		}
		if (pad.startsWith("/deployment/{id}") && parameter.equals("id") && !schrijft) {
			return this.engine.getRepositoryService()
				.getProcessDefinition(zaak.getProcessDefinitionId())
				.getDeploymentId();
		}
		if (parameter.equals("zaaknummer")) {
			return zaak.getBusinessKey();
		}
		if (parameter.equals("varId")) {
			return "zaaknummer";
		}
		return "onbekend";
	}

	/**
	 * The cases of this test that the answer shows and the groups may not read, by their
	 * ids (a zaaknummer may be another case's hoofdzaak; a case the request itself names
	 * may come back in an error message).
	 */
	private List<String> onleesbareZakenIn(Set<String> groepen, String url, JsonNode body) {
		String text = body.toString();
		List<String> onleesbaar = new ArrayList<>();
		this.zaken.forEach((proces, zaak) -> {
			boolean genoemd = url.contains(zaak.getId()) || url.contains(zaak.getBusinessKey());
			if (!genoemd && !magLezen(groepen, proces) && text.contains(zaak.getId())) {
				onleesbaar.add(proces + " " + zaak.getBusinessKey());
			}
		});
		return onleesbaar;
	}

	/**
	 * Who reads the cases of this test: CONTRACT.md, Identity, and the per-case grants.
	 */
	private static boolean magLezen(Set<String> groepen, String proces) {
		Set<String> lezers = switch (proces) {
			case "wmo-intake", ProefZaak.KEY -> Set.of("wmo-consulent", "teamleider-wmo");
			case "bezwaar" -> Set.of("juridisch", "wmo-consulent", "teamleider-wmo");
			case "verwijzing" -> Set.of("schuldhulp", "coordinator-schuldhulp");
			case "transformatiefonds-aanvraag" ->
				Set.of("transformatieteam", "adviescommissie", "programmamanager", "wethouder");
			default -> Set.of();
		};
		return groepen.contains("manager") || groepen.contains("camunda-admin")
				|| groepen.stream().anyMatch(lezers::contains);
	}

	private Set<String> groepenVan(String user) {
		return this.engine.getIdentityService()
			.createGroupQuery()
			.groupMember(user)
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toSet());
	}

	private ProcessInstance start(String key, Map<String, Object> variables) {
		return this.engine.getRuntimeService().startProcessInstanceByKey(key, variables);
	}

}
