package nl.kantel.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of request of the API, as Jersey matches it: the HTTP method and the path
 * template below the engine, {@code POST /task/{id}/complete}. The same for
 * {@code /engine-rest}, {@code /engine-rest/engine/{name}} and the webapps' copy at
 * {@code /camunda/api/engine/engine/{name}}.
 */
record Operatie(String methode, String pad) implements Comparable<Operatie> {

	private static final Pattern NAMED_ENGINE_PATH = Pattern.compile("^/engine/[^/]+(/.*)$");

	private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

	static Operatie parse(String text) {
		String[] parts = text.trim().split("\\s+", 2);
		return new Operatie(parts[0], parts[1]);
	}

	/**
	 * The path of a request before Jersey matched it, relative to the API's root, in the
	 * same form: {@code engine/default/task/42} becomes {@code /task/42}.
	 */
	static String padVanVerzoek(String path) {
		String full = "/" + path.replaceAll("^/+", "").replaceAll("/+$", "");
		Matcher named = NAMED_ENGINE_PATH.matcher(full);
		return named.matches() ? named.group(1) : full;
	}

	/** Whether a request path could be this operation, whatever its parameters are. */
	Pattern alsPatroon() {
		StringBuilder regex = new StringBuilder("^");
		Matcher parameter = PARAMETER.matcher(this.pad);
		int end = 0;
		while (parameter.find()) {
			regex.append(Pattern.quote(this.pad.substring(end, parameter.start()))).append("[^/]+");
			end = parameter.end();
		}
		return Pattern.compile(regex.append(Pattern.quote(this.pad.substring(end))).append("$").toString());
	}

	@Override
	public int compareTo(Operatie other) {
		int byPath = this.pad.compareTo(other.pad);
		return (byPath != 0) ? byPath : this.methode.compareTo(other.methode);
	}

	@Override
	public String toString() {
		return this.methode + " " + this.pad;
	}

}
