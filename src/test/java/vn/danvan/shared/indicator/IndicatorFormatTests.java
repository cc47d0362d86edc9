package vn.danvan.shared.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class IndicatorFormatTests {

    @Test
    void eachKindIsWrittenTheVietnameseWay() {
        assertThat(IndicatorFormat.number(IndicatorKind.COUNT, new BigDecimal("1234"))).isEqualTo("1.234");
        assertThat(IndicatorFormat.number(IndicatorKind.PERCENT, new BigDecimal("87.5"))).isEqualTo("87,5%");
        assertThat(IndicatorFormat.number(IndicatorKind.PERCENT, new BigDecimal("100.0"))).isEqualTo("100%");
        assertThat(IndicatorFormat.number(IndicatorKind.DAYS, new BigDecimal("1234.56"))).isEqualTo("1.234,6");
        assertThat(IndicatorFormat.number(IndicatorKind.RATING, new BigDecimal("4.33"))).isEqualTo("4,3");
        assertThat(IndicatorFormat.number(IndicatorKind.YES_NO, BigDecimal.ONE)).isEqualTo("1");
        assertThat(IndicatorFormat.number(IndicatorKind.COUNT, null)).isEqualTo("-");
    }

    @Test
    void inEnglishTheEnglishSeparators() {
        assertThat(IndicatorFormat.number(IndicatorKind.COUNT, new BigDecimal("1234"), Locale.ENGLISH)).isEqualTo("1,234");
        assertThat(IndicatorFormat.number(IndicatorKind.PERCENT, new BigDecimal("87.5"), Locale.ENGLISH))
                .isEqualTo("87.5%");
    }
}
