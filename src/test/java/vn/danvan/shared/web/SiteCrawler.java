package vn.danvan.shared.web;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks the pages a visitor can open, following links from a set of start pages, and keeps every
 * POST form it finds (its action, its fields with the values the page gives them, whether it sends
 * files). A page is opened only for a few concrete addresses of each GET handler, so the walk stays
 * bounded however many records there are.
 */
final class SiteCrawler {

    /** A form as the page offers it. */
    record FormFound(String action, Map<String, List<String>> fields, Set<String> fileFields, boolean multipart) {
    }

    private static final Pattern SKIPPED = Pattern.compile(
            "^/(logout|webjars|static|actuator|v3|swagger-ui|error)\\b.*|.*[?&](format|lang)=.*|.*\\.(docx|pdf|xlsx|csv|png|jpg|ico)(\\?.*)?$"
                    + "|.*/(files|attachments|photos|download|slips?|template)/.*");

    private final Function<String, Optional<String>> getHandlerOf;
    private final java.util.function.Predicate<String> within;
    private final int pagesPerHandler;
    private final int maxPages;

    /**
     * @param getHandlerOf the GET handler (any stable name) that answers a path, empty when none does
     * @param within the pages to walk to (all, or those of the modules under test)
     * @param pagesPerHandler how many concrete addresses of one GET handler are opened
     */
    SiteCrawler(Function<String, Optional<String>> getHandlerOf, java.util.function.Predicate<String> within,
            int pagesPerHandler, int maxPages) {
        this.getHandlerOf = getHandlerOf;
        this.within = within;
        this.pagesPerHandler = pagesPerHandler;
        this.maxPages = maxPages;
    }

    /** The forms found by {@code visitor} from {@code starts}, by action path. */
    Map<String, List<FormFound>> crawl(WebVisitor visitor, List<String> starts, Set<String> pathsSeen) {
        Map<String, List<FormFound>> forms = new LinkedHashMap<>();
        Map<String, Integer> perHandler = new HashMap<>();
        Set<String> queued = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        starts.forEach(s -> {
            if (queued.add(s)) {
                queue.add(s);
            }
        });
        int pages = 0;
        while (!queue.isEmpty() && pages < maxPages) {
            String path = queue.poll();
            Optional<String> handler = getHandlerOf.apply(stripQuery(path));
            if (handler.isEmpty() || perHandler.merge(handler.get(), 1, Integer::sum) > pagesPerHandler) {
                continue;
            }
            WebVisitor.Answer answer = visitor.get(path);
            pages++;
            pathsSeen.add(stripQuery(path));
            if (answer.status() != 200 || answer.body() == null || !answer.body().contains("<html")) {
                continue;
            }
            Document page = answer.page(visitor.base() + path);
            for (Element link : page.select("a[href]")) {
                local(visitor, link.absUrl("href")).filter(p -> !SKIPPED.matcher(p).matches()).filter(within)
                        .filter(queued::add).ifPresent(queue::add);
            }
            for (Element form : page.select("form")) {
                if (!"post".equalsIgnoreCase(form.attr("method"))) {
                    continue;
                }
                String action = form.hasAttr("action") ? form.absUrl("action") : visitor.base() + path;
                local(visitor, action).map(SiteCrawler::stripQuery)
                        .ifPresent(a -> forms.computeIfAbsent(a, k -> new ArrayList<>()).add(read(form)));
            }
        }
        return forms;
    }

    private static FormFound read(Element form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Set<String> files = new HashSet<>();
        Set<String> radios = new HashSet<>();
        for (Element e : form.select("input[name], select[name], textarea[name], button[name]")) {
            String name = e.attr("name");
            if ("_csrf".equals(name)) {
                continue;
            }
            switch (e.tagName()) {
                case "select" -> {
                    Element chosen = Optional.ofNullable(e.selectFirst("option[selected]"))
                            .orElse(e.selectFirst("option"));
                    fields.computeIfAbsent(name, k -> new ArrayList<>())
                            .add(chosen == null ? "" : chosen.hasAttr("value") ? chosen.attr("value") : chosen.text());
                }
                case "textarea" -> fields.computeIfAbsent(name, k -> new ArrayList<>()).add(e.wholeText());
                case "button" -> fields.putIfAbsent(name, new ArrayList<>(List.of(e.attr("value"))));
                default -> {
                    String type = e.attr("type").toLowerCase();
                    switch (type) {
                        case "file" -> files.add(name);
                        case "submit", "image", "reset", "button" -> fields.putIfAbsent(name,
                                new ArrayList<>(List.of(e.attr("value"))));
                        case "checkbox" -> {
                            if (e.hasAttr("checked")) {
                                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(e.attr("value").isEmpty() ? "on" : e.attr("value"));
                            }
                        }
                        case "radio" -> {
                            if (e.hasAttr("checked") || radios.add(name) && !fields.containsKey(name)) {
                                fields.put(name, new ArrayList<>(List.of(e.attr("value"))));
                            }
                        }
                        default -> fields.computeIfAbsent(name, k -> new ArrayList<>()).add(e.attr("value"));
                    }
                }
            }
        }
        boolean multipart = form.attr("enctype").toLowerCase().startsWith("multipart/") || !files.isEmpty();
        return new FormFound(form.attr("action"), fields, files, multipart);
    }

    private static Optional<String> local(WebVisitor visitor, String url) {
        if (url == null || !url.startsWith(visitor.base() + "/")) {
            return Optional.empty();
        }
        String path = url.substring(visitor.base().length());
        int hash = path.indexOf('#');
        path = hash >= 0 ? path.substring(0, hash) : path;
        try {
            return Optional.of(URI.create(path).getRawPath() + (path.contains("?") ? path.substring(path.indexOf('?')) : ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String stripQuery(String path) {
        int q = path.indexOf('?');
        return q >= 0 ? path.substring(0, q) : path;
    }
}
