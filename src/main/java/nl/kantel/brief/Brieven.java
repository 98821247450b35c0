package nl.kantel.brief;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Letters as PDF and mail texts, from Thymeleaf templates that a municipality can change
 * without a new release.
 *
 * <p>
 * A template {@code naam} is {@code brieven/naam.html} (a letter, well-formed XHTML) or
 * {@code brieven/naam.txt} (the text of a mail) on the classpath, unless the folder of
 * {@code kantel.brieven.map} holds a file of that name: that one wins, also for fragments
 * such as {@code briefhoofd.html}. Every template sees the letter's data, the
 * municipality as {@code gemeente}, and the helpers {@code #datum}, {@code #geld} and
 * {@code #iwmo}.
 */
@Component
public class Brieven {

	static final String SHIPPED = "brieven/";

	private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final TemplateEngine engine;

	private final GemeenteProperties gemeente;

	private final String baseUri;

	Brieven(BrievenProperties properties, GemeenteProperties gemeente) {
		this.gemeente = gemeente;
		this.engine = templateEngine(properties.map());
		this.baseUri = baseUri(properties.map());
	}

	/**
	 * Renders the letter {@code brieven/<template>.html} with {@code data} to a PDF.
	 */
	public byte[] pdf(String template, Map<String, ?> data) {
		String html = render(template, ".html", data);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, this.baseUri);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Brief " + template + " niet als PDF opgemaakt", ex);
		}
		return pdf.toByteArray();
	}

	/**
	 * Renders the plain text {@code brieven/<template>.txt} with {@code data}, for the
	 * body of a mail.
	 */
	public String text(String template, Map<String, ?> data) {
		return render(template, ".txt", data);
	}

	private String render(String template, String extension, Map<String, ?> data) {
		if (template == null || !NAME.matcher(template).matches()) {
			throw new IllegalArgumentException("Sjabloonnaam '" + template + "' is ongeldig: alleen a-z, 0-9 en -");
		}
		Context context = new Context(DateExpressions.DUTCH);
		context.setVariables(new HashMap<>(data));
		context.setVariable("gemeente", this.gemeente);
		return this.engine.process(template + extension, context);
	}

	private static TemplateEngine templateEngine(Path map) {
		// SpEL, because the plain TemplateEngine needs OGNL, which Kantel does not ship.
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addDialect(new BriefDialect());
		if (map != null) {
			FileTemplateResolver override = configure(new FileTemplateResolver(), 1);
			override.setPrefix(map.toAbsolutePath() + File.separator);
			engine.addTemplateResolver(override);
		}
		ClassLoaderTemplateResolver shipped = configure(new ClassLoaderTemplateResolver(Brieven.class.getClassLoader()),
				2);
		shipped.setPrefix(SHIPPED);
		engine.addTemplateResolver(shipped);
		return engine;
	}

	private static <T extends AbstractConfigurableTemplateResolver> T configure(T resolver, int order) {
		resolver.setOrder(order);
		resolver.setCheckExistence(true);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setTextTemplateModePatterns(Set.of("*.txt"));
		// No cache: a template added to or changed in the folder counts at once.
		resolver.setCacheable(false);
		return resolver;
	}

	// Relative links in a letter, such as a logo, are found beside the templates.
	private static String baseUri(Path map) {
		if (map != null) {
			return map.toAbsolutePath().toUri().toString();
		}
		URL shipped = Brieven.class.getClassLoader().getResource(SHIPPED);
		return (shipped != null) ? shipped.toExternalForm() : null;
	}

}
