package vn.danvan.shared.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Offers {@link DisplayFormats} to every template as {@code #dv}; Boot adds dialect beans to the engine. */
@Component
class DisplayDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "dv";

    private static final IExpressionObjectFactory FACTORY = new IExpressionObjectFactory() {
        @Override
        public Set<String> getAllExpressionObjectNames() {
            return Set.of(NAME);
        }

        @Override
        public Object buildObject(IExpressionContext context, String expressionObjectName) {
            return NAME.equals(expressionObjectName) ? DisplayFormats.INSTANCE : null;
        }

        @Override
        public boolean isCacheable(String expressionObjectName) {
            return true;
        }
    };

    DisplayDialect() {
        super("DanVan display formats");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return FACTORY;
    }
}
