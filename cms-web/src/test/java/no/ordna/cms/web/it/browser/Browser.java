package no.ordna.cms.web.it.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.ordna.cms.web.it.support.CmsServer;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, nothing downloaded)
 * driving the editorial app of a running server. Tests are skipped, with a message naming the
 * packages, on a machine without them. Screenshots go to {@code cms-web/target/screenshots/};
 * {@link #assertAccessible} runs axe-core (vendored in the test resources) on the current screen.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Duration WAIT = Duration.ofSeconds(15);

  private final ChromeDriver driver;
  private final URI base;
  private final Path downloads;

  private Browser(ChromeDriver driver, URI base, Path downloads) {
    this.driver = driver;
    this.base = base;
    this.downloads = downloads;
  }

  /** Skips the calling test when Chromium or its driver is not installed. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Browser tests skipped: install Debian's chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver) to run them");
  }

  /** A new browser window (its own profile: no shared session storage) on the server. */
  public static Browser open(URI base) {
    assumeInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--disable-default-apps",
        "--disable-extensions",
        "--lang=nb-NO",
        "--window-size=1360,900");
    Path downloads;
    try {
      downloads = Files.createTempDirectory("cms-browser-downloads-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Browser(driver, base, downloads);
  }

  public static Browser open(CmsServer server) {
    return open(server.base());
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens an app address, e.g. {@code /admin/content/article}. */
  public Browser go(String path) {
    driver.get(base.resolve(path).toString());
    return this;
  }

  /** Signs in on the sign-in screen and waits for the start page. */
  public Browser signIn(String username, String password) {
    go("/admin/");
    WebElement user = waitFor(By.cssSelector("input[name=username]"));
    user.sendKeys(username);
    driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("cms-signin button[type=submit]")).click();
    waitFor(By.cssSelector("cms-start h1"));
    return this;
  }

  public WebElement waitFor(By locator) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** A wait that tries again when the app re-rendered an element between finding and reading it. */
  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  public <T> T waitUntil(Function<WebDriver, T> condition) {
    return waiting().until(condition::apply);
  }

  /** Waits until an element with this text is visible. */
  public WebElement waitForText(String text) {
    return waitFor(
        By.xpath(
            "//*[contains(normalize-space(.), "
                + xpathLiteral(text)
                + ") and not(*[contains(normalize-space(.), "
                + xpathLiteral(text)
                + ")])]"));
  }

  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Writes a screenshot of the window to {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    Path dir = Path.of(System.getProperty("cms.test.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs axe-core on the current screen (WCAG 2.0/2.1 A and AA rules) and returns the violations of
   * impact serious or critical, each as "rule: target …".
   */
  @SuppressWarnings("unchecked")
  public List<String> seriousAccessibilityViolations() {
    script(axeSource());
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                    + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(' | '))))"
                    + ".catch(e => done(['axe failed: ' + e]));");
    return (List<String>) result;
  }

  private static String axeSource;

  private static synchronized String axeSource() {
    if (axeSource == null) {
      try (InputStream in = Browser.class.getResourceAsStream("/vendor/axe-core/axe.min.js")) {
        axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axeSource;
  }

  /** Waits until the window has downloaded a file of this name (completely) and returns it. */
  public Path waitForDownload(String name) {
    Path file = downloads.resolve(name);
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                Files.isRegularFile(file)
                    && !Files.exists(downloads.resolve(name + ".crdownload")));
    return file;
  }

  /** The page's sessionStorage, for tests of what the app keeps (and does not keep). */
  @SuppressWarnings("unchecked")
  public Map<String, String> storage(String kind) {
    return (Map<String, String>)
        script(
            "const s = window[arguments[0]]; const o = {};"
                + " for (let i = 0; i < s.length; i++) o[s.key(i)] = s.getItem(s.key(i)); return o;",
            kind);
  }

  static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  @Override
  public void close() {
    driver.quit();
  }
}
