package nl.kantel.bezwaar;

import java.time.LocalDate;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import nl.kantel.post.Brief;
import nl.kantel.post.Brievenpost;

/**
 * Sends a bezwaar letter whose text names a term counted from the day it leaves: made for
 * today, and made again for the day it first left when a retried job finds it sent
 * before, so the copy on the case says what the resident received.
 */
@Component
class BezwaarVerzending {

	private final Brievenpost brievenpost;

	private final BezwaarTermijnen termijnen;

	BezwaarVerzending(Brievenpost brievenpost, BezwaarTermijnen termijnen) {
		this.brievenpost = brievenpost;
		this.termijnen = termijnen;
	}

	Verzonden verzenden(Function<LocalDate, Brief> briefVoorDag) {
		LocalDate vandaag = this.termijnen.vandaag();
		Brief brief = briefVoorDag.apply(vandaag);
		LocalDate verzonden = this.brievenpost.verzenden(brief);
		return new Verzonden(verzonden, verzonden.equals(vandaag) ? brief : briefVoorDag.apply(verzonden));
	}

	record Verzonden(LocalDate dag, Brief brief) {
	}

}
