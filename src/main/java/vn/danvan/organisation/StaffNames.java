package vn.danvan.organisation;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import vn.danvan.shared.ShortLived;

/**
 * People shown by name and title, never by login name (issue 18, point 7): histories and logs store who acted as
 * the account's login name; templates print {@code ${#staff.name(s.actor())}}, "Lê Thị Hoa (Công chức Văn phòng -
 * Thống kê xã An Bình)". A name that is no account's (the citizen, a system task) is shown as it is. Names are kept
 * 30 seconds per node. Boot adds this dialect bean to the template engine.
 */
@Component
public class StaffNames extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "staff";
    private static final Set<String> NAMES = Set.of(NAME);

    private final ShortLived<String, String> names;
    private final IExpressionObjectFactory factory = new IExpressionObjectFactory() {
        @Override
        public Set<String> getAllExpressionObjectNames() {
            return NAMES;
        }

        @Override
        public Object buildObject(IExpressionContext context, String expressionObjectName) {
            return NAME.equals(expressionObjectName) ? StaffNames.this : null;
        }

        @Override
        public boolean isCacheable(String expressionObjectName) {
            return true;
        }
    };

    StaffNames(JdbcClient jdbc, Clock clock) {
        super("DanVan staff names");
        this.names = new ShortLived<>(Duration.ofSeconds(30), clock, username -> jdbc.sql("""
                        select full_name, title from org_staff where username = :u""")
                .param("u", username)
                .query((rs, n) -> rs.getString("title") == null || rs.getString("title").isBlank()
                        ? rs.getString("full_name") : rs.getString("full_name") + " (" + rs.getString("title") + ")")
                .optional().orElse(username));
    }

    /** The person behind a login name, by name and title; anything else as it is (null stays null). */
    public String name(String username) {
        return username == null || username.isBlank() ? username : names.get(username);
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return factory;
    }
}
