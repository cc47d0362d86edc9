package vn.danvan.petition.handling;

/** A petition category (lĩnh vực) with the days allowed for the answer and the legal source of that time. */
public record CategoryView(long id, String code, String name, int answerDays, String legalSource, boolean active) {
}
