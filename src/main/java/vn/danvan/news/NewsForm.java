package vn.danvan.news;

/** What the writer types; the body is sanitised before it is kept. */
public record NewsForm(String title, String summary, String body, String relatedLinks, String radioScript,
        Long version) {

    static NewsForm empty() {
        return new NewsForm("", "", "", "", "", null);
    }

    static NewsForm of(NewsStory s) {
        return new NewsForm(s.title(), s.summary(), s.body(), s.relatedLinks(), s.radioScript(), s.version());
    }
}
