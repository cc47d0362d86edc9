package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: one headless Chromium per test class (started before the first test,
 * quit after the last), a clean cookie jar before each test (so each test starts signed out and in
 * Vietnamese), helpers that act as a person would (open a page, type, pick, click and wait for the
 * next page) and, when a test fails, a screenshot and the page source under
 * {@code <build dir>/browser-failures/}.
 *
 * <p>Subclasses carry {@link DanVanIntegrationTest}, so they share the one Spring context and its
 * server on a random port.
 */
@ExtendWith(BrowserTestSupport.Browser.class)
public abstract class BrowserTestSupport {

    /** The password of every demo account. */
    protected static final String DEMO_PASSWORD = "DanVan@2018";

    /** Generous, as a busy build machine can be slow; a wait ends as soon as its condition holds. */
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(100);

    @LocalServerPort
    protected int port;

    /** The class's browser, set before each test. */
    protected WebDriver driver;

    // ------------------------------------------------------------------ navigation

    /** Opens a path of the application, e.g. {@code /units?q=an}. */
    protected void open(String path) {
        driver.get(url(path));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The path (and query) of the current page, e.g. {@code /login?error=credentials}. */
    protected String currentPath() {
        String url = driver.getCurrentUrl();
        String base = "http://localhost:" + port;
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Waits until the current path (without query) is exactly {@code path}. */
    protected void waitForPath(String path) {
        waitUntil(d -> stripQuery(currentPath()).equals(path), "path " + path);
    }

    /** Waits until the current path matches a regular expression, e.g. {@code /units/\d+}. */
    protected void waitForPathMatching(String regex) {
        waitUntil(d -> stripQuery(currentPath()).matches(regex), "path matching " + regex);
    }

    // ------------------------------------------------------------------ signing in and out

    /**
     * Signs in through the real login form (opening the login page unless it is already shown, as
     * after signing out) and waits for the page that follows it.
     */
    protected void signIn(String username, String password) {
        if (!currentPath().startsWith("/login") || !isPresent(By.id("login-form"))) {
            open("/login");
        }
        submitLogin(username, password);
    }

    /** Fills and submits the login form already shown, waiting for the next page. */
    protected void submitLogin(String username, String password) {
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndWaitForPage(By.id("login-submit"));
    }

    /** Signs out through the user menu and waits for the login page that confirms it. */
    protected void signOut() {
        click(By.id("user-menu"));
        clickAndWaitForPage(By.id("sign-out"));
        waitForPath("/login");
    }

    // ------------------------------------------------------------------ administrator screens

    /**
     * On the person form already shown (its unit chosen or to be chosen by {@code unitOption}, the
     * option's visible text, or null to keep the one shown), types the person and saves; waits for
     * the unit's page that follows.
     */
    protected void savePerson(String fullName, String title, String unitOption) {
        type(By.id("fullName"), fullName);
        type(By.id("title"), title);
        if (unitOption != null) {
            select(By.id("unitId"), unitOption);
        }
        clickAndWaitForPage(By.id("save-person"));
        waitForPathMatching("/units/\\d+");
    }

    /**
     * From the account list, creates an account for a person ({@code personOption}: the option's
     * visible text, "name — unit") with the one role {@code roleLabel} and an initial password; waits
     * for the new account's page.
     */
    protected void createAccount(String username, String personOption, String roleLabel, String password) {
        open("/admin/accounts");
        clickAndWaitForPage(By.id("new-account"));
        type(By.id("username"), username);
        select(By.id("personId"), personOption);
        for (WebElement box : findAll(By.cssSelector("input[type=checkbox][name=roles]"))) {
            String label = driver.findElement(By.cssSelector("label[for='" + box.getDomAttribute("id") + "']"))
                    .getText().strip();
            if (box.isSelected() != label.equals(roleLabel)) {
                box.click();
            }
        }
        type(By.id("password"), password);
        clickAndWaitForPage(By.id("save-account"));
        waitForPathMatching("/admin/accounts/\\d+");
    }

    // ------------------------------------------------------------------ reading and acting

    protected WebElement find(By by) {
        return waiter().until(ExpectedConditions.presenceOfElementLocated(by));
    }

    protected WebElement visible(By by) {
        return waiter().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    protected boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** The visible text of an element, once it is visible. */
    protected String text(By by) {
        return visible(by).getText().strip();
    }

    /** The value currently in an input. */
    protected String value(By by) {
        return find(by).getDomProperty("value");
    }

    /** The visible text of the option selected in a drop-down. */
    protected String selected(By by) {
        return new Select(find(by)).getFirstSelectedOption().getText().strip();
    }

    /** The visible text of the whole page body. */
    protected String bodyText() {
        return find(By.tagName("body")).getText();
    }

    /** The HTML of the current page as the browser holds it. */
    protected String pageSource() {
        return driver.getPageSource();
    }

    /** The page's heading 1. */
    protected String heading() {
        return text(By.tagName("h1"));
    }

    protected void type(By by, String text) {
        WebElement field = visible(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Picks an option of a drop-down by the text a person reads. */
    protected void select(By by, String visibleText) {
        new Select(visible(by)).selectByVisibleText(visibleText);
    }

    protected void click(By by) {
        waiter().until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /**
     * Opens a page through the staff menu as a person does: the menu button first on a narrow window, then the
     * entry's group (unless the group is a single link), then the entry ({@code entryId}, e.g. "nav-dossiers").
     */
    protected void clickMenu(String entryId) {
        WebElement toggler = driver.findElement(By.cssSelector(".dv-nav .navbar-toggler"));
        if (toggler.isDisplayed() && "false".equals(toggler.getDomAttribute("aria-expanded"))) {
            toggler.click();
        }
        WebElement entry = driver.findElement(By.id(entryId));
        List<WebElement> group = entry.findElements(By.xpath("ancestor::li[contains(@class, 'dropdown')]/button"));
        if (!group.isEmpty() && !entry.isDisplayed()) {
            waiter().until(ExpectedConditions.elementToBeClickable(group.get(0))).click();
        }
        clickAndWaitForPage(By.id(entryId));
    }

    /** Clicks a link or submit button and waits until the browser has loaded the page that follows. */
    protected void clickAndWaitForPage(By by) {
        WebElement target = waiter().until(ExpectedConditions.elementToBeClickable(by));
        WebElement oldPage = driver.findElement(By.tagName("html"));
        target.click();
        waitForNextPage(oldPage, "clicking " + by);
    }

    /** Waits until the page {@code oldPage} (its html element) has gone and the next one has loaded. */
    private void waitForNextPage(WebElement oldPage, String after) {
        waitUntil(d -> gone(oldPage), "the next page after " + after);
        waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")),
                "the page to load");
    }

    /**
     * Answers yes to the question asked before an action that cannot be undone (publish, refuse, conclude:
     * a button or form with data-confirm, static/js/confirm.js): after the click on such a button, waits for
     * the dialog, clicks its Confirm button and waits for the page that follows.
     */
    protected void confirmAction() {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        waitUntil(d -> Boolean.TRUE.equals(script("return document.getElementById('dv-confirm').open")),
                "the confirmation dialog");
        click(By.id("dv-confirm-ok"));
        waitForNextPage(oldPage, "confirming");
    }

    /**
     * Whether the element left the document. Chromium says so either as a stale element or, when
     * asked in the middle of the navigation, as "Node with given id does not belong to the document".
     */
    protected static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    protected <T> T waitUntil(Function<WebDriver, T> condition, String what) {
        return waiter().withMessage("waiting for " + what + " on " + driver.getCurrentUrl())
                .until(condition);
    }

    private WebDriverWait waiter() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.pollingEvery(POLL);
        // a condition that reads an element an htmx swap or a reload is replacing meanwhile asks again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    protected Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Keeps a picture of the window as a test artefact: {@code <build dir>/browser-screenshots/<test class>-NAME.png}.
     */
    protected void screenshot(String name) {
        try {
            Path dir = Browser.buildDirectory().resolve("browser-screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(getClass().getSimpleName() + "-" + name + ".png"),
                    ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core, run in the page as it is now, finds no serious or critical violation. */
    protected void assertNoSeriousAccessibilityViolation(String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        assertThat(serious).as("serious or critical axe-core violations on " + page).isEmpty();
    }

    protected void resizeWindow(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** A short random suffix that keeps this run's names apart from other tests' data. */
    protected static String uniqueSuffix() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase()
                + ThreadLocalRandom.current().nextInt(10, 99);
    }

    private static String stripQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    // ------------------------------------------------------------------ the browser's life cycle

    /**
     * The language of the test class's Chromium (its interface and Accept-Language), e.g. {@code "en-US"};
     * without it, Chromium's default. The application's own language is still its cookie's (Vietnamese first).
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface BrowserLanguage {
        String value();
    }

    /** Starts one Chromium per test class, hands it to each test, records failures, quits it at the end. */
    static final class Browser
            implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback {

        static final int WIDTH = 1280;
        static final int HEIGHT = 900;
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            Path profile = Files.createTempDirectory("danvan-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("danvan.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--force-prefers-reduced-motion", "--user-data-dir=" + profile,
                    "--window-size=" + WIDTH + "," + HEIGHT);
            BrowserLanguage language = context.getRequiredTestClass().getAnnotation(BrowserLanguage.class);
            if (language != null) {
                options.addArguments("--lang=" + language.value());
                options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language.value()));
            }
            if (System.getProperty("webdriver.chrome.driver") == null) {
                System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver")).toFile())
                    .build();
            ChromeDriver driver;
            try {
                driver = new ChromeDriver(service, options);
            } catch (RuntimeException e) {
                deleteQuietly(profile);
                throw e;
            }
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            store(context).put("driver", driver);
            store(context).put("profile", profile);
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            ChromeDriver driver = driver(context);
            // a clean start for every test: no page (its form would carry a dead session's CSRF
            // token), signed out, default language, desktop window
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            Dimension size = driver.manage().window().getSize();
            if (size.getWidth() != WIDTH || size.getHeight() != HEIGHT) {
                driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
            }
            ((BrowserTestSupport) context.getRequiredTestInstance()).driver = driver;
        }

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()) {
                return;
            }
            ChromeDriver driver = driver(context);
            try {
                Path dir = failureDirectory();
                Files.createDirectories(dir);
                String name = context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
                Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
                Files.writeString(dir.resolve(name + ".html"),
                        "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
                System.err.println("Browser failure saved: " + dir.resolve(name + ".png") + " (URL "
                        + driver.getCurrentUrl() + ")");
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not save the browser failure: " + e);
            }
        }

        @Override
        public void afterAll(ExtensionContext context) throws IOException {
            ChromeDriver driver = store(context).remove("driver", ChromeDriver.class);
            if (driver != null) {
                driver.quit();
            }
            Path profile = store(context).remove("profile", Path.class);
            if (profile != null) {
                deleteQuietly(profile);
            }
        }

        private static ChromeDriver driver(ExtensionContext context) {
            return store(context).get("driver", ChromeDriver.class);
        }

        private static ExtensionContext.Store store(ExtensionContext context) {
            // the class-level context's store, reached from a method context through its parent
            ExtensionContext classContext = context;
            while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
                classContext = classContext.getParent().get();
            }
            return classContext.getStore(NAMESPACE);
        }

        /** {@code <build dir>/browser-failures}. */
        private static Path failureDirectory() {
            return buildDirectory().resolve("browser-failures");
        }

        /** The build dir: the parent of test-classes. */
        static Path buildDirectory() {
            try {
                Path classes = Path.of(BrowserTestSupport.class.getProtectionDomain().getCodeSource().getLocation()
                        .toURI());
                return classes.getParent();
            } catch (URISyntaxException | RuntimeException e) {
                return Path.of("target");
            }
        }

        private static void deleteQuietly(Path root) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // Chromium may still be letting go of a file; the temp dir is cleaned by the OS later
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // ignore: a leftover temp profile harms nothing
            }
        }
    }
}
