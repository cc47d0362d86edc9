package vn.danvan.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Handlers are found by their kind; two of one kind, or one without a kind, stop the start-up. */
class LongWorkHandlersTests {

    private static LongWorkHandler handler(String kind) {
        return new LongWorkHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public LongWorkResult run(LongWork work, LongWorkProgress progress) {
                return LongWorkResult.report(new RowReport(kind, List.of(), List.of()));
            }
        };
    }

    @Test
    void eachHandlerIsFoundByItsKindAndAnUnknownKindFindsNone() {
        LongWorkHandler exports = handler("petition-inbox-export");
        LongWorkHandler imports = handler("dossier-import");
        var handlers = new LongWorkHandlers(List.of(exports, imports));
        assertThat(handlers.of("petition-inbox-export")).containsSame(exports);
        assertThat(handlers.of("dossier-import")).containsSame(imports);
        assertThat(handlers.of("national-consolidation")).isEmpty();
        assertThat(handlers.knows("dossier-import")).isTrue();
        assertThat(handlers.knows("national-consolidation")).isFalse();
    }

    @Test
    void twoHandlersOfOneKindAreRefused() {
        assertThatThrownBy(() -> new LongWorkHandlers(List.of(handler("dossier-import"), handler("dossier-import"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dossier-import");
    }

    @Test
    void aHandlerWithoutAKindIsRefused() {
        assertThatThrownBy(() -> new LongWorkHandlers(List.of(handler(" "))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutHandlersNothingIsKnown() {
        assertThat(new LongWorkHandlers(List.of()).of("petition-import")).isEmpty();
    }
}
