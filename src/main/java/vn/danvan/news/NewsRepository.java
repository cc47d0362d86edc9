package vn.danvan.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves stories; a save checks the version and the state the story was loaded in. */
@Repository
class NewsRepository {

    static final String SELECT = """
            select n.id, n.author_unit_id, u.name as unit_name, n.title, n.summary, n.body, n.related_links,
                   n.radio_script, n.status, n.published_at, n.unpublished_at, n.unpublish_reason, n.created_by,
                   n.created_at, n.version
              from news n join org_unit u on u.id = n.author_unit_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    NewsRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<NewsStory> find(long id) {
        return jdbc.sql(SELECT + " where n.id = :id").param("id", id).query(NewsRepository::map).optional();
    }

    /** Saves the story after an action; a stale version or a state changed meanwhile is refused. */
    void save(NewsStory s) {
        int rows = jdbc.sql("""
                update news set title = :title, summary = :summary, body = :body, related_links = :links,
                    radio_script = :radio, status = :status, published_at = :publishedAt,
                    unpublished_at = :unpublishedAt, unpublish_reason = :reason, updated_at = :now,
                    version = version + 1
                 where id = :id and version = :version and status = :was""")
                .param("title", s.title()).param("summary", s.summary()).param("body", s.body())
                .param("links", s.relatedLinks()).param("radio", s.radioScript()).param("status", s.status().name())
                .param("publishedAt", s.publishedAt()).param("unpublishedAt", s.unpublishedAt())
                .param("reason", s.unpublishReason()).param("now", OffsetDateTime.now(clock)).param("id", s.id())
                .param("version", s.version()).param("was", s.loadedStatus().name()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("news " + s.id());
        }
    }

    static NewsStory map(ResultSet rs, int row) throws SQLException {
        return new NewsStory(rs.getLong("id"), rs.getLong("author_unit_id"), rs.getString("unit_name"),
                rs.getString("title"), rs.getString("summary"), rs.getString("body"), rs.getString("related_links"),
                rs.getString("radio_script"), NewsStatus.valueOf(rs.getString("status")),
                rs.getObject("published_at", OffsetDateTime.class), rs.getObject("unpublished_at", OffsetDateTime.class),
                rs.getString("unpublish_reason"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getLong("version"));
    }
}
