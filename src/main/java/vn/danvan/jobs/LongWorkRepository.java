package vn.danvan.jobs;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The table {@code long_work}. The uploaded file and the report are read only where they are needed. */
@Repository
class LongWorkRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };
    private static final String VIEW = """
            select id, kind, title_key, title_args, owner_account_id, state, done_count, total_count, created_at,
                   started_at, finished_at, result_name, result_key is not null as has_file,
                   report is not null as has_report, error_key, result_link, result_text_key
              from long_work""";

    private final JdbcClient jdbc;
    private final Clock clock;

    LongWorkRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(LongWorkRequest r, long owner, Locale locale) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into long_work (kind, title_key, title_args, owner_account_id, unit_id, locale, params,
                    input_name, input, total_count, state, created_at, updated_at)
                values (:kind, :titleKey, :titleArgs, :owner, :unit, :locale, :params, :inputName, :input, :total,
                    'QUEUED', :now, :now)""")
                .param("kind", r.kind()).param("titleKey", r.titleKey()).param("titleArgs", JSON.writeValueAsString(r.titleArgs()))
                .param("owner", owner).param("unit", r.unitId()).param("locale", locale.toLanguageTag())
                .param("params", JSON.writeValueAsString(r.params())).param("inputName", r.inputName())
                .param("input", r.input()).param("total", r.total()).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<LongWorkView> view(long id) {
        return jdbc.sql(VIEW + " where id = :id").param("id", id).query((rs, n) -> view(rs)).optional();
    }

    /** The newest jobs of an account. */
    List<LongWorkView> ofOwner(long owner, int limit) {
        return jdbc.sql(VIEW + " where owner_account_id = :owner order by created_at desc, id desc limit " + limit)
                .param("owner", owner).query((rs, n) -> view(rs)).list();
    }

    private static LongWorkView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        long total = rs.getLong("total_count");
        Long totalOrNull = rs.wasNull() ? null : total;
        return new LongWorkView(rs.getLong("id"), rs.getString("kind"), rs.getString("title_key"),
                JSON.readValue(rs.getString("title_args"), STRINGS), rs.getLong("owner_account_id"),
                LongWorkState.valueOf(rs.getString("state")), rs.getLong("done_count"), totalOrNull,
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getString("result_name"),
                rs.getBoolean("has_file"), rs.getBoolean("has_report"), rs.getString("error_key"),
                rs.getString("result_link"), rs.getString("result_text_key"));
    }

    Optional<LongWorkJob> job(long id) {
        return jdbc.sql("select id, kind, owner_account_id, state, attempts, version from long_work where id = :id")
                .param("id", id)
                .query((rs, n) -> new LongWorkJob(rs.getLong("id"), rs.getString("kind"), rs.getLong("owner_account_id"),
                        LongWorkState.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getLong("version")))
                .optional();
    }

    /** What the handler needs: parameters, language and the uploaded file. */
    LongWorkInput input(long id) {
        return jdbc.sql("select unit_id, locale, params, input_name, input from long_work where id = :id").param("id", id)
                .query((rs, n) -> {
                    long unit = rs.getLong("unit_id");
                    return new LongWorkInput(rs.wasNull() ? null : unit, Locale.forLanguageTag(rs.getString("locale")),
                            JSON.readValue(rs.getString("params"), PARAMS), rs.getString("input_name"),
                            rs.getBytes("input"));
                }).single();
    }

    record LongWorkInput(Long unitId, Locale locale, Map<String, String> params, String inputName, byte[] input) {
    }

    /** Saves a move; false when another node moved the job first. */
    boolean save(LongWorkJob job) {
        int changed = jdbc.sql("""
                update long_work set state = :state, attempts = :attempts, started_at = coalesce(:startedAt, started_at),
                       finished_at = :finishedAt, error_key = :errorKey, version = version + 1, updated_at = :now,
                       done_count = case when :restart then 0 else done_count end,
                       input = case when :ended then null else input end
                 where id = :id and version = :version and state = :was""")
                .param("state", job.state().name()).param("attempts", job.attempts()).param("startedAt", job.startedAt())
                .param("finishedAt", job.finishedAt()).param("errorKey", job.errorKey())
                .param("now", OffsetDateTime.now(clock)).param("restart", job.state() == LongWorkState.RUNNING)
                .param("ended", job.state().ended())
                .param("id", job.id()).param("version", job.version()).param("was", job.was().name())
                .update();
        return changed == 1;
    }

    void result(long id, String key, String name, String type) {
        jdbc.sql("update long_work set result_key = :key, result_name = :name, result_type = :type where id = :id")
                .param("key", key).param("name", name).param("type", type).param("id", id).update();
    }

    void page(long id, String link, String textKey) {
        jdbc.sql("update long_work set result_link = :link, result_text_key = :key where id = :id")
                .param("link", link).param("key", textKey).param("id", id).update();
    }

    void report(long id, RowReport report, long rows) {
        jdbc.sql("update long_work set report = :report, done_count = :rows where id = :id")
                .param("report", JSON.writeValueAsString(report).getBytes(StandardCharsets.UTF_8))
                .param("rows", rows).param("id", id).update();
    }

    Optional<RowReport> report(long id) {
        return jdbc.sql("select report from long_work where id = :id and report is not null").param("id", id)
                .query((rs, n) -> JSON.readValue(rs.getBytes("report"), RowReport.class)).optional();
    }

    record StoredFile(String key, String name, String type) {
    }

    Optional<StoredFile> file(long id) {
        return jdbc.sql("select result_key, result_name, result_type from long_work where id = :id and result_key is not null")
                .param("id", id).query((rs, n) -> new StoredFile(rs.getString("result_key"), rs.getString("result_name"),
                        rs.getString("result_type"))).optional();
    }

    /** Progress while running: only a running job's count moves. */
    void progress(long id, long done, Long total) {
        jdbc.sql("""
                update long_work set done_count = :done, total_count = coalesce(:total, total_count), updated_at = :now
                 where id = :id and state = 'RUNNING'""")
                .param("done", done).param("total", total).param("now", OffsetDateTime.now(clock)).param("id", id)
                .update();
    }

    /** Jobs that ended before the time, to be removed with their files. */
    List<Long> endedBefore(OffsetDateTime before) {
        return jdbc.sql("select id from long_work where state in ('DONE', 'FAILED') and finished_at < :before")
                .param("before", before).query(Long.class).list();
    }

    /** Jobs still queued since before the time (their start was lost), to be scheduled again. */
    List<Long> queuedBefore(OffsetDateTime before) {
        return jdbc.sql("select id from long_work where state = 'QUEUED' and created_at < :before")
                .param("before", before).query(Long.class).list();
    }

    void delete(long id) {
        jdbc.sql("delete from long_work where id = :id").param("id", id).update();
    }
}
