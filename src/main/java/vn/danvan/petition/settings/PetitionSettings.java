package vn.danvan.petition.settings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * The administrator's petition settings: the categories with their answer time (the acceptance notice's
 * time limit is a legal rule, {@link vn.danvan.legal.LegalRule#PETITION_ACCEPTANCE}). Categories are referenced by petitions, so they are deactivated,
 * never deleted. A change applies to petitions received afterwards; due dates already computed stay.
 * Every change is audited and takes the version the administrator saw, so a stale form is refused.
 */
@Service
@Transactional
class PetitionSettings {

    static final String CATEGORY_ENTITY = "PetitionCategory";

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final Clock clock;
    private final PetitionRepository petitions;

    PetitionSettings(JdbcClient jdbc, AuditService audit, Clock clock, PetitionRepository petitions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.petitions = petitions;
    }

    @Transactional(readOnly = true)
    List<Category> categories() {
        return jdbc.sql("select " + CATEGORY_COLUMNS + " from petition_category order by sort_order, name")
                .query(PetitionSettings::category).list();
    }

    @Transactional(readOnly = true)
    Optional<Category> category(long id) {
        return jdbc.sql("select " + CATEGORY_COLUMNS + " from petition_category where id = :id").param("id", id)
                .query(PetitionSettings::category).optional();
    }

    long createCategory(CategoryData data) {
        checkCodeFree(data.code(), null);
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            jdbc.sql("""
                    insert into petition_category (code, name, answer_days, legal_source, sort_order, active,
                        created_at, updated_at, version)
                    values (:code, :name, :days, :source, :sort, :active, :now, :now, 0)""")
                    .param("code", data.code()).param("name", data.name()).param("days", data.answerDays())
                    .param("source", data.legalSource()).param("sort", data.sortOrder())
                    .param("active", data.active()).param("now", now)
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw InvalidRequestException.onField("code", "petition.settings.error.codeTaken", data.code());
        }
        long id = keys.getKey().longValue();
        audit.created(CATEGORY_ENTITY, id, null, require(id).auditFields());
        petitions.forgetCategories();
        return id;
    }

    void updateCategory(long id, long version, CategoryData data) {
        Category before = require(id);
        checkCodeFree(data.code(), id);
        int rows;
        try {
            rows = jdbc.sql("""
                    update petition_category set code = :code, name = :name, answer_days = :days,
                        legal_source = :source, sort_order = :sort, active = :active, updated_at = :now,
                        version = version + 1
                    where id = :id and version = :version""")
                    .param("code", data.code()).param("name", data.name()).param("days", data.answerDays())
                    .param("source", data.legalSource()).param("sort", data.sortOrder())
                    .param("active", data.active()).param("now", OffsetDateTime.now(clock))
                    .param("id", id).param("version", version)
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidRequestException.onField("code", "petition.settings.error.codeTaken", data.code());
        }
        if (rows != 1) {
            throw new OptimisticLockingFailureException("petition_category " + id);
        }
        audit.updated(CATEGORY_ENTITY, id, null, before.auditFields(), require(id).auditFields());
        petitions.forgetCategories();
    }

    private Category require(long id) {
        return category(id).orElseThrow(() -> new NotFoundException("petitionCategory", id));
    }

    private void checkCodeFree(String code, Long self) {
        Optional<Long> owner = jdbc.sql("select id from petition_category where code = :code").param("code", code)
                .query(Long.class).optional();
        if (owner.isPresent() && !owner.get().equals(self)) {
            throw InvalidRequestException.onField("code", "petition.settings.error.codeTaken", code);
        }
    }

    private static final String CATEGORY_COLUMNS =
            "id, code, name, answer_days, legal_source, sort_order, active, version";

    private static Category category(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Category(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getInt("answer_days"),
                rs.getString("legal_source"), rs.getInt("sort_order"), rs.getBoolean("active"), rs.getLong("version"));
    }

    /** A category as the administrator edits it. */
    record Category(long id, String code, String name, int answerDays, String legalSource, int sortOrder,
            boolean active, long version) {

        Map<String, Object> auditFields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("code", code);
            fields.put("name", name);
            fields.put("answerDays", answerDays);
            fields.put("legalSource", legalSource);
            fields.put("sortOrder", sortOrder);
            fields.put("active", active);
            return fields;
        }
    }

    /** The values of a category to store, already cleaned. */
    record CategoryData(String code, String name, int answerDays, String legalSource, int sortOrder,
            boolean active) {
    }
}
