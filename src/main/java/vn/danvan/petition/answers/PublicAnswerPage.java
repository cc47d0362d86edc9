package vn.danvan.petition.answers;

import java.util.List;

/** One page (0-based) of published answers, newest first, and how many match in all. */
record PublicAnswerPage(List<PublicAnswer> answers, int page, long total) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * PublicAnswers.PAGE_SIZE < total;
    }
}
