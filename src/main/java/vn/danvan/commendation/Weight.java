package vn.danvan.commendation;

import java.math.BigDecimal;

/** The weight of one indicator in a round (negative for bad figures), its normalisation and its cap. */
record Weight(String code, BigDecimal weight, Normalisation normalisation, BigDecimal cap) {
}
