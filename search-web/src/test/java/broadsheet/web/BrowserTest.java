package broadsheet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader in a real browser (Debian's chromium, driven through its chromedriver, headless and offline):
 * searches, clicks a facet value, and sees the results narrow.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;

    static TestServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        boolean browserInstalled = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "needs chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)";
        // On a developer's machine without a browser the test is skipped; in CI, where .ci/run installs one, never.
        if (System.getenv("CI") != null) {
            assertTrue(browserInstalled, missing);
        }
        assumeTrue(browserInstalled, missing);
        server = new TestServer(dir);
        ChromeOptions options = new ChromeOptions();
        // Given the binary and the driver, Selenium Manager has nothing to look up or download.
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static int total() {
        return Integer.parseInt(browser.findElement(By.id("total")).getAttribute("data-total"));
    }

    @Test
    void searchThenNarrowByAFacetValue() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(server.base() + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("Zelenskyy security guarantees", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search?q="));
        int before = total();
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
        assertEquals(before, hits.size());
        assertTrue(hits.getFirst().getText().contains("Zelenskyy asks allies for security guarantees"));
        assertTrue(browser.findElements(By.cssSelector(".snippet mark")).size() > 0, "matched terms are marked");

        WebElement left = browser.findElement(By.cssSelector("a.facet-value[href*='bias=left']"));
        left.click();
        wait.until(ExpectedConditions.urlContains("bias=left"));
        int after = total();
        assertTrue(after > 0 && after < before, before + " -> " + after);
        List<WebElement> badges = browser.findElements(By.cssSelector(".hit .badge"));
        assertEquals(after, badges.size());
        badges.forEach(badge -> assertEquals("left", badge.getText()));
        assertTrue(browser.findElement(By.cssSelector("a.facet-value.selected")).getText().contains("left"),
                "the chosen value shows as chosen");
    }

    @Test
    void anEntityChipAddsAFilter() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(server.base() + "/search?q=guarantees");
        int before = total();
        browser.findElement(By.cssSelector(".hit a.chip.organization")).click();
        wait.until(ExpectedConditions.urlContains("organization="));
        int after = total();
        assertTrue(after > 0 && after < before, before + " -> " + after);
    }

    @Test
    void eachFilterOnShowsAsAChipThatRemovesIt() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(server.base() + "/search?q=guarantees");
        assertTrue(browser.findElements(By.cssSelector(".constraints")).isEmpty(), "no filters, no row");
        int all = total();
        browser.findElement(By.cssSelector("a.facet-value[href*='bias=left']")).click();
        wait.until(ExpectedConditions.urlContains("bias=left"));
        WebElement chip = browser.findElement(By.cssSelector(".constraints a.constraint"));
        assertTrue(chip.getText().endsWith("bias left ×"), chip.getText());
        assertTrue(browser.findElement(By.id("total")).getText().matches(total() + " results? for guarantees"),
                browser.findElement(By.id("total")).getText());
        chip.click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("bias=left")));
        assertEquals(all, total());
        assertTrue(browser.findElements(By.cssSelector(".constraints")).isEmpty());
    }

    @Test
    void aCoverageSegmentFiltersByItsBiasAndTheBarSaysWhatItCounts() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(server.base() + "/search?q=guarantees");
        WebElement center = browser.findElement(By.cssSelector(".coverage .legend a.segment[href*='bias=center']"));
        assertTrue(center.getText().startsWith("center "), center.getText());
        center.click();
        wait.until(ExpectedConditions.urlContains("bias=center"));
        browser.findElements(By.cssSelector(".hit .badge")).forEach(badge -> assertEquals("center", badge.getText()));
        assertTrue(browser.findElement(By.cssSelector(".coverage figcaption")).getText().toLowerCase()
                .contains("all biases, the chosen marked"));
        assertEquals("center", browser.findElement(By.cssSelector(".coverage .legend a.segment.selected"))
                .getText().split(" ")[0]);
        browser.get(server.base() + "/search?q=xqzzvvy");
        assertTrue(browser.findElements(By.cssSelector(".coverage")).isEmpty(), "no bar over no results");
    }

    @Test
    void anArticleKeepsThePlaceInItsSearch() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(server.base() + "/search?q=guarantees&bias=left&bias=center&bias=far-left&sort=oldest&size=2&page=2");
        int results = total();
        String third = browser.findElements(By.cssSelector(".hit h3 a")).getFirst().getText();
        browser.findElements(By.cssSelector(".hit h3 a")).getFirst().click();
        wait.until(ExpectedConditions.urlContains("/articles/"));
        assertEquals(third, browser.findElement(By.tagName("h1")).getText());
        assertEquals("‹ 3 of " + results + " ›", browser.findElement(By.cssSelector(".position")).getText());
        browser.findElement(By.cssSelector(".position a[rel=next]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".position"), "‹ 4 of " + results + (results > 4 ? " ›" : "")));
        browser.findElement(By.cssSelector(".in-search > a")).click();
        wait.until(ExpectedConditions.urlContains("/search?"));
        String back = browser.getCurrentUrl();
        for (String kept : List.of("q=guarantees", "bias=left", "bias=center", "sort=oldest", "size=2", "page=2")) {
            assertTrue(back.contains(kept), kept + " kept in " + back);
        }
        assertEquals(results, total());
    }

    @Test
    void aFacetsMoreLinkListsEveryValueToFilterSortAndChoose() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(server.base() + "/search?q=guarantees");
        browser.findElement(By.cssSelector(".more a[href^='/facets/outlet']")).click();
        wait.until(ExpectedConditions.urlContains("/facets/outlet"));
        assertTrue(total() >= 5, "every outlet with a match: " + total());
        browser.findElement(By.id("contains")).sendKeys("left");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("order"))).selectByValue("name");
        browser.findElement(By.cssSelector(".facet-filter button")).click();
        wait.until(ExpectedConditions.urlContains("contains=left"));
        assertEquals(List.of("Far Left Review", "Left Daily"),
                browser.findElements(By.cssSelector(".facet-values .label")).stream().map(WebElement::getText).toList());
        browser.findElement(By.partialLinkText("Left Daily")).click();
        wait.until(ExpectedConditions.urlContains("/search?"));
        assertTrue(browser.getCurrentUrl().contains("q=guarantees") && browser.getCurrentUrl().contains("outlet=Left+Daily"),
                browser.getCurrentUrl());
    }

    @Test
    void aTimelineBarNarrowsToItsYearThenToItsMonth() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(server.base() + "/search?sort=newest");
        int all = total();
        // the archive spans more than three years: a bar a year, and the axis names the years
        String caption = browser.findElement(By.cssSelector(".timeline figcaption")).getText();
        assertTrue(caption.toLowerCase().startsWith("by year"), caption);
        assertFalse(browser.findElements(By.cssSelector(".timeline svg text")).isEmpty());
        browser.findElement(By.cssSelector(".timeline svg a[href*='from=2025&']")).click();
        wait.until(ExpectedConditions.urlContains("from=2025&"));
        assertTrue(browser.getCurrentUrl().contains("to=2025"), browser.getCurrentUrl());
        int inYear = total();
        assertTrue(inYear > 0 && inYear < all, all + " -> " + inYear);
        // within one year, a bar a month
        browser.findElement(By.cssSelector(".timeline svg a[href*='from=2025-02']")).click();
        wait.until(ExpectedConditions.urlContains("from=2025-02"));
        assertTrue(browser.getCurrentUrl().contains("to=2025-02"), browser.getCurrentUrl());
        assertTrue(total() > 0 && total() <= inYear, inYear + " -> " + total());
        browser.findElements(By.cssSelector(".hit time")).forEach(time -> assertTrue(time.getText().startsWith("2025-02")));
    }

    /**
     * axe-core, the accessibility checker, run in the real browser on each kind of page: no serious or critical
     * violation. .ci/run installs axe-core from npm and names its script in AXE_CORE_JS.
     */
    @Test
    void everyKindOfPageHasNoSeriousAccessibilityViolation() throws IOException {
        String script = System.getenv("AXE_CORE_JS");
        if (System.getenv("CI") != null) {
            assertTrue(script != null && Files.isReadable(Path.of(script)), "needs AXE_CORE_JS (.ci/run sets it)");
        }
        assumeTrue(script != null && Files.isReadable(Path.of(script)), "needs AXE_CORE_JS: npm install axe-core");
        String axe = Files.readString(Path.of(script));
        for (String page : List.of("/", "/search?q=guarantees&bias=left", "/facets/outlet?q=guarantees",
                "/articles/a-guarantees-left?q=guarantees&n=1", "/search?q=xqzzvvy")) {
            browser.get(server.base() + page);
            browser.executeScript(axe);
            Object found = browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')));
                    """);
            assertEquals(List.of(), found, page);
        }
    }
}
