package vn.danvan.petition;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links from a petition to later records other modules made of it (an inspection case opened from a
 * complaint about an official's conduct, ...): a neutral label and the path of that record in this
 * application. The petition module only stores and shows them on the petition's staff page, so it
 * depends on none of the modules that add them; the page the path leads to checks its own access.
 */
@Service
public class PetitionLinks {

    /** A link as shown: the label and the in-app path. */
    public record Link(String label, String path) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    PetitionLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Adds a link (once per path), checked as the petition's source is: a label of 1 to 500 characters and a
     * path inside the application.
     */
    @Transactional
    public void add(long petitionId, String label, String path) {
        PetitionIntakeApi.Source checked = new PetitionIntakeApi.Source(label, path);
        long existing = jdbc.sql("select count(*) from petition_link where petition_id = :p and path = :path")
                .param("p", petitionId).param("path", checked.path()).query(Long.class).single();
        if (existing == 0) {
            jdbc.sql("insert into petition_link (petition_id, label, path, created_at) values (:p, :label, :path, :at)")
                    .param("p", petitionId).param("label", checked.label().strip()).param("path", checked.path())
                    .param("at", OffsetDateTime.now(clock)).update();
        }
    }

    /** The petition's links, oldest first. */
    @Transactional(readOnly = true)
    public List<Link> of(long petitionId) {
        return jdbc.sql("select label, path from petition_link where petition_id = :p order by id")
                .param("p", petitionId).query((rs, n) -> new Link(rs.getString("label"), rs.getString("path"))).list();
    }
}
