package vn.danvan.news;

/**
 * How long a radio script takes to read at about 150 words a minute (the pace of a news reader of
 * the district radio): words counted as runs of letters or digits separated by spaces.
 */
record RadioReading(int words, int minutes, int seconds) {

    static final int WORDS_PER_MINUTE = 150;

    public static RadioReading of(String text) {
        String t = text == null ? "" : text.strip();
        int words = t.isEmpty() ? 0 : t.split("\\s+").length;
        int total = Math.round(words * 60f / WORDS_PER_MINUTE);
        return new RadioReading(words, total / 60, total % 60);
    }
}
