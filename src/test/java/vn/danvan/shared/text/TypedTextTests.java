package vn.danvan.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text as typed into a form is kept without control characters, composed, stripped, and blank is null. */
class TypedTextTests {

    @Test
    void controlCharactersAreRemovedAndLineBreaksKept() {
        assertThat(TypedText.of("a\u0000b\u0007c\u009f")).isEqualTo("abc");
        assertThat(TypedText.of("dòng 1\r\ndòng 2\rdòng 3\tcột")).isEqualTo("dòng 1\ndòng 2\ndòng 3\tcột");
    }

    @Test
    void vietnameseIsComposed() {
        String decomposed = "Ho\u0300a Bi\u0300nh";
        assertThat(TypedText.of(decomposed)).isEqualTo("Hòa Bình").hasSize(8);
    }

    @Test
    void blankIsNull() {
        assertThat(TypedText.of(null)).isNull();
        assertThat(TypedText.of("  \t \u0000 ")).isNull();
        assertThat(TypedText.isBlank(" ")).isTrue();
        assertThat(TypedText.of("  An Bình ")).isEqualTo("An Bình");
    }
}
