package org.medkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code medkg serve} as a reader sees it: Debian's headless Chromium, driven through chromedriver, opens the
 * seed disease's page in each language, switches language, searches in both scripts and takes a screenshot.
 * Skipped (not failed) where {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing; CI installs
 * both ({@code .ci/run}).
 */
class BrowserTest {
    /** Debian's Chromium and chromedriver (packages chromium, chromium-driver); -Dmedkg.chromium=… to try others. */
    static final Path CHROMIUM = Path.of(System.getProperty("medkg.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("medkg.chromedriver", "/usr/bin/chromedriver"));
    /** Why the tests are skipped without them. */
    static final String NO_BROWSER = "browser test skipped: it needs Debian's Chromium and chromedriver at "
            + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver fonts-noto-cjk; "
            + ".ci/run does)";

    static final String PAGE = "/page/disease/Spinal_muscular_atrophy";
    static final String HANS = "脊髓性肌肉萎缩症";
    static final String HANT = "脊髓性肌肉萎縮症";
    static final String EN = "Spinal muscular atrophy";
    static final String PROTEIN_HANS = "运动神经元存活因子";
    static final String PROTEIN_HANT = "運動神經元存活因子";
    /** The build folder: the pom's {@code medkg.buildDir}, which surefire passes on when it is given with -D. */
    static final Path BUILD_DIR = Path.of(System.getProperty("medkg.buildDir", "target"));
    static final Path SCREENSHOT = BUILD_DIR.resolve("serve-screenshot.png");

    /**
     * Selenium warns that it has no DevTools binding for Chromium's version; the test needs none (it sends its
     * one DevTools command through chromedriver). Held here so that the level set on it is not collected.
     */
    static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    @TempDir
    static Path dir;
    static ServedStore served;
    static ChromeDriverService service;
    static WebDriver driver;

    /** Whether Chromium and chromedriver are there; without them every test is skipped, saying why. */
    static boolean haveBrowser() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    static void start() throws IOException {
        if (!haveBrowser()) {
            return; // each test skips itself (assumeBrowser), so that the report shows them as skipped, with why
        }
        // Selenium Manager (which may download drivers and browsers) is skipped when the service names its
        // executable and the options name the browser; should it ever run, it must not go online.
        System.setProperty("SE_OFFLINE", "true");
        Files.createDirectories(BUILD_DIR);
        served = ServedStore.start(dir.resolve("store"));

        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(BUILD_DIR.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,2000",
                // Nothing but the test's server: every other host name fails at once, offline or not
                // (the page's Wikimedia Commons image shows as its alt text).
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
    }

    @BeforeEach
    void assumeBrowser() {
        Assumptions.assumeTrue(haveBrowser(), NO_BROWSER);
    }

    @AfterAll
    static void stop() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            try {
                if (service != null) {
                    service.stop();
                }
            } finally {
                if (served != null) {
                    served.close();
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zh-Hans|脊髓性肌肉萎缩症|运动神经元存活因子",
            "zh-Hant|脊髓性肌肉萎縮症|運動神經元存活因子",
            // the protein has no English name: the page shows its other name, the abbreviation
            "en|Spinal muscular atrophy|SMN"})
    void theDiseasePageShowsItsNamesCodesAndGenes(String lang, String title, String protein) {
        open(PAGE + "?lang=" + lang);
        assertEquals(lang, driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals(title, text("h1#title"));
        assertTrue(driver.getTitle().startsWith(title), driver.getTitle());

        assertEquals(HANS, text("table.names tr.name-zh-Hans td"));
        assertEquals(HANT, text("table.names tr.name-zh-Hant td"));
        assertEquals(EN, text("table.names tr.name-en td"));

        String codes = text("section#codes");
        assertTrue(codes.contains("ICD-10") && codes.contains("G12.0"), codes);
        assertTrue(codes.contains("OMIM") && codes.contains("253300"), codes);
        assertEquals("https://icd.who.int/browse10/2019/en#/G12.0",
                element("section#codes a[href$='G12.0']").getDomAttribute("href"));

        String genes = text("section#genes");
        assertTrue(genes.contains("SMN1"), genes);
        assertEquals(protein, text("section#genes a[href='/protein/SMN']"));
    }

    @Test
    void theLanguageSwitchChangesTheTitle() {
        open(PAGE + "?lang=zh-Hans");
        assertEquals(HANS, text("h1#title"));
        assertEquals("zh-Hans", element("nav.languages strong").getDomAttribute("lang"));

        clickAndWait(element("nav.languages a[hreflang='zh-Hant']"));
        assertEquals(HANT, text("h1#title"));
        assertEquals("zh-Hant", element("nav.languages strong").getDomAttribute("lang"));
        assertEquals(PROTEIN_HANT, text("section#genes a[href='/protein/SMN']"));

        clickAndWait(element("nav.languages a[hreflang='en']"));
        assertEquals(EN, text("h1#title"));
        assertEquals(PAGE, URI.create(driver.getCurrentUrl()).getPath());

        clickAndWait(element("nav.languages a[hreflang='zh-Hans']"));
        assertEquals(HANS, text("h1#title"));
    }

    @Test
    void searchingEitherScriptFindsTheDisease() {
        open(PAGE + "?lang=zh-Hans");
        for (String query : List.of(HANT, HANS)) {
            WebElement q = element("form.search input#q");
            q.clear();
            q.sendKeys(query);
            clickAndWait(element("form.search button[type='submit']"));

            assertEquals("/search", URI.create(driver.getCurrentUrl()).getPath(), driver.getCurrentUrl());
            assertEquals(query, element("form.search input#q").getDomProperty("value"), "the box keeps the query");
            WebElement first = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li a")));
            assertEquals(PAGE, URI.create(first.getDomAttribute("href")).getPath(), first.getDomAttribute("href"));
            assertEquals(HANS, first.getText(), "the hit is named in the page's language");

            clickAndWait(first);
            assertEquals(HANS, text("h1#title"));
        }
    }

    @Test
    void aFullPageScreenshotOfTheSimplifiedChinesePage() throws IOException {
        open(PAGE + "?lang=zh-Hans");
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
        ChromeDriver chrome = (ChromeDriver) driver;
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = ((Number) size.get("height")).doubleValue();
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
        Files.write(SCREENSHOT, png);

        byte[] written = Files.readAllBytes(SCREENSHOT);
        assertTrue(written.length > 10_000, "a screenshot of the whole page, not an empty one: " + written.length);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                Arrays.copyOf(written, 8), "a PNG");
        int pngWidth = readInt(written, 16);
        int pngHeight = readInt(written, 20);
        assertTrue(pngWidth > 1200 && pngWidth <= 1280, "the window's width, less any scroll bar: " + pngWidth);
        assertTrue(pngHeight >= 1000, "the whole page's height: " + pngHeight);
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private static void open(String pathAndQuery) {
        driver.get(served.uri(pathAndQuery).toString());
    }

    private static WebElement element(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private static String text(String css) {
        return element(css).getText().strip();
    }

    /** Clicks and waits for the next page to replace this one. */
    private static void clickAndWait(WebElement target) {
        WebElement html = driver.findElement(By.tagName("html"));
        target.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.stalenessOf(html));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
