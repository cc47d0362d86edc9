package vn.danvan.documents;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The last number per issuer, document type and year. The next number comes from one atomic
 * {@code update ... set last_number = last_number + 1} in the caller's transaction: the row stays
 * locked until that transaction ends, so concurrent requests on any node wait for each other and
 * a rolled-back request gives its number back. The first number of a series creates the row with
 * {@code insert ... on conflict do nothing}, which is safe when two requests create it at once.
 */
@Component
class NumberCounters {

    /** H2 may give up waiting for a row lock where PostgreSQL waits; the statement is then simply tried again. */
    private static final int ATTEMPTS = 50;

    private final JdbcClient jdbc;
    private final Clock clock;

    NumberCounters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    int next(long issuerUnitId, DocumentType type, int year) {
        for (int attempt = 1;; attempt++) {
            try {
                if (increment(issuerUnitId, type, year) == 0) {
                    create(issuerUnitId, type, year);
                    if (increment(issuerUnitId, type, year) == 0) {
                        throw new IllegalStateException("no counter for " + issuerUnitId + " " + type + " " + year);
                    }
                }
                return jdbc.sql("""
                        select last_number from document_counter
                        where issuer_unit_id = :unit and document_type = :type and issue_year = :year""")
                        .param("unit", issuerUnitId).param("type", type.name()).param("year", year)
                        .query(Integer.class).single();
            } catch (ConcurrencyFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private int increment(long issuerUnitId, DocumentType type, int year) {
        return jdbc.sql("""
                update document_counter set last_number = last_number + 1, updated_at = :now, version = version + 1
                where issuer_unit_id = :unit and document_type = :type and issue_year = :year""")
                .param("now", OffsetDateTime.now(clock))
                .param("unit", issuerUnitId).param("type", type.name()).param("year", year)
                .update();
    }

    private void create(long issuerUnitId, DocumentType type, int year) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into document_counter (issuer_unit_id, document_type, issue_year, last_number, created_at, updated_at)
                values (:unit, :type, :year, 0, :now, :now)
                on conflict do nothing""")
                .param("unit", issuerUnitId).param("type", type.name()).param("year", year).param("now", now)
                .update();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(5L * attempt, 100L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a document number", e);
        }
    }
}
