package nl.kantel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium, driven through Debian's chromedriver, in Dutch. Where
 * Chromium is missing the test is skipped with the reason; CI sets
 * {@code KANTEL_BROWSER_TESTS=verplicht} so that a missing browser fails instead.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/**
	 * Polling ceiling, not a pause: generous because the shared 2-core machine can be
	 * busy.
	 */
	private static final Duration WAIT = Duration.ofSeconds(60);

	private final WebDriver driver;

	private final String baseUrl;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	public static Browser open(int port) {
		return open(port, 1400, 1700);
	}

	public static Browser open(int port, int width, int height) {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && "verplicht".equals(System.getenv("KANTEL_BROWSER_TESTS"))) {
			throw new IllegalStateException("Browsertests zijn verplicht, maar " + CHROMIUM + " of " + CHROMEDRIVER
					+ " ontbreekt (apt-get install chromium chromium-driver)");
		}
		Assumptions.assumeTrue(present,
				"Overgeslagen: Debian's chromium en chromium-driver ontbreken (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=nl-NL", "--window-size=" + width + "," + height);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
	}

	public Browser go(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	public WebElement waitFor(By by) {
		return new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public WebElement waitForClickable(By by) {
		return new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.elementToBeClickable(by));
	}

	/**
	 * Clicks an element once it can be clicked, scrolled to the middle so no footer
	 * covers it.
	 */
	public void click(By by) {
		WebElement element = waitForClickable(by);
		script("arguments[0].scrollIntoView({block: 'center'})", element);
		waitForClickable(by).click();
	}

	public void waitForText(By by, String text) {
		new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	public void waitUntil(String description, Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.driver, WAIT).withMessage(description).until(condition::apply);
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	public WebDriver driver() {
		return this.driver;
	}

	private boolean credentialsTyped(String user) {
		WebElement name = waitFor(By.cssSelector("input[ng-model='username']"));
		WebElement password = this.driver.findElement(By.cssSelector("input[ng-model='password']"));
		name.clear();
		name.sendKeys(user);
		password.clear();
		password.sendKeys(KantelRest.DEMO_PASSWORD);
		return user.equals(name.getDomProperty("value"))
				&& KantelRest.DEMO_PASSWORD.equals(password.getDomProperty("value"));
	}

	/** Logs in to a Camunda webapp through its own Dutch login page. */
	public Browser login(String app, String user) {
		go("/camunda/app/" + app + "/default/#/login");
		// The form focuses its user field once AngularJS has drawn it; keys sent
		// to the password field just then land in the user field. That happens
		// once, so typing again after a check is enough.
		for (int attempt = 1; !credentialsTyped(user); attempt++) {
			if (attempt == 3) {
				throw new IllegalStateException("Het inlogscherm nam " + user + " niet aan");
			}
		}
		this.driver.findElement(By.cssSelector("button[type='submit']")).click();
		try {
			waitUntil("ingelogd als " + user, (d) -> !d.getCurrentUrl().contains("/login"));
		}
		catch (TimeoutException ex) {
			// Keep what the page showed, for a failure on a machine nobody can look at.
			Path picture = Path.of("target", "screenshots", "login-mislukt-" + user + ".png");
			screenshot(picture);
			throw new IllegalStateException("Inloggen als " + user + " lukte niet binnen " + WAIT + " (adres "
					+ this.driver.getCurrentUrl() + ", scherm in " + picture + ")", ex);
		}
		return this;
	}

	public void screenshot(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
