package broadsheet.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Saved news pages as publishers' sites write them, with the article among the page's furniture: a menu, a cookie
 * banner, a subscription prompt, share buttons, "read more" lists, comments and a footer. Each page knows which of
 * its passages are the article's, so that a test or a benchmark can score what an extractor kept.
 */
public final class NewsPages {

    /** The shapes of page the extractor meets, from tidy HTML5 to nested divs. */
    public enum Layout {
        /** nav, header, main, article, aside and footer elements, a cookie banner in a div. */
        SEMANTIC,
        /** divs only, named by their classes and ids (cc-window, story-body, more-stories, comment-thread). */
        DIV_SOUP,
        /** furniture written in paragraphs: a paywall notice and a newsletter prompt inside the story's own box. */
        PROMPTS_IN_STORY,
        /** a bare page: a list of links above, a copyright line below, the story in the body itself. */
        BARE
    }

    /** A page, its article's passages in reading order (headline, standfirst, paragraphs, list, table) and the rest. */
    public record NewsPage(String html, String headline, List<String> article, List<String> furniture) {
        public String articleText() {
            return String.join("\n", article);
        }
    }

    private static final String[] SUBJECTS = {"The finance ministry", "Regional officials", "The port authority",
            "Opposition lawmakers", "The central bank", "Grain exporters", "The city council", "Energy regulators",
            "Union leaders", "The coastal guard", "Hospital administrators", "Railway engineers"};
    private static final String[] VERBS = {"said on Tuesday that", "warned that", "confirmed that", "denied that",
            "argued that", "estimated that", "announced that", "told reporters that"};
    private static final String[] CLAUSES = {"the new tariff would raise freight costs by a fifth",
            "repairs to the northern pipeline could take until spring", "wheat shipments resumed after a week of storms",
            "the budget gap had widened to four percent of output", "the harbour dredging contract was signed",
            "inspectors found cracks in two of the bridge supports", "bond yields rose for the third straight month",
            "the ceasefire around the river crossing largely held", "electricity prices would be capped for households",
            "the ferry operator plans to add two night crossings", "a commission will audit the procurement rules",
            "water levels in the reservoir fell below the summer mark"};
    private static final String[] TAILS = {"according to figures published by the agency",
            "despite objections from neighbouring districts", "in a statement released late in the evening",
            "citing documents seen by this newspaper", "after talks that ran past midnight",
            "although no timetable was given"};
    private static final String[] COMMENTERS = {"grumpy_reader", "Marta K.", "harbourwatcher", "J. Oduya", "realist42"};
    private static final String[] COMMENT_LINES = {"Nobody asked the people who actually live near the port.",
            "This is the third time they promised this and nothing changed.", "Great reporting, keep it up.",
            "Who is going to pay for all of this in the end? We are.", "I drove past the bridge yesterday and it looked fine.",
            "The paywall on this site is getting ridiculous."};
    private static final String[] TEASERS = {"Ten things to know before you book a summer ferry",
            "Why house prices in the old town keep climbing", "Opinion: the council has lost its way on transport",
            "Watch: storm floods the seafront promenade", "Quiz of the week: how closely were you following?",
            "Celebrity chef opens a restaurant in a lighthouse"};

    private NewsPages() {}

    /** A page of the layout, its story built from the seed: the same seed, the same page. */
    public static NewsPage page(Layout layout, long seed) {
        Random random = new Random(seed);
        String headline = sentence(random, false).replaceAll("[.]$", "");
        String standfirst = sentence(random, true);
        List<String> paragraphs = new ArrayList<>();
        int count = 5 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            paragraphs.add(paragraph(random, 3 + random.nextInt(3)));
        }
        List<String> listItems = List.of("Freight costs: up " + (10 + random.nextInt(20)) + " percent since January",
                "Ships waiting at anchor: " + (5 + random.nextInt(30)), "Next review of the tariff: in " + (2 + random.nextInt(9)) + " weeks");
        List<String> rows = List.of("Port Tonnes Change", "North " + (100 + random.nextInt(900)) + " +4%",
                "South " + (100 + random.nextInt(900)) + " -2%");
        String author = List.of("Ann Writer", "Sam Correspondent", "Lena Fischer", "Tom Okafor").get(random.nextInt(4));
        String date = "2024-0%d-1%d".formatted(1 + random.nextInt(9), random.nextInt(10));

        List<String> article = new ArrayList<>();
        article.add(headline);
        article.add(standfirst);
        article.addAll(paragraphs.subList(0, 2));
        article.addAll(listItems);
        article.addAll(paragraphs.subList(2, paragraphs.size()));
        article.addAll(rows);

        String menu = "Home World Business Politics Sport Culture Opinion Podcasts Newsletters Jobs";
        String cookies = "We use cookies and similar technologies to remember your choices, to measure how you use our"
                + " site and to show you personalised advertising. By selecting Accept all you agree that we and our"
                + " 143 partners may store and access information on your device. You can change your choices at any"
                + " time under Privacy settings.";
        String subscribe = "You have read three of your five free articles this month. Subscribe today for unlimited"
                + " access to award-winning journalism, the daily newsletter and our archive of more than a century"
                + " of reporting, from just one pound a week.";
        String newsletter = "Sign up for the Morning Briefing, the news you need to start your day, delivered to your"
                + " inbox every weekday at seven. Enter your email address and choose the topics that matter to you.";
        String share = "Share on Facebook Share on X Share by email Copy link";
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            comments.add(COMMENTERS[random.nextInt(COMMENTERS.length)] + " wrote: "
                    + COMMENT_LINES[random.nextInt(COMMENT_LINES.length)] + " "
                    + COMMENT_LINES[random.nextInt(COMMENT_LINES.length)]);
        }
        List<String> teasers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            teasers.add(TEASERS[(int) ((seed + i) % TEASERS.length)]);
        }
        String footer = "About us Contact Careers Advertise with us Terms of use Privacy policy Cookie settings"
                + " © 2024 The Harbour Gazette Ltd. All rights reserved. Registered in England No. 0123456.";
        List<String> furniture = new ArrayList<>(List.of(menu, cookies, share, footer));
        furniture.addAll(comments);
        furniture.addAll(teasers);
        if (layout == Layout.PROMPTS_IN_STORY || layout == Layout.SEMANTIC) {
            furniture.add(subscribe);
        }
        if (layout == Layout.PROMPTS_IN_STORY || layout == Layout.DIV_SOUP) {
            furniture.add(newsletter);
        }

        String head = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>%s | The Harbour Gazette</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/static/site.css">
                <script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: 'business'});</script>
                %s
                </head>
                """.formatted(escape(headline), weight(random));
        String links = links(menu);
        String body = switch (layout) {
            case SEMANTIC -> """
                    <body>
                    <div id="cookie-banner" class="cookie-consent"><p>%s</p><button>Accept all</button> <button>Privacy settings</button></div>
                    <header class="site-header"><a href="/" class="logo">The Harbour Gazette</a><nav><ul>%s</ul></nav></header>
                    <main>
                    <article>
                    <header><h1>%s</h1><p class="standfirst">%s</p>
                    <p class="byline">By <a href="/profile/x">%s</a> <time datetime="%s">%s</time></p></header>
                    %s
                    <ul>%s</ul>
                    %s
                    <table>%s</table>
                    <div class="share-tools">%s</div>
                    <div class="subscription-prompt"><p>%s</p><a href="/subscribe">Subscribe</a></div>
                    </article>
                    <aside class="related"><h2>Read more</h2><ul>%s</ul></aside>
                    <section id="comments"><h2>Comments</h2>%s</section>
                    </main>
                    <footer><p>%s</p></footer>
                    </body></html>
                    """.formatted(cookies, links, escape(headline), standfirst, author, date, date,
                    ps(paragraphs.subList(0, 2)), lis(listItems), ps(paragraphs.subList(2, paragraphs.size())),
                    trs(rows), share, subscribe, lis(teasers), comments(comments), footer);
            case DIV_SOUP -> """
                    <body>
                    <div id="top-menu" class="menu">%s</div>
                    <div class="container">
                    <div class="story">
                    <div class="story-header"><h1 class="story-title">%s</h1><div class="story-summary">%s</div>
                    <span class="author-name">%s</span> <span class="date">%s</span></div>
                    <div class="social-buttons">%s</div>
                    <div class="story-body">
                    %s
                    <ul>%s</ul>
                    %s
                    <table>%s</table>
                    </div>
                    <div class="newsletter-signup"><p>%s</p><input type="email"></div>
                    <div class="more-stories"><h3>More stories</h3>%s</div>
                    <div class="comment-thread">%s</div>
                    </div>
                    </div>
                    <div class="cc-window cc-banner"><span class="cc-message">%s</span><a class="cc-btn">Accept all</a></div>
                    <div id="site-footer">%s</div>
                    </body></html>
                    """.formatted(links.replace("<li>", "").replace("</li>", " "), escape(headline), standfirst, author,
                    date, share, ps(paragraphs.subList(0, 2)), lis(listItems),
                    ps(paragraphs.subList(2, paragraphs.size())), trs(rows), newsletter,
                    teasers.stream().map(t -> "<div class=\"teaser\"><a href=\"/t\">" + t + "</a></div>")
                            .collect(Collectors.joining()), comments(comments), cookies, footer);
            case PROMPTS_IN_STORY -> """
                    <body>
                    <div class="header"><ul class="menu">%s</ul></div>
                    <div id="content">
                    <h1>%s</h1>
                    <p class="dek">%s</p>
                    <div class="article-share">%s</div>
                    <div class="article-body">
                    %s
                    <div class="paywall"><p>%s</p></div>
                    <ul>%s</ul>
                    %s
                    <div class="inline-newsletter"><p>%s</p></div>
                    <table>%s</table>
                    </div>
                    <div class="recommended"><h3>Recommended</h3><ul>%s</ul></div>
                    <div id="disqus_thread">%s</div>
                    </div>
                    <div id="gdpr-consent"><p>%s</p></div>
                    <div class="footer">%s</div>
                    </body></html>
                    """.formatted(links, escape(headline), standfirst, share, ps(paragraphs.subList(0, 2)), subscribe,
                    lis(listItems), ps(paragraphs.subList(2, paragraphs.size())), newsletter, trs(rows),
                    lis(teasers), comments(comments), cookies, footer);
            case BARE -> """
                    <body>
                    <p>%s</p>
                    <div>%s</div>
                    <h1>%s</h1>
                    <p><b>%s</b></p>
                    %s
                    <ul>%s</ul>
                    %s
                    <table>%s</table>
                    <p>%s</p>
                    <div>%s</div>
                    <div>%s</div>
                    <p><small>%s</small></p>
                    </body></html>
                    """.formatted(share, links.replace("<li>", "").replace("</li>", " | "), escape(headline),
                    standfirst, ps(paragraphs.subList(0, 2)), lis(listItems),
                    ps(paragraphs.subList(2, paragraphs.size())), trs(rows), cookies,
                    teasers.stream().map(t -> "<a href=\"/t\">" + t + "</a><br>").collect(Collectors.joining()),
                    comments(comments), footer);
        };
        return new NewsPage(head + body, headline, article, furniture);
    }

    /** A page as a site's section front lists its stories: headlines and a line each, no article. */
    public static String indexPage() {
        StringBuilder items = new StringBuilder();
        for (String teaser : TEASERS) {
            items.append("<li><a href=\"/story\">").append(teaser).append("</a></li>");
        }
        return "<!DOCTYPE html><html><head><title>Business | The Harbour Gazette</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/business\">Business</a></nav><h1>Business</h1><ul>" + items
                + "</ul><footer>© 2024 The Harbour Gazette</footer></body></html>";
    }

    /**
     * What a real page carries besides its text, some 40 KB of it: the site's inline styles, its application state
     * as a script (what a page built with React or Vue ships), icons as SVG. Saved news pages weigh 100 KB and more;
     * a page of text alone would make the cost of parsing it look smaller than it is.
     */
    private static String weight(Random random) {
        StringBuilder page = new StringBuilder("<style>");
        for (int i = 0; i < 120; i++) {
            page.append(".c").append(i).append(" .item-").append(random.nextInt(1000))
                    .append("{margin:0 ").append(random.nextInt(40)).append("px;color:#")
                    .append(Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF)))
                    .append(";font:400 1rem/1.4 Georgia,serif}\n");
        }
        page.append("</style>\n<script>window.__STATE__ = {\"stories\": [");
        for (int i = 0; i < 120; i++) {
            page.append(i == 0 ? "" : ",").append("{\"id\": ").append(random.nextInt(1_000_000))
                    .append(", \"slug\": \"story-").append(random.nextInt(100_000))
                    .append("\", \"section\": \"business\", \"tracking\": {\"campaign\": \"cmp-")
                    .append(random.nextInt(9999)).append("\", \"weight\": ").append(random.nextDouble()).append("}}");
        }
        page.append("]};</script>\n<svg style=\"display:none\">");
        for (int i = 0; i < 30; i++) {
            page.append("<symbol id=\"icon-").append(i).append("\" viewBox=\"0 0 24 24\"><path d=\"M")
                    .append(random.nextInt(24)).append(' ').append(random.nextInt(24))
                    .append("l4 4-4 4m8-8h4v8h-4z\"/></symbol>");
        }
        return page.append("</svg>").toString();
    }

    private static String sentence(Random random, boolean withTail) {
        String s = SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + VERBS[random.nextInt(VERBS.length)] + " "
                + CLAUSES[random.nextInt(CLAUSES.length)];
        return (withTail ? s + ", " + TAILS[random.nextInt(TAILS.length)] : s) + ".";
    }

    private static String paragraph(Random random, int sentences) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            parts.add(sentence(random, random.nextBoolean()));
        }
        return String.join(" ", parts);
    }

    private static String links(String menu) {
        return java.util.Arrays.stream(menu.split(" "))
                .map(item -> "<li><a href=\"/" + item.toLowerCase() + "\">" + item + "</a></li>")
                .collect(Collectors.joining());
    }

    private static String ps(List<String> paragraphs) {
        return paragraphs.stream().map(p -> "<p>" + p + "</p>").collect(Collectors.joining("\n"));
    }

    private static String lis(List<String> items) {
        return items.stream().map(i -> "<li>" + i + "</li>").collect(Collectors.joining());
    }

    private static String trs(List<String> rows) {
        return rows.stream().map(r -> "<tr>" + java.util.Arrays.stream(r.split(" "))
                .map(c -> "<td>" + c + "</td>").collect(Collectors.joining()) + "</tr>").collect(Collectors.joining());
    }

    private static String comments(List<String> comments) {
        return comments.stream().map(c -> "<div class=\"comment\"><p>" + c + "</p></div>").collect(Collectors.joining());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
