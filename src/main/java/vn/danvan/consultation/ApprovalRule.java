package vn.danvan.consultation;

/**
 * The decision rule for a matter residents decide (Luật 10/2022/QH15, Điều 21 and 22): approved when
 * the households agreeing (the first option, "Đồng ý") are MORE than {@code thresholdPercent} per cent
 * of ALL households in scope, not of those that took part. Exactly the threshold is not enough. The
 * threshold is statutory, a legal rule ({@link vn.danvan.legal.LegalRule#CONSULTATION_APPROVAL}) with its
 * source, not a setting.
 */
record ApprovalRule(int thresholdPercent) {

    public ApprovalRule {
        if (thresholdPercent < 1 || thresholdPercent > 99) {
            throw new IllegalArgumentException("approval threshold must lie between 1 and 99 per cent");
        }
    }

    public boolean approved(long agreeingHouseholds, long householdsInScope) {
        return householdsInScope > 0 && agreeingHouseholds * 100 > (long) thresholdPercent * householdsInScope;
    }
}
