package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A petition's source is a label and a path inside the application, never a link elsewhere. */
class PetitionSourceTests {

    @Test
    void aPathInsideTheApplicationIsKept() {
        var source = new PetitionIntakeApi.Source("Tạo từ câu hỏi tại hội nghị đối thoại", "/dialogue/12");
        assertThat(source.path()).isEqualTo("/dialogue/12");
    }

    @Test
    void anOutsideOrScriptLinkOrAnEmptyLabelIsRefused() {
        for (String path : new String[] {"//evil.example/x", "https://evil.example", "javascript:alert(1)",
            "dialogue/12", "/dialogue/12?x=1", ""}) {
            assertThatThrownBy(() -> new PetitionIntakeApi.Source("Nguồn", path))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new PetitionIntakeApi.Source(" ", "/dialogue/12"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
