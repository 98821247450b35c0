package nl.kantel.brief;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates {@code #datum} ({@link DateExpressions}), {@code #geld}
 * ({@link GeldExpressions}) and {@code #iwmo} ({@link IwmoCodes}); as expression objects
 * they cannot clash with a variable of the letter's data.
 */
class BriefDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final DateExpressions DATUM = new DateExpressions();

	private static final GeldExpressions GELD = new GeldExpressions();

	private static final IwmoCodes IWMO = new IwmoCodes();

	BriefDialect() {
		super("kantel-brief");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("datum", "geld", "iwmo");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return switch (name) {
					case "datum" -> DATUM;
					case "geld" -> GELD;
					default -> IWMO;
				};
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}
