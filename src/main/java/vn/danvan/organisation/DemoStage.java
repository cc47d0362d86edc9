package vn.danvan.organisation;

/**
 * The stages of loading demo data (nạp dữ liệu mẫu), one per module that has demo data, in the order they
 * run. The order is the dependencies between the steps:
 * <ul>
 * <li>{@link #ORGANISATION} first: every other step finds its units ({@link DemoPart}), people and accounts
 * there (inspection's team lead is the Home Affairs officer, the official at fault a commune's civil
 * servant);</li>
 * <li>{@link #PLANNING} and {@link #REPORTING} next: the guiding documents and the report template are the
 * reference the work of the year is done and reported against; neither reads another module's rows;</li>
 * <li>the modules that record the year's work, each reading only the organisation: consultation (the
 * communes' hamlets and consultations), dialogue (reception sessions), dossier (procedures and one-stop
 * dossiers), friendly office (survey answers and self-assessments), inspection, model, supervision, disclosure
 * (the communes' registers of what they made public);</li>
 * <li>{@link #NEWS} after them, as its stories tell of a dialogue conference, a model and a consultation;</li>
 * <li>{@link #COMMENDATION} last: a commendation round scores the units on every other module's figures.</li>
 * </ul>
 * The working calendar needs no step: its holidays come with the migrations and the lunar rules.
 */
public enum DemoStage {
    ORGANISATION,
    PLANNING,
    REPORTING,
    CONSULTATION,
    DIALOGUE,
    DOSSIER,
    FRIENDLY,
    INSPECTION,
    MODEL,
    SUPERVISION,
    DISCLOSURE,
    NEWS,
    COMMENDATION
}
