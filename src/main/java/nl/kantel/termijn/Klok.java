package nl.kantel.termijn;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, for rooms that record when something happened: a test moves it with
 * the engine's.
 */
public final class Klok {

	private Klok() {
	}

	public static Instant nu() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
