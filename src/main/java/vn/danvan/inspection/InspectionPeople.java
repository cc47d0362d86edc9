package vn.danvan.inspection;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The organisation's people in service, to choose team members and officials from. */
@Component
class InspectionPeople {

    private static final String SELECT = """
            select p.id, p.full_name, p.title, p.unit_id, u.name as unit_name
              from org_person p join org_unit u on u.id = p.unit_id
            """;

    private final JdbcClient jdbc;

    InspectionPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Records.PersonOption> all() {
        return jdbc.sql(SELECT + " where p.retired_on is null order by u.name, p.full_name").query(InspectionPeople::map).list();
    }

    Optional<Records.PersonOption> find(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where p.id = :id and p.retired_on is null").param("id", id).query(InspectionPeople::map)
                .optional();
    }

    private static Records.PersonOption map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Records.PersonOption(rs.getLong("id"), rs.getString("full_name"), rs.getString("title"),
                rs.getLong("unit_id"), rs.getString("unit_name"));
    }
}
