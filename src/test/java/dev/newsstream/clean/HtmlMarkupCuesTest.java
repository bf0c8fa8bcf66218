package dev.newsstream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What markup says of its blocks: comments, leads, pull quotes with their cite, footnote markers; CJK text. */
class HtmlMarkupCuesTest {
    private static final String FERRY_STORY = "<p>The harbour board of Cellan voted on Monday to run the island ferry twice as"
            + " often through the winter, after a month in which commuters were left on the quay three mornings a week.</p>"
            + "<p>The ferry operator said the extra crossings would start in November and that the older of its two boats"
            + " would be kept in service until the new one arrives next spring.</p>"
            + "<p>Islanders welcomed the decision but said the timetable still left no crossing after nine in the evening.</p>";

    private static List<String> paragraphs(String body) {
        return new HtmlExtractor().extract("<html><head><title>Island ferry to sail twice as often</title></head><body>" + body
                + "</body></html>").paragraphs();
    }

    private static String text(String body) {
        return String.join("\n", paragraphs(body));
    }

    @Test
    void aCmsIntroFieldRightBeforeTheTextFieldLeadsTheText() {
        String intro = "CELLAN - The island ferry will sail twice as often this winter, the harbour board decided on Monday night.";
        String text = text("<div class=\"node\"><h1>Island ferry to sail twice as often</h1><div class=\"submitted\">di 17 apr 2031</div>"
                + "<div class=\"content\"><div class=\"field field-name-field-intro\"><strong>" + intro + "</strong></div>"
                + "<div class=\"field-body\">" + FERRY_STORY + "</div></div></div>");
        assertTrue(text.startsWith(intro), text);
        String caption = "Crews unload the new boat at the outer pier on Sunday morning, watched by islanders.";
        String captioned = text("<div class=\"node\"><h1>Island ferry to sail twice as often</h1><div class=\"content\">"
                + "<div class=\"col-md-12 summary-credit\"><div class=\"row\"><p class=\"summary\">" + caption
                + " <span class=\"credit video-credit\">By Harbour Pictures</span></p></div></div>"
                + "<div class=\"description_data\">" + FERRY_STORY + "</div></div></div>");
        assertFalse(captioned.contains(caption), "a caption's box named for its credit: " + captioned);
    }

    @Test
    void aStoryInAFontTagKeepsTheParagraphsTheParserMovedOutOfIt() {
        String last = "The first of the extra crossings will leave the island at a quarter past six on the first Monday of November,"
                + " weather allowing.";
        // a 1990s table layout: the paragraphs are left open, and the parser closes the <font> before the last one
        String text = text("<table><tr><td width=\"150\"><font size=\"1\"><a href=\"/\">Home</a><br><a href=\"/news\">News</a></font></td>"
                + "<td width=\"600\"><font face=\"Georgia\" size=\"5\"><b>Island ferry to sail twice as often</b></font><br>"
                + "<font face=\"Verdana\" size=\"2\"><b>By ADA MARSH</b><br>" + FERRY_STORY.replace("</p>", "")
                + "<p>The board's chairman, a retired skipper, said the evening crossing would be looked at again in the spring, once the"
                + " new boat is in service.<p>Fares will not rise this winter, the operator said, although the price of fuel has gone up"
                + " by a fifth since the summer.<p>" + last + "</font><br><br><table><tr><td><font size=\"2\"><b>Other stories this week:</b><br>"
                + "<a href=\"/a\">School levy on the ballot</a> - Board asks voters for more money to replace a roof.</font></td></tr></table>"
                + "</td></tr></table>");
        assertTrue(text.contains(last), text);
        assertFalse(text.contains("Other stories this week"), text);
    }

    @Test
    void aStoryInNoScriptUnderAScriptShellIsTheText() {
        String story = FERRY_STORY;
        String shell = "<div id=\"app\">Loading…</div><noscript><p>You need to enable JavaScript to use this site.</p></noscript>"
                + "<noscript><article><h1>Island ferry to sail twice as often</h1>" + story + "</article></noscript>";
        assertTrue(text(shell).contains("The ferry operator said the extra crossings"), text(shell));
        String pixel = "<article><h1>Island ferry to sail twice as often</h1>" + story + "</article>"
                + "<noscript><p>Please enable JavaScript to see the comments.</p><p>Comments are powered by a third party.</p></noscript>";
        assertFalse(text(pixel).contains("enable JavaScript"), text(pixel));
        String notice = "<article><h1>Island ferry to sail twice as often</h1><p>The harbour board voted on Monday for more crossings.</p></article>"
                + "<noscript><p>This site works best with JavaScript turned on in your browser settings, which lets us show videos and maps.</p>"
                + "<p>If you cannot turn it on, our text-only edition carries every story without pictures, updated every hour.</p></noscript>";
        assertFalse(text(notice).contains("text-only edition"), "a notice to turn scripts on names nothing of the title: " + text(notice));
    }

    @Test
    void rubyReadingsAmpAdsAndCamelCaseFurnitureNamesAreDropped() {
        String text = text("<article><h1>Island ferry to sail twice as often</h1>" + FERRY_STORY.replace("Islanders welcomed",
                        "<ruby>鴇<rp>(</rp><rt>とき</rt><rp>)</rp></ruby>Islanders welcomed")
                + "<amp-ad width=\"300\" height=\"250\"><div fallback><p>The island's best-loved bakery opens a second shop on the quay"
                + " this winter, with fresh bread every morning.</p></div></amp-ad>"
                + "<div class=\"InlineNewsletter\"><p>Get the Harbour Report, the island's weekly briefing, in your inbox every Friday.</p></div>"
                + "</article>");
        assertTrue(text.contains("鴇Islanders welcomed"), text);
        assertFalse(text.contains("とき") || text.contains("bakery") || text.contains("Harbour Report"), text);
        assertEquals(List.of("inline", "newsletter"), HtmlExtractor.camelParts("InlineNewsletter"));
        String hero = text("<div class=\"HeroBanner\"><h1>Island ferry to sail twice as often</h1><p>The harbour board has voted for more"
                + " winter crossings after a month in which commuters were left on the quay three mornings a week, and islanders cheered.</p></div>"
                + "<div class=\"ArticleBody\">" + FERRY_STORY + "</div>");
        assertTrue(hero.contains("islanders cheered"), "a component holding the headline and lede is the header: " + hero);
        String teaser = text("<article><h1>Island ferry to sail twice as often</h1>" + FERRY_STORY + "<div class=\"ImgTeaser\">"
                + "<h4>Swimmers petition to save the baths</h4><p>Swimmers and parents have handed in a petition at the town hall, calling on"
                + " councillors to keep the Victorian baths on the harbour front open for another ten years at least.</p></div></article>");
        assertFalse(teaser.contains("petition"), "a teaser's long blurb after the lede is no lede: " + teaser);
        String related = text("<article><h1>Island ferry to sail twice as often</h1>" + FERRY_STORY
                + "<div class=\"related RelatedStoryList\"><p>Swimmers have handed in a petition calling on councillors to keep the old baths open for ten more years.</p></div></article>");
        assertFalse(related.contains("petition"), "a compound names what it is by its last word: " + related);
        String wrapped = text("<article><h1>Island ferry to sail twice as often</h1>" + FERRY_STORY.replace("<p>Islanders",
                "<p><span class=\"EventTags\">Islanders") + "<div class=\"eventDetailsContentTags\"><p>The operator's winter"
                + " timetable will be posted at the quay from the first of the month.</p></div></article>");
        assertTrue(wrapped.contains("Islanders welcomed"), "an inline element is text, whatever its name: " + wrapped);
        assertTrue(wrapped.contains("winter timetable will be posted"), "a four-word chain is a framework's name: " + wrapped);
        assertEquals(List.of("kyjcrp"), HtmlExtractor.camelParts("kYjCrp"), "a generated hash is no words");
    }

    @Test
    void aChapterHeadingOverAGalleryHeadsTheChapterNotTheGallery() {
        String text = text("<article><h1>The last boat builders of Cellan</h1>" + FERRY_STORY
                + "<h2>I. The shed</h2><div class=\"gallery\"><div class=\"gallery__count\">1 of 6</div>"
                + "<p class=\"gallery__caption\">The yard in 1962. Courtesy of the harbour museum</p><button>Next image</button></div>"
                + "<p>The yard stands at the end of the harbour road, behind the lifeboat station, and has launched a hull every spring since 1931.</p>"
                + "<p>Its owner, Rhodri Tallis, is 71 and has no apprentice. His grandfather opened the yard after the war.</p>"
                + "<h2>II. The last order</h2>"
                + "<p>The order for this year's boat came from a ferry company on the mainland, which wants a launch for its harbour.</p>"
                + "<p>Tallis has promised to finish it by May, when the sea warms and the paint dries faster.</p></article>");
        assertTrue(text.contains("I. The shed\nThe yard stands"), text);
        assertFalse(text.contains("1 of 6"), text);
    }

    @Test
    void keyPointsUnderTheHeadlineLeadTheTextButRelatedLinksThereDoNot() {
        String points = "<div class=\"box-a\"><h3>At a glance</h3><ul><li>The ferry will sail twice as often from November.</li>"
                + "<li>The older of the two boats stays in service until spring.</li></ul></div>";
        String links = "<div class=\"box-b\"><h3>More on the islands</h3><ul><li><a href=\"/a\">Council approves new cycle lanes on the quay.</a></li>"
                + "<li><a href=\"/b\">Ferry fares will rise in April for all passengers.</a></li></ul></div>";
        String page = "<div class=\"top\"><a href=\"/\">Home</a> <a href=\"/islands\">Islands</a></div>"
                + "<h1>Island ferry to sail twice as often</h1>%s<article><div class=\"body\">" + FERRY_STORY + "</div></article>"
                + "<div class=\"foot\"><a href=\"/privacy\">Privacy policy</a></div>";
        List<String> kept = paragraphs(String.format(page, points + links));
        assertEquals("The ferry will sail twice as often from November.", kept.get(0), String.join("\n", kept));
        assertEquals("The older of the two boats stays in service until spring.", kept.get(1), String.join("\n", kept));
        assertFalse(String.join("\n", kept).contains("Council approves"), String.join("\n", kept));
        assertFalse(String.join("\n", kept).contains("At a glance"), String.join("\n", kept));
        List<String> underLinks = paragraphs(String.format(page, links));
        assertFalse(String.join("\n", underLinks).contains("Council approves"), String.join("\n", underLinks));
    }

    @Test
    void customElementsAreBlocksUnlessInsideAParagraph() {
        String body = "<gz-header><gz-nav-item>News</gz-nav-item><gz-nav-item>Islands</gz-nav-item><gz-nav-item>Sport</gz-nav-item>"
                + "<gz-nav-item>Subscribe</gz-nav-item></gz-header><gz-article><gz-headline>Island ferry to sail twice as often</gz-headline>"
                + "<gz-paragraph>The harbour board of Cellan voted on Monday to run the island ferry twice as often through the winter,"
                + " after a month in which <gz-term>commuters</gz-term> were left on the quay three mornings a week.</gz-paragraph>"
                + "<gz-paragraph>The ferry operator said the extra crossings would start in November and that the older of its two"
                + " boats would be kept in service until the new one arrives next spring.</gz-paragraph>"
                + "<p>Islanders welcomed the decision but said the <gz-term>timetable</gz-term> still left no crossing after nine.</p>"
                + "<p>Shares in the operator (<a href=\"/q\"><gz-ticker>CFL</gz-ticker></a>) rose 2 per cent on the news.</p>"
                + "<div><span>Commuters from </span><gz-place>Port Aldane</gz-place><span> will get a bus to the quay as well.</span></div>"
                + "</gz-article><gz-most-read><gz-teaser>Council approves new cycle lanes</gz-teaser>"
                + "<gz-teaser>Ferry fares to rise in April</gz-teaser></gz-most-read>"
                + "<gz-footer><gz-link>Privacy policy</gz-link><gz-link>Contact us</gz-link></gz-footer>";
        List<String> kept = paragraphs(body);
        assertTrue(kept.get(0).startsWith("The harbour board of Cellan voted") && kept.get(0).endsWith("three mornings a week."),
                String.join("\n", kept));
        assertEquals("Islanders welcomed the decision but said the timetable still left no crossing after nine.", kept.get(2));
        assertEquals("Shares in the operator (CFL) rose 2 per cent on the news.", kept.get(3), "a custom element inside a link is inline");
        assertEquals("Commuters from Port Aldane will get a bus to the quay as well.", kept.get(4), "and one between spans of text");
        assertFalse(String.join("\n", kept).contains("Privacy policy"), String.join("\n", kept));
        assertFalse(String.join("\n", kept).contains("Subscribe"), String.join("\n", kept));
    }

    @Test
    void chineseParagraphsAreNoLabels() {
        // invented: the island ferry will sail twice as often in winter, and so on
        List<String> story = List.of("岛上渡轮冬季班次将增加一倍，港务委员会周一在会上作出这一决定，此前一个月通勤者多次滞留码头。",
                "渡轮公司表示，新增班次将从十一月开始，两艘船中较旧的一艘将继续服役，直到明年春天新船到港。",
                "岛上居民对这一决定表示欢迎，但他们说，新时刻表在晚上九点以后仍然没有任何班次。");
        String body = "<div class=\"topbar\"><a href=\"/\">首页</a> | <a href=\"/news\">新闻</a> | <a href=\"/login\">登录</a></div>"
                + "<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/news\">地方新闻</a> &gt; 正文</div>"
                + "<div class=\"article\"><h1>岛上渡轮冬季班次将增加一倍</h1>"
                + "<div class=\"info\"><span>2031-03-04 08:30</span><span>来源：岛报</span></div>"
                + "<div class=\"content\">" + String.join("", story.stream().map(p -> "<p>" + p + "</p>").toList()) + "</div>"
                + "<div class=\"share\">分享到：<a>微信</a> <a>微博</a></div></div>"
                + "<div class=\"right\"><h3>热点排行</h3><ol><li><a href=\"#\">大桥夜间限行措施今起调整</a></li>"
                + "<li><a href=\"#\">市区新增三条公交线路</a></li></ol></div>"
                + "<div class=\"footer\"><p>版权所有 未经授权禁止转载</p></div>";
        assertEquals(story, paragraphs(body));
    }

    @Test
    void commentsMarkedUpAsSchemaOrgCommentsAreFurniture() {
        String reply = "<div itemprop=\"comment\" itemscope itemtype=\"https://schema.org/Comment\" class=\"topic-body post\">"
                + "<div class=\"post\" itemprop=\"text\"><p>I have taken that ferry for twenty years and the winter service has never"
                + " been this bad, so this is good news for everyone who works on the mainland.</p></div></div>";
        String t = text("<div class=\"topic-post\">" + FERRY_STORY + "</div>" + reply.repeat(3));
        assertTrue(t.contains("Islanders welcomed the decision"), t);
        assertFalse(t.contains("taken that ferry for twenty years"), t);
    }

    @Test
    void aQuestionPagesAnswerIsItsText() {
        String answer = "<div itemprop=\"acceptedAnswer\" itemscope itemtype=\"https://schema.org/Answer\"><div itemprop=\"text\">"
                + FERRY_STORY + "</div></div>";
        String t = text("<div itemscope itemtype=\"https://schema.org/QAPage\"><h1>Will the island ferry sail more often?</h1>" + answer + "</div>");
        assertTrue(t.contains("Islanders welcomed the decision"), t);
    }

    @Test
    void aLeadBoxBesideTheArticleBodyLeadsTheText() {
        String lead = "The island ferry will sail twice as often this winter after a month of stranded commuters.";
        String body = "<div class=\"article\"><div class=\"header\"><h1>Island ferry to sail twice as often</h1></div>"
                + "<div class=\"meta\"><time datetime=\"2031-03-04\">4 March 2031</time></div>"
                + "<div class=\"article-lead\" itemprop=\"description\"><p>" + lead + "</p></div>"
                + "<div class=\"article-text\" itemprop=\"articleBody\">" + FERRY_STORY + "</div></div>";
        assertEquals(lead, paragraphs(body).get(0));
        String promo = "<div class=\"article\"><div class=\"header\"><h1>Island ferry to sail twice as often</h1></div>"
                + "<div class=\"promo\"><p>Get the Cellan Gazette delivered to your door every morning this winter.</p></div>"
                + "<div class=\"article-text\" itemprop=\"articleBody\">" + FERRY_STORY + "</div></div>";
        assertFalse(text(promo).contains("delivered to your door"), "only a box named as the lead");
        String photo = "<div class=\"article\"><div class=\"header\"><h1>Island ferry to sail twice as often</h1></div>"
                + "<div class=\"lead-photo\"><p>Commuters wait on the quay at Cellan for the first crossing of the winter timetable.</p></div>"
                + "<div class=\"article-intro\"><p>The harbour board of Cellan voted on Monday to run the island ferry twice as often…</p></div>"
                + "<div class=\"article-text\" itemprop=\"articleBody\">" + FERRY_STORY + "</div></div>";
        assertTrue(paragraphs(photo).get(0).endsWith("three mornings a week."),
                "a lead-named media slot and an excerpt cut off with an ellipsis are no standfirst: " + paragraphs(photo));
    }

    @Test
    void aPullQuoteWithItsCiteGoesWithTheCite() {
        String quote = "<blockquote class=\"wp-block-pullquote\"><p>“The timetable still left no crossing after nine in the"
                + " evening.”</p><cite>An islander at the harbour meeting</cite></blockquote>";
        String t = text("<div class=\"entry-content\">" + FERRY_STORY.replace("</p><p>The ferry operator", "</p>" + quote + "<p>The ferry operator") + "</div>");
        assertFalse(t.contains("An islander at the harbour meeting"), t);
        assertEquals(1, t.split("no crossing after nine", -1).length - 1, t);
    }

    @Test
    void footnoteMarkersAndBackLinksAreNotText() {
        String story = FERRY_STORY.replace("three mornings a week.</p>",
                "three mornings a week.<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote-ref\">1</a></sup></p>")
                + "<div class=\"footnotes\"><ol><li id=\"fn:1\"><p>The harbour board counted the mornings from its own log book,"
                + " which the operator disputes.&#160;<a href=\"#fnref:1\" class=\"footnote-backref\">↩︎</a></p></li></ol></div>";
        String t = text("<div class=\"entry-content\">" + story + "</div>");
        assertTrue(t.contains("three mornings a week.\n"), t);
        assertFalse(t.contains("↩"), t);
    }

    @Test
    void talkbacksAreComments() {
        String talkbacks = "<section class=\"talkbacks\"><h3>Talkbacks</h3><ol><li><b>1. At last</b><p>I have taken that ferry for"
                + " twenty years and the winter service has never been this bad, so this is good news for everyone.</p></li></ol></section>";
        String t = text("<div class=\"entry-content\">" + FERRY_STORY + talkbacks + "</div>");
        assertFalse(t.contains("twenty years"), t);
    }
}
