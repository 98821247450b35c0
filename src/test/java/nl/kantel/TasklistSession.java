package nl.kantel;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A logged-in Tasklist session: the cookies and CSRF token the browser app sends. */
public final class TasklistSession {

	private final TestRestTemplate template;

	private final List<String> cookies = new ArrayList<>();

	private String csrfToken;

	private TasklistSession(TestRestTemplate template) {
		this.template = template;
	}

	public static TasklistSession login(TestRestTemplate template, String user) {
		TasklistSession session = new TasklistSession(template);
		session.remember(template.getForEntity("/camunda/app/tasklist/default/", String.class));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", KantelRest.DEMO_PASSWORD);
		ResponseEntity<String> login = session.send(HttpMethod.POST,
				"/camunda/api/admin/auth/user/default/login/tasklist", form, MediaType.APPLICATION_FORM_URLENCODED);
		if (login.getStatusCode().value() != 200) {
			throw new IllegalStateException("Inloggen in Tasklist mislukt: " + login.getStatusCode());
		}
		// Login starts a new session; like the browser app, fetch once to receive its
		// CSRF token.
		session.send(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, MediaType.APPLICATION_JSON);
		return session;
	}

	public ResponseEntity<String> get(String path) {
		return send(HttpMethod.GET, path, null, MediaType.APPLICATION_JSON);
	}

	public ResponseEntity<String> postJson(String path, Object body) {
		return send(HttpMethod.POST, path, body, MediaType.APPLICATION_JSON);
	}

	private ResponseEntity<String> send(HttpMethod method, String path, Object body, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.put(HttpHeaders.COOKIE, List.of(String.join("; ", this.cookies)));
		headers.add("X-XSRF-TOKEN", this.csrfToken);
		ResponseEntity<String> response = this.template.exchange(path, method, new HttpEntity<>(body, headers),
				String.class);
		remember(response);
		return response;
	}

	private void remember(ResponseEntity<String> response) {
		for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
			String pair = cookie.split(";", 2)[0];
			String name = pair.split("=", 2)[0];
			this.cookies.removeIf((existing) -> existing.startsWith(name + "="));
			this.cookies.add(pair);
			if (name.equals("XSRF-TOKEN")) {
				this.csrfToken = pair.split("=", 2)[1];
			}
		}
	}

}
