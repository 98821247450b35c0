package nl.kantel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md shows the allow-list the application enforces: its tables are made
 * from {@link Toegangsbeleid} and {@link Handeling}, so they cannot drift apart. After a
 * change of the policy, {@code ./mvnw test -Dtest=ToegangsbeleidDocTest
 * -Dkantel.docs.bijwerken=true} writes them anew.
 */
class ToegangsbeleidDocTest {

	private static final Path DOC = Path.of("docs/security.md");

	private static final String BEGIN = "<!-- toegangsbeleid: begin (gemaakt door ToegangsbeleidDocTest) -->";

	private static final String END = "<!-- toegangsbeleid: einde -->";

	@Test
	@DisplayName("every request a handeling names is one Camunda's REST API or Kantel's API serves")
	void elkeOperatieBestaat() {
		Set<Operatie> served = ApiOperaties.vanCamunda();
		Set<Operatie> named = Arrays.stream(Handeling.values())
			.flatMap((handeling) -> handeling.operaties().stream())
			.filter((operatie) -> !operatie.pad().startsWith("/api/"))
			.collect(Collectors.toCollection(TreeSet::new));
		named.addAll(Toegangsbeleid.OPEN);

		assertThat(served).containsAll(named);
	}

	@Test
	@DisplayName("docs/security.md shows the allow-list as the application enforces it")
	void documentatieVolgtHetBeleid() throws IOException {
		String doc = Files.readString(DOC, StandardCharsets.UTF_8);
		String table = BEGIN + "\n\n" + tabellen() + "\n" + END;
		String current = doc.substring(doc.indexOf(BEGIN), doc.indexOf(END) + END.length());
		if (Boolean.getBoolean("kantel.docs.bijwerken")) {
			Files.writeString(DOC, doc.replace(current, table), StandardCharsets.UTF_8);
			current = table;
		}

		assertThat(current).as("docs/security.md; write it anew with -Dkantel.docs.bijwerken=true").isEqualTo(table);
	}

	private static String tabellen() {
		StringBuilder text = new StringBuilder("| groepen | mogen |\n|---|---|\n");
		Map<String, List<String>> groepenPerLijst = new LinkedHashMap<>();
		for (KantelGroup groep : KantelGroup.values()) {
			String mag = (groep == KantelGroup.CAMUNDA_ADMIN) ? "alles"
					: Toegangsbeleid.van(groep)
						.stream()
						.map(Handeling::name)
						.map(ToegangsbeleidDocTest::code)
						.collect(Collectors.joining(", "));
			groepenPerLijst.computeIfAbsent(mag, (lijst) -> new ArrayList<>()).add(code(groep.id()));
		}
		groepenPerLijst.forEach((mag, groepen) -> text.append("| ")
			.append(String.join(", ", groepen))
			.append(" | ")
			.append(mag)
			.append(" |\n"));
		text.append("\nOpen voor iedereen, ook zonder login: ")
			.append(Toegangsbeleid.OPEN.stream()
				.map(Operatie::toString)
				.map(ToegangsbeleidDocTest::code)
				.collect(Collectors.joining(", ")))
			.append(".\n\n| handeling | wat | verzoeken |\n|---|---|---|\n");
		for (Handeling handeling : Handeling.values()) {
			text.append("| ")
				.append(code(handeling.name()))
				.append(" | ")
				.append(handeling.omschrijving())
				.append(" | ")
				.append(new TreeSet<>(handeling.operaties()).stream()
					.map(Operatie::toString)
					.map(ToegangsbeleidDocTest::code)
					.collect(Collectors.joining("<br>")))
				.append(" |\n");
		}
		return text.toString();
	}

	private static String code(String text) {
		return "`" + text + "`";
	}

}
