package vn.danvan.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Numbers read as typed in Viet Nam and written back the same way. */
class TypedNumberTests {

    @Test
    void numbersReadAsVietnameseWriteThem() {
        assertThat(TypedNumber.read("2,5")).contains(new BigDecimal("2.5"));
        assertThat(TypedNumber.read("2.5")).contains(new BigDecimal("2.5"));
        assertThat(TypedNumber.read("1.000")).contains(new BigDecimal("1000"));
        assertThat(TypedNumber.read(" 1.234,5 ")).contains(new BigDecimal("1234.5"));
        assertThat(TypedNumber.read("-3")).contains(new BigDecimal("-3"));
        assertThat(TypedNumber.read("bốn")).isEmpty();
        assertThat(TypedNumber.read("1e400")).isEmpty();
        assertThat(TypedNumber.read("4 hội nghị")).isEmpty();
        assertThat(TypedNumber.read("  ")).isEmpty();
        assertThat(TypedNumber.show(new BigDecimal("1234.50"))).isEqualTo("1234,5");
        assertThat(TypedNumber.show(null)).isNull();
    }
}
