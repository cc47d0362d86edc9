package vn.danvan.petition.answers;

/** The portal's filters over published answers as typed; all optional. */
record PublicAnswerFilter(Long unitId, Long categoryId, Integer year, String q) {
}
