package nl.kantel.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import nl.kantel.KantelRest;
import nl.kantel.KantelRest.Answer;
import nl.kantel.ProefZaak;

abstract class ZaaknummerContract {

	private static final int THREADS = 8;

	private static final int STARTS_PER_THREAD = 6;

	@Autowired
	TestRestTemplate template;

	@Test
	@DisplayName("concurrent starts over REST each get their own zaaknummer")
	void concurrentStartsGetUniqueNumbers() throws Exception {
		KantelRest portaal = KantelRest.as(this.template, "portaal");
		Callable<List<String>> starter = () -> {
			List<String> numbers = new ArrayList<>();
			for (int i = 0; i < STARTS_PER_THREAD; i++) {
				Answer answer = ProefZaak.start(portaal, ProefZaak.validStart());
				assertThat(answer.status()).as(answer.message()).isEqualTo(200);
				numbers.add(answer.body().path("businessKey").asText());
			}
			return numbers;
		};
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<List<String>>> futures = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			futures.add(pool.submit(starter));
		}
		List<String> all = new ArrayList<>();
		for (Future<List<String>> future : futures) {
			all.addAll(future.get());
		}
		pool.shutdown();

		Set<String> unique = new HashSet<>(all);
		assertThat(all).hasSize(THREADS * STARTS_PER_THREAD).allMatch((number) -> number.matches("PRF-\\d{4}-\\d{6}"));
		assertThat(unique).hasSameSizeAs(all);
	}

}
