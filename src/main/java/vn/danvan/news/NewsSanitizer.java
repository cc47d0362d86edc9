package vn.danvan.news;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The only markup a story's body may carry: paragraphs, line breaks, bold, italic, underline, two
 * heading levels, lists, quotes, links to pages of the portal and images stored with a story. Every
 * other element, every event handler and style attribute, scripts with their content, links anywhere
 * else (javascript:, other sites) and images from anywhere else are removed; a removed link keeps its
 * text. A body typed without any tag (a lone "&lt;" is text) becomes paragraphs (blank lines) with line breaks.
 */
final class NewsSanitizer {

    /** An in-app link: a portal path, letters, digits and - _ / only (no "..", no scheme, no host). */
    static final Pattern PORTAL_PATH = Pattern.compile("/portal(/[A-Za-z0-9_-]+)*/?");
    /** An image of a story as the portal serves it. */
    static final Pattern IMAGE_PATH = Pattern.compile("/portal/news/\\d+/images/\\d+");

    /** Something that looks like markup: a body without any is plain text. */
    private static final Pattern TAG = Pattern.compile("<[A-Za-z/!?]");

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "h2", "h3", "ul", "ol", "li", "blockquote", "a", "img")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt");

    private NewsSanitizer() {
    }

    /** The body with only the allowed markup left. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String input = TAG.matcher(html).find() ? html : paragraphs(html);
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(input));
        for (Element a : clean.body().select("a")) {
            String href = a.attr("href").strip();
            if (PORTAL_PATH.matcher(href).matches()) {
                a.attr("href", href);
            } else {
                a.unwrap();
            }
        }
        for (Element img : clean.body().select("img")) {
            if (!IMAGE_PATH.matcher(img.attr("src").strip()).matches()) {
                img.remove();
            }
        }
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return clean.body().html();
    }

    /** Whether a related link may be kept: a portal path only. */
    public static boolean isPortalPath(String path) {
        return path != null && PORTAL_PATH.matcher(path).matches();
    }

    /** The text without any markup, e.g. for a summary or a count of words. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).text();
    }

    private static String paragraphs(String plain) {
        StringBuilder out = new StringBuilder();
        for (String para : plain.strip().split("\\R\\s*\\R")) {
            out.append("<p>").append(Entities.escape(para.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return out.toString();
    }
}
